#include "facedescriptor.h"

#include <cmath>

namespace bw {

double descriptorDistance(const FaceDescriptor &a, const FaceDescriptor &b)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double d = double(a[i]) - double(b[i]);
        sum += d * d;
    }
    return std::sqrt(sum);
}

} // namespace bw
