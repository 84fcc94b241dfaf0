#pragma once

#include <QByteArray>
#include <QFile>

namespace bw::bench {

// The process's peak resident memory so far (VmHWM of /proc/self/status), in MB; 0 when
// unknown. For benchmarks, which print it.
inline double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0.0;
}

} // namespace bw::bench
