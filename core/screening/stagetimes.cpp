#include "stagetimes.h"

namespace bw {

StageTimes &StageTimes::operator+=(const StageTimes &other)
{
    decode += other.decode;
    detect += other.detect;
    describe += other.describe;
    match += other.match;
    redact += other.redact;
    encode += other.encode;
    return *this;
}

} // namespace bw
