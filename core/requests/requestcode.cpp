#include "requestcode.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace bw {

namespace {

constexpr char kAlphabet[] = "34679ACDEFGHJKMNPQRTUVWXY";

} // namespace

QString makeRequestCode()
{
    constexpr int kLetters = int(sizeof(kAlphabet)) - 1;
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(kLetters)]);
    }
    return code;
}

bool isRequestCode(const QString &code)
{
    if (code.size() != 9 || code[4] != QLatin1Char('-'))
        return false;
    for (int i = 0; i < code.size(); ++i) {
        if (i != 4 && !QByteArray(kAlphabet).contains(code[i].toLatin1()))
            return false;
    }
    return true;
}

} // namespace bw
