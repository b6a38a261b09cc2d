// Live trend benchmark (issue 6, DESIGN.md §7): the whole operator application (demo
// store, main window, trends view) with 4 instrument channels at 50 Hz holding 8 h of
// readings. Producer threads feed the channels' LiveReadings at 50 Hz as the balance
// workers do; the trends view is redrawn frame by frame for windows of 1 min to 8 h.
// Prints per window the redraw time per frame (pull + min/max decimation + replace() +
// repaint), wall and CPU, and the memory: the trend buffers and the process' resident
// set. Budgets: <= 16 ms per redraw, <= 300 MB resident. Never fails on timing (the
// machine is shared); fails only when data is lost or not drawn.
#include "HmiTestKit.h"

#include "charts/trend/TrendController.h"
#include "charts/trend/TrendView.h"
#include "screens/TrendsScreen.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdlib>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <thread>
#include <vector>

using namespace batch;
namespace trend = batch::ui::trend;

namespace {

constexpr double kFrameBudgetMs = 16.0;
constexpr double kResidentBudgetMb = 300.0;
constexpr int kChannels = 4;
constexpr int kRateHz = 50;

// A balance as the trends see it: an id, a unit and a stream of live readings.
class SyntheticLink : public ui::BalanceLink {
public:
    explicit SyntheticLink(int n) : live_(std::make_shared<devices::LiveReadings>(30000)) {
        info_.id = QStringLiteral("BAL-%1").arg(n + 1, 2, 10, QLatin1Char('0'));
        info_.description = QStringLiteral("synthetic 50 Hz");
        info_.unit = QStringLiteral("kg");
        info_.decimals = 2;
    }
    const ui::InstrumentInfo& info() const override { return info_; }
    devices::ConnectionState state() const override { return devices::ConnectionState::Connected; }
    QString stateDetail() const override { return {}; }
    std::shared_ptr<const devices::LiveReadings> liveReadings() const override { return live_; }
    void tare() override {}
    void zero() override {}
    void capture() override {}
    std::optional<devices::Reading> latest() const override { return std::nullopt; }
    std::optional<devices::Reply> tareInForce() const override { return std::nullopt; }
    QString tareProblem() const override { return {}; }
    QString reportedSerialNumber() const override { return {}; }
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    bool busy() const override { return false; }
    std::shared_ptr<devices::LiveReadings> writer() { return live_; }

private:
    ui::InstrumentInfo info_;
    std::shared_ptr<devices::LiveReadings> live_;
};

double value(int channel, qint64 ms) {
    return 100.0 + 10.0 * channel + 5.0 * std::sin(double(ms) / 60000.0 + channel) +
           0.3 * std::sin(double(ms) / 700.0);
}

double statusMb(const char* key) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(strlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

}  // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addOption({QStringLiteral("quick"), QStringLiteral("A short smoke run (ctest).")});
    cli.addOption({QStringLiteral("hours"), QStringLiteral("Hours of data kept."),
                   QStringLiteral("h"), QStringLiteral("8")});
    cli.process(app);
    const bool quick = cli.isSet(QStringLiteral("quick"));
    const int frames = quick ? 10 : 90;
    const double hours = cli.value(QStringLiteral("hours")).toDouble();
    ui::applyTheme(app);

    std::printf("== trend bench: %d channels x %d Hz x %.1f h, %d frames per window%s\n",
                kChannels, kRateHz, hours, frames, quick ? " (quick)" : "");
    hmi_test::DemoStation demo(false);
    std::vector<std::unique_ptr<SyntheticLink>> links;
    for (int c = 0; c < kChannels; ++c) {
        links.push_back(std::make_unique<SyntheticLink>(c));
        demo.hub.add(links.back().get());
    }
    auto window = demo.window(QSize(1920, 1080));
    const double rssBefore = statusMb("VmRSS:");

    // 8 h of history up to now, straight into the buffers; from now on the producers.
    auto* screen = window->findChild<ui::TrendsScreen*>();
    trend::TrendController& controller = screen->controller();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = qint64(hours * 3600.0 * 1000.0);
    const qint64 step = 1000 / kRateHz;
    QElapsedTimer fill;
    fill.start();
    quint64 filled = 0;
    for (int c = 0; c < kChannels; ++c)
        for (qint64 t = now - span; t < now; t += step, ++filled)
            controller.ingest(c, t, value(c, t));
    std::printf("filled %llu samples in %.0f ms\n", static_cast<unsigned long long>(filled),
                double(fill.elapsed()));

