#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <algorithm>

namespace batch::devices {

// How long device work held the main thread: the time a facade spends in its slots,
// which run the queued results of its worker and everything connected to its signals.
// "The main thread is never blocked by device work for more than 16 ms" is checked on
// these figures (a heartbeat's lateness also counts other load on a shared machine).
struct MainThreadLoad {
    quint64 callbacks = 0;
    qint64 totalNs = 0;
    qint64 maxNs = 0;

    // Runs `f` and books its time.
    template <typename F>
    void measure(F&& f) {
        QElapsedTimer t;
        t.start();
        f();
        const qint64 ns = t.nsecsElapsed();
        ++callbacks;
        totalNs += ns;
        maxNs = std::max(maxNs, ns);
    }
};

}  // namespace batch::devices
