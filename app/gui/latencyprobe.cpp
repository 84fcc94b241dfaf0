#include "latencyprobe.h"

namespace bw::gui {

LatencyProbe::LatencyProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_interval(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
}

void LatencyProbe::start()
{
    m_worst = 0;
    m_total = 0;
    m_ticks = 0;
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void LatencyProbe::stop()
{
    m_timer.stop();
}

void LatencyProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 lateness = std::max<qint64>(0, now - m_last - m_interval);
    m_last = now;
    m_worst = std::max(m_worst, lateness);
    m_total += lateness;
    ++m_ticks;
}

} // namespace bw::gui
