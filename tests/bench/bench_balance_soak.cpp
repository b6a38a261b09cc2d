// Balance ingest benchmark (DESIGN.md §7: 4 balances x 50 Hz for 10 min, 0 lost or
// reordered; the main thread never blocked > 16 ms by device work). Prints figures,
// never fails on timing. --seconds N (default 600), --balances N (4), --rate HZ (50),
// --quick (5 s, the ctest smoke run). See tests/support/BalanceSoak.h for what each
// figure means; wall time on a shared machine is disturbed, so CPU time is printed too.
#include "BalanceSoak.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("5 s smoke run"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Duration."),
                                        QStringLiteral("n"), QStringLiteral("600"));
    const QCommandLineOption balancesOpt(QStringLiteral("balances"),
                                         QStringLiteral("Simulated balances."), QStringLiteral("n"),
                                         QStringLiteral("4"));
    const QCommandLineOption rateOpt(QStringLiteral("rate"), QStringLiteral("SIR rate in Hz."),
                                     QStringLiteral("hz"), QStringLiteral("50"));
    parser.addOptions({quick, secondsOpt, balancesOpt, rateOpt});
    parser.process(app);
    const int seconds = parser.isSet(quick) ? 5 : parser.value(secondsOpt).toInt();
    const int balances = parser.value(balancesOpt).toInt();
    const double rate = parser.value(rateOpt).toDouble();

    std::printf("Balance soak: %d simulated MT-SICS balances x %.0f Hz SIR for %d s\n", balances,
                rate, seconds);
    const auto r = batch::testsupport::runBalanceSoak(balances, rate, seconds);
    if (!r.connected) {
        std::printf("could not connect the balances\n");
        return 1;
    }
    quint64 sent = 0, received = 0, lost = 0, reordered = 0;
    for (const auto& b : r.balances) {
        sent += b.sent;
        received += b.received;
        lost += b.lost;
        reordered += b.reordered;
    }
    std::printf("  readings: %llu sent, %llu received, %llu lost, %llu reordered (budget: 0, 0)\n",
                static_cast<unsigned long long>(sent), static_cast<unsigned long long>(received),
                static_cast<unsigned long long>(lost), static_cast<unsigned long long>(reordered));
    std::printf(
        "  main thread, device callbacks: %llu, longest %.3f ms, mean %.4f ms "
        "(budget: never > 16 ms)\n",
        static_cast<unsigned long long>(r.callbacks), double(r.maxCallbackNs) / 1e6,
        r.callbacks ? double(r.totalCallbackNs) / double(r.callbacks) / 1e6 : 0.0);
    std::printf(
        "  main thread, 5 ms heartbeat late by: max %lld ms, p99 %.1f ms "
        "(includes other load on the machine)\n",
        r.maxHeartbeatLateMs, r.p99HeartbeatLateMs);
    std::printf("  process CPU time: %.2f s in %.1f s wall (%.1f %% of one core)\n", r.cpuSeconds,
                r.wallSeconds, r.wallSeconds > 0 ? 100.0 * r.cpuSeconds / r.wallSeconds : 0.0);
    if (parser.isSet(quick))
        std::printf("(--quick: a smoke run; the budget refers to 10 minutes)\n");
    return 0;
}