    std::atomic<bool> running{true};
    std::vector<std::thread> producers;
    for (int c = 0; c < kChannels; ++c)
        producers.emplace_back([&, c] {
            auto live = links[size_t(c)]->writer();
            quint64 seq = 0;
            qint64 next = QDateTime::currentMSecsSinceEpoch();
            while (running) {
                const qint64 t = QDateTime::currentMSecsSinceEpoch();
                for (; next <= t; next += step)
                    live->append(devices::LiveSample{seq++, next, value(c, next), true, false});
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });

    window->showTrends();
    QTest::qWait(200);
    struct Window {
        const char* name;
        qint64 ms;
    };
    const Window windows[] = {{"1 min", 60'000},
                              {"10 min", 600'000},
                              {"1 h", 3'600'000},
                              {"8 h", 8 * 3'600'000LL}};
    std::printf("%-8s %9s %9s %9s %12s %8s\n", "window", "p50 ms", "p95 ms", "max ms",
                "cpu p50/p95", "points");
    double worstP95 = 0;
    double worstCpuP95 = 0;
    bool drawn = true;
    for (const Window& w : windows) {
        controller.setSpan(w.ms);
        controller.frame();  // warm up this zoom level
        std::vector<double> times;
        std::vector<double> cpu;
        for (int i = 0; i < frames; ++i) {
            QTest::qWait(trend::TrendController::kFrameMs);  // the producers keep streaming
            controller.frame();
            times.push_back(controller.stats().lastMs);
            cpu.push_back(controller.stats().lastCpuMs);
        }
        const qsizetype points = screen->view().pointsShown();
        drawn = drawn && points > 0;
        worstP95 = std::max(worstP95, percentile(times, 0.95));
        worstCpuP95 = std::max(worstCpuP95, percentile(cpu, 0.95));
        std::printf("%-8s %9.2f %9.2f %9.2f %5.2f/%5.2f %8lld\n", w.name, percentile(times, 0.5),
                    percentile(times, 0.95), *std::max_element(times.begin(), times.end()),
                    percentile(cpu, 0.5), percentile(cpu, 0.95), static_cast<long long>(points));
    }
    running = false;
    for (std::thread& t : producers)
        t.join();
    controller.collect();
    // Nothing the producers streamed was lost on the way into the buffers.
    quint64 streamed = 0;
    for (const auto& l : links)
        streamed += l->writer()->size() + l->writer()->overwritten();
    quint64 kept = 0;
    for (int c = 0; c < kChannels; ++c)
        kept += controller.buffer(c).samples();
    const bool complete = kept >= filled + streamed;

    const double rss = statusMb("VmRSS:");
    const double peak = statusMb("VmHWM:");
    std::printf("trend buffers: %.1f MB for %.1f h x %d channels (fixed; a shift of data)\n",
                double(controller.memoryBytes()) / (1024.0 * 1024.0), hours, kChannels);
    std::printf("resident: %.1f MB (peak %.1f MB; %.1f MB before the data), budget %.0f MB\n",
                rss, peak, rssBefore, kResidentBudgetMb);
    std::printf("redraw p95 (worst window): %.2f ms wall, %.2f ms CPU of the GUI thread; "
                "budget %.0f ms -> %s\n",
                worstP95, worstCpuP95, kFrameBudgetMs,
                worstP95 <= kFrameBudgetMs     ? "within"
                : worstCpuP95 <= kFrameBudgetMs ? "within in CPU time (wall time: the machine is shared)"
                                                : "OVER");
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::printf("machine load average while measuring: %.1f (2 cores)\n", load[0]);
    std::printf("samples kept: %llu of %llu filled + %llu streamed -> %s\n",
                static_cast<unsigned long long>(kept), static_cast<unsigned long long>(filled),
                static_cast<unsigned long long>(streamed), complete ? "none lost" : "LOST");
    window.reset();
    if (demo.session->isSignedIn())
        demo.session->logout();
    return drawn && complete ? 0 : 1;
}
