#include "mva/ObservationSource.h"

#include "mva/FluidBedModels.h"

#include <QCoreApplication>

namespace batch::mva {

SimulatorSource::SimulatorSource(sim::SimulatedBatch batch, int intervalMs, QObject* parent)
    : ObservationSource(parent), batch_(std::move(batch)) {
    timer_.setInterval(std::max(1, intervalMs));
    connect(&timer_, &QTimer::timeout, this, &SimulatorSource::emitNext);
}

QStringList SimulatorSource::columns() const {
    return sim::signalColumns();
}

QString SimulatorSource::describe() const {
    return QCoreApplication::translate("batch::mva::SimulatorSource",
                                       "fluid-bed simulator (%1 observations)")
        .arg(batch_.rows.size());
}

void SimulatorSource::start() {
    if (next_ < batch_.rows.size())
        timer_.start();
}

void SimulatorSource::stop() {
    timer_.stop();
}

void SimulatorSource::emitNext() {
    if (next_ >= batch_.rows.size()) {
        timer_.stop();
        return;
    }
    const sim::Observation& o = batch_.rows[next_++];
    emit observation(o.minute, QVector<double>(std::begin(o.values), std::end(o.values)));
    if (next_ == batch_.rows.size()) {
        timer_.stop();
        emit finished();
    }
}

void SimulatorSource::drain() {
    timer_.stop();
    while (next_ < batch_.rows.size()) emitNext();
}

}  // namespace batch::mva
