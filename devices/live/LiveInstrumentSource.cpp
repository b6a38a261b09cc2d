#include "live/LiveInstrumentSource.h"

#include "log/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSettings>

#include <spdlog/spdlog.h>

#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

namespace batch::devices {
namespace {

auto log() {
    static auto l = logging::logger("batch.devices.mva");
    return l;
}

QString tr(const char* text) {
    return QCoreApplication::translate("batch::devices::LiveInstrumentSource", text);
}

constexpr int kMaxInputs = 256;

}  // namespace

LiveInstrumentSource::LiveInstrumentSource(std::vector<LiveInput> inputs,
                                           LiveSourceSettings settings, QObject* parent)
    : ObservationSource(parent), settings_(std::move(settings)) {
    if (inputs.empty())
        throw std::invalid_argument("a live MVA source needs at least one input");
    if (inputs.size() > kMaxInputs)
        throw std::invalid_argument("a live MVA source takes at most 256 inputs");
    if (settings_.sampleIntervalMs <= 0 || settings_.maxAgeMs <= 0)
        throw std::invalid_argument("sampling interval and maximum age must be positive");
    if (!settings_.clockMs)
        settings_.clockMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    std::set<QString> seen;
    for (LiveInput& in : inputs) {
        if (in.variable.isEmpty() || !seen.insert(in.variable).second)
            throw std::invalid_argument("live MVA input '" + in.variable.toStdString() +
                                        "' is empty or given twice");
        if (!in.readings)
            throw std::invalid_argument("live MVA input '" + in.variable.toStdString() +
                                        "' has no reading stream");
        if (in.variable == settings_.maturityVariable)
            maturityChannel_ = static_cast<int>(channels_.size());
        channels_.push_back({std::move(in), 0, false, {}, false});
    }
    if (!settings_.maturityVariable.isEmpty() && maturityChannel_ < 0)
        throw std::invalid_argument("the maturity variable '" +
                                    settings_.maturityVariable.toStdString() +
                                    "' is not among the live inputs");
    timer_.setInterval(settings_.sampleIntervalMs);
    connect(&timer_, &QTimer::timeout, this, [this] { sampleNow(); });
}

QStringList LiveInstrumentSource::columns() const {
    QStringList out;
    for (int i = 0; i < static_cast<int>(channels_.size()); ++i)
        if (i != maturityChannel_)
            out << channels_[static_cast<size_t>(i)].input.variable;
    return out;
}

QString LiveInstrumentSource::describe() const {
    QStringList pairs;
    for (const Channel& c : channels_)
        pairs << QStringLiteral("%1 ← %2").arg(c.input.variable, c.input.instrumentId);
    return tr("live instruments%1: %2")
        .arg(settings_.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(settings_.label),
             pairs.join(QStringLiteral(", ")));
}

void LiveInstrumentSource::start() {
    startMs_ = settings_.clockMs();
    lastMaturity_ = -1;
    // Only readings from now on count: older ones belong to whatever ran before.
    for (Channel& c : channels_) {
        const auto held = c.input.readings->since(0);
        c.next = held.isEmpty() ? 0 : held.back().sequence + 1;
        c.hasLast = false;
        c.stale = false;
    }
    running_ = true;
    timer_.start();
    log()->info("live MVA source started: {}", describe().toStdString());
}

void LiveInstrumentSource::stop() {
    timer_.stop();
    running_ = false;
}

void LiveInstrumentSource::endBatch() {
    stop();
    emit finished();
}

double LiveInstrumentSource::valueOf(Channel& c, qint64 now) {
    const QList<LiveSample> fresh = c.input.readings->since(c.next);
    if (!fresh.isEmpty()) {
        c.last = fresh.back();
        c.next = c.last.sequence + 1;
        c.hasLast = true;
    }
    const bool usable = c.hasLast && !c.last.error && now - c.last.utcMs <= settings_.maxAgeMs;
    if (!usable && !c.stale)
        emit problem(c.hasLast && c.last.error
                         ? tr("%1 (%2) reports an error: %3 is missing.")
                               .arg(c.input.instrumentId, c.input.variable, c.input.variable)
                         : tr("%1 (%2) has no reading younger than %3 s: %4 is missing.")
                               .arg(c.input.instrumentId, c.input.variable)
                               .arg(settings_.maxAgeMs / 1000)
                               .arg(c.input.variable));
    c.stale = !usable;
    return usable ? c.last.value : std::numeric_limits<double>::quiet_NaN();
}

bool LiveInstrumentSource::sampleNow() {
    const qint64 now = settings_.clockMs();
    QVector<double> values;
    values.reserve(static_cast<qsizetype>(channels_.size()));
    double maturity = double(now - startMs_) / 60000.0;
    for (int i = 0; i < static_cast<int>(channels_.size()); ++i) {
        const double v = valueOf(channels_[static_cast<size_t>(i)], now);
        if (i == maturityChannel_)
            maturity = v;
        else
            values.append(v);
    }
    if (!std::isfinite(maturity) || maturity <= lastMaturity_)
        return false;  // cannot be placed on the batch's maturity axis (yet)
    lastMaturity_ = maturity;
    emit observation(maturity, values);
    return true;
}

QList<QPair<QString, QString>> readLiveInputMapping(QSettings& settings, const QString& group,
                                                    QStringList* errors) {
    static const QRegularExpression kVariable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    static const QRegularExpression kInstrument(QStringLiteral("^[\\x21-\\x7e]{1,64}$"));
    QList<QPair<QString, QString>> out;
    settings.beginGroup(group);
    const QStringList keys = settings.childKeys();
    for (const QString& k : keys) {
        const QString instrument = settings.value(k).toString().trimmed();
        QString problem;
        if (out.size() >= kMaxInputs)
            problem = tr("[%1] has more than %2 entries; '%3' and later are ignored")
                          .arg(group)
                          .arg(kMaxInputs)
                          .arg(k.left(64));
        else if (!kVariable.match(k).hasMatch())
            problem =
                tr("[%1] '%2': not a variable name (letters, digits, '_')").arg(group, k.left(64));
        else if (!kInstrument.match(instrument).hasMatch())
            problem = tr("[%1] %2: '%3' is not an instrument id (1 to 64 printable characters)")
                          .arg(group, k, instrument.left(64));
        if (!problem.isEmpty()) {
            if (errors)
                *errors << problem;
            if (out.size() >= kMaxInputs)
                break;
            continue;
        }
        out.append({k, instrument});
    }
    settings.endGroup();
    return out;
}

std::vector<LiveInput> resolveLiveInputs(
    const QList<QPair<QString, QString>>& mapping,
    const std::function<std::shared_ptr<const LiveReadings>(const QString&)>& find,
    QStringList* errors) {
    std::vector<LiveInput> out;
    for (const auto& [variable, instrument] : mapping) {
        std::shared_ptr<const LiveReadings> r = find(instrument);
        if (!r) {
            if (errors)
                *errors << tr("%1: instrument %2 is not connected").arg(variable, instrument);
            continue;
        }
        out.push_back({variable, instrument, std::move(r)});
    }
    return out;
}

}  // namespace batch::devices
