#pragma once

// The balance soak, shared by the CI test (tests/integration/test_balance_soak.cpp,
// which asserts) and the bench (tests/bench/bench_balance_soak.cpp, which only prints):
// N simulated MT-SICS balances stream SIR at R Hz, each read by its own worker thread
// through a real pty; the simulators number their lines in the value (sequence mode)
// and run on a thread of their own, as real balances are outside the application.
//
// Main-thread figures:
//  - device callbacks: the time spent in the facades' slots (every queued result of a
//    worker and whatever is connected to it) - "the main thread blocked by device
//    work"; that is what the 16 ms budget is asserted on;
//  - heartbeat lateness: a 5 ms timer's delay beyond its interval, which also counts
//    other load on the machine (printed, not asserted: a shared 2-core box stalls
//    processes for reasons no code of ours controls);
//  - process CPU time (getrusage), since wall time is disturbed on a shared machine.

#include "simulator/BalanceSimulator.h"
#include "transport/BalanceConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

#include <sys/resource.h>

namespace batch::testsupport {

struct SoakBalanceResult {
    quint64 sent = 0;       // lines the simulator streamed
    quint64 received = 0;   // readings the driver delivered
    quint64 lost = 0;       // sequence numbers missing
    quint64 reordered = 0;  // readings whose number was not the expected next one
    quint64 liveGaps = 0;   // gaps seen by the LiveReadings buffer
};

struct SoakResult {
    bool connected = false;
    std::vector<SoakBalanceResult> balances;
    qint64 maxCallbackNs = 0;
    quint64 callbacks = 0;
    qint64 totalCallbackNs = 0;
    qint64 maxHeartbeatLateMs = 0;
    double p99HeartbeatLateMs = 0.0;
    double cpuSeconds = 0.0;
    double wallSeconds = 0.0;
};

inline double cpuSeconds() {
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline void waitMs(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

inline bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

inline SoakResult runBalanceSoak(int balances, double rateHz, int seconds) {
    using devices::BalanceConnection;
    using devices::BalanceSettings;
    using devices::ConnectionState;
    using devices::Reading;
    using devices::sim::BalanceSimulator;

    SoakResult result;
    QTemporaryDir dir;
    QThread simThread;
    QObject simContext;
    simContext.moveToThread(&simThread);
    simThread.start();
    // Simulators are built, driven and destroyed on their thread (their notifiers and
    // timers belong to it).
    const auto onSimThread = [&](const std::function<void()>& f) {
        QMetaObject::invokeMethod(&simContext, f, Qt::BlockingQueuedConnection);
    };
    std::vector<std::unique_ptr<BalanceSimulator>> sims(static_cast<size_t>(balances));
    bool started = true;
    onSimThread([&] {
        for (int i = 0; i < balances; ++i) {
            sims[size_t(i)] = std::make_unique<BalanceSimulator>(
                BalanceSimulator::Protocol::MtSics, dir.filePath(QStringLiteral("b%1").arg(i)));
            sims[size_t(i)]->setStreamRate(rateHz);
            sims[size_t(i)]->setSequenceInValue(true);
            started = started && sims[size_t(i)]->start();
        }
    });

    std::vector<std::unique_ptr<BalanceConnection>> connections;
    std::vector<std::vector<quint64>> numbers(static_cast<size_t>(balances));
    const double d = 0.01;                           // the simulators' readability
    const quint64 modulus = quint64(220.0 / d) + 1;  // capacity / d + 1 (sequence mode)
    for (int i = 0; i < balances && started; ++i) {
        BalanceSettings s;
        s.serial.portName = dir.filePath(QStringLiteral("b%1").arg(i));
        s.allowSimulator = true;
        s.expectedSerialNumber = QStringLiteral("B021002593");
        connections.push_back(std::make_unique<BalanceConnection>(s));
        QObject::connect(connections.back().get(), &BalanceConnection::reading,
                         connections.back().get(), [&numbers, i, d](const Reading& r) {
                             numbers[size_t(i)].push_back(quint64(std::llround(r.reply.value / d)));
                         });
        connections.back()->start();
    }
    result.connected =
        started &&
        waitFor(
            [&] {
                return std::all_of(connections.begin(), connections.end(), [](const auto& c) {
                    return c->state() == ConnectionState::Connected;
                });
            },
            10000);

    if (result.connected) {
        QElapsedTimer clock;
        clock.start();
        std::vector<qint64> late;
        late.reserve(size_t(seconds) * 250);
        qint64 last = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            late.push_back(std::max<qint64>(0, now - last - 5));
            last = now;
        });
        const double cpuBefore = cpuSeconds();
        for (auto& c : connections) c->startStream();
        heartbeat.start(5);
        waitMs(seconds * 1000);
        for (auto& c : connections) c->stopStream();
        waitMs(500);
        heartbeat.stop();
        result.cpuSeconds = cpuSeconds() - cpuBefore;
        result.wallSeconds = double(clock.elapsed()) / 1000.0;
        if (!late.empty()) {
            std::sort(late.begin(), late.end());
            result.maxHeartbeatLateMs = late.back();
            result.p99HeartbeatLateMs = double(late[size_t(double(late.size() - 1) * 0.99)]);
        }
    }

    std::vector<quint64> sent(static_cast<size_t>(balances));
    onSimThread([&] {
        for (int i = 0; i < balances; ++i) sent[size_t(i)] = sims[size_t(i)]->streamedLines();
    });
    for (int i = 0; i < balances && i < int(connections.size()); ++i) {
        SoakBalanceResult b;
        b.sent = sent[size_t(i)];
        b.received = numbers[size_t(i)].size();
        quint64 expected = 0;
        for (const quint64 n : numbers[size_t(i)]) {
            if (n != expected % modulus) {
                ++b.reordered;
                expected = n;  // resynchronise, so one swap is not counted forever
            }
            ++expected;
        }
        b.lost = b.sent > b.received ? b.sent - b.received : 0;
        b.liveGaps = connections[size_t(i)]->liveReadings()->sequenceGaps();
        const devices::MainThreadLoad load = connections[size_t(i)]->mainThreadLoad();
        result.callbacks += load.callbacks;
        result.totalCallbackNs += load.totalNs;
        result.maxCallbackNs = std::max(result.maxCallbackNs, load.maxNs);
        result.balances.push_back(b);
    }

    connections.clear();
    onSimThread([&] { sims.clear(); });
    simThread.quit();
    simThread.wait();
    return result;
}

}  // namespace batch::testsupport
