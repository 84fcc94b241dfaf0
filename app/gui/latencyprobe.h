#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace bw::gui {

// Measures how responsive the UI thread stays: a timer that should fire every interval
// records how late it actually fires. A blocked UI thread shows up as a large lateness.
class LatencyProbe : public QObject {
    Q_OBJECT
public:
    explicit LatencyProbe(int intervalMs = 50, QObject *parent = nullptr);

    void start();
    void stop();

    qint64 worstLatenessMs() const { return m_worst; }
    double meanLatenessMs() const { return m_ticks == 0 ? 0.0 : double(m_total) / double(m_ticks); }
    int ticks() const { return m_ticks; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    void tick();

    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_total = 0;
    int m_ticks = 0;
};

} // namespace bw::gui
