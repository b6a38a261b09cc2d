#pragma once

#include "mva/ObservationSource.h"
#include "transport/LiveReadings.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QSettings;

namespace batch::devices {

// One model variable fed by one instrument's live readings.
struct LiveInput {
    QString variable;      // the column name the model knows (e.g. "product_temperature")
    QString instrumentId;  // where the value comes from (e.g. "TT-101")
    std::shared_ptr<const LiveReadings> readings;
};

struct LiveSourceSettings {
    int sampleIntervalMs = 15000;  // one observation per interval (the model's sampling)
    qint64 maxAgeMs = 30000;       // a reading older than this is missing (NaN)
    // Empty: the maturity is the minutes elapsed since start(). Otherwise the input of this
    // variable name supplies it (e.g. cumulative spray mass); it is not a column then.
    QString maturityVariable;
    std::function<qint64()> clockMs;  // UTC milliseconds, the clock readings are stamped
                                      // with; default: the system clock
    QString label;                    // words for describe(), e.g. the unit "FBG-01"
};

// Real instrument data for the MVA monitor (docs/mva.md §23): at every sampling
// instant, the newest reading of each mapped instrument becomes the value of its model
// variable. A reading that is older than maxAgeMs, or an instrument in error (overload,
// device error), gives a missing value, which the monitor projects around (docs/mva.md
// §4); an input going stale is reported once through problem(), not once per sample.
// Reads LiveReadings without waiting (they are thread-safe rings); lives on the
// monitor's thread.
class LiveInstrumentSource final : public mva::ObservationSource {
    Q_OBJECT
public:
    // Throws std::invalid_argument: no inputs, a variable given twice, a missing stream,
    // a maturity variable that is not among the inputs, a non-positive interval.
    LiveInstrumentSource(std::vector<LiveInput> inputs, LiveSourceSettings settings,
                         QObject* parent = nullptr);

    QStringList columns() const override;
    QString describe() const override;
    void start() override;
    void stop() override;
    bool running() const override { return running_; }

    // One observation now (the timer calls it; tests call it with their own clock).
    // Returns false when none could be made (no maturity reading).
    bool sampleNow();
    // The live batch ended: stops sampling and emits finished().
    void endBatch();

private:
    struct Channel {
        LiveInput input;
        quint64 next = 0;
        bool hasLast = false;
        LiveSample last;
        bool stale = false;
    };
    double valueOf(Channel& c, qint64 now);

    std::vector<Channel> channels_;
    int maturityChannel_ = -1;
    LiveSourceSettings settings_;
    QTimer timer_;
    bool running_ = false;
    qint64 startMs_ = 0;
    double lastMaturity_ = -1;
};

// The mapping "model variable = instrument id" of an INI group (default [mva_inputs]),
// checked: at most 256 entries, variable names of letters, digits and '_', instrument ids
// of 1 to 64 printable characters. Problems are named in *errors (one line each) and the
// entry is left out.
QList<QPair<QString, QString>> readLiveInputMapping(
    QSettings& settings, const QString& group = QStringLiteral("mva_inputs"),
    QStringList* errors = nullptr);

// Resolves a mapping to live streams by instrument id (e.g. from the station's connected
// instruments); unknown instruments are named in *errors and left out.
std::vector<LiveInput> resolveLiveInputs(
    const QList<QPair<QString, QString>>& mapping,
    const std::function<std::shared_ptr<const LiveReadings>(const QString&)>& find,
    QStringList* errors = nullptr);

}  // namespace batch::devices
