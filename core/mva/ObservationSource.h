#pragma once

#include "mva/FluidBedSimulator.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVector>

namespace batch::mva {

// Where the online monitor's observations come from (docs/mva.md §23): a stream of
// (maturity, values of named columns). The fluid-bed simulator is one implementation
// (SimulatorSource, the demo); devices/live/LiveInstrumentSource maps live instrument
// readings to model variables. The monitor screen connects `observation` to
// OnlineMonitor::addObservation and `finished` to OnlineMonitor::finish. A source lives
// on the thread that consumes it; start() never blocks.
class ObservationSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~ObservationSource() override = default;

    // Names of the values of every observation, in order (model variables are matched by
    // name; extra columns are ignored).
    virtual QStringList columns() const = 0;
    // Where the data comes from, in words (shown on the monitor screen).
    virtual QString describe() const = 0;
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool running() const = 0;

signals:
    void observation(double maturity, const QVector<double>& values);
    // The batch ended (the simulated batch is complete, or the live batch was ended).
    void finished();
    // Something the supervisor should know about the inputs (a stale instrument).
    void problem(const QString& message);
};

// The fluid-bed simulator as a live stream: one simulated observation per interval
// (docs/mva.md §14). Seeded: the same seed and fault give the same batch.
class SimulatorSource final : public ObservationSource {
    Q_OBJECT
public:
    SimulatorSource(sim::SimulatedBatch batch, int intervalMs, QObject* parent = nullptr);

    QStringList columns() const override;
    QString describe() const override;
    void start() override;
    void stop() override;
    bool running() const override { return timer_.isActive(); }
    // Emits every remaining observation now, then finished() (tests, screenshots).
    void drain();
    const sim::SimulatedBatch& batch() const { return batch_; }
    size_t emitted() const { return next_; }

private:
    void emitNext();

    sim::SimulatedBatch batch_;
    size_t next_ = 0;
    QTimer timer_;
};

}  // namespace batch::mva
