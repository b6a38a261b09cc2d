#include "simulator/ProtocolResponder.h"

#include <cmath>

namespace batch::devices::sim {

void ProtocolResponder::startStream(qint64 nowMs) {
    streaming_ = true;
    streamStartMs_ = nowMs;
    streamed_ = 0;
}

QByteArray ProtocolResponder::dueStreamLines(qint64 nowMs,
                                             const std::function<QByteArray(quint64)>& line) {
    QByteArray out;
    if (!streaming_)
        return out;
    const auto due = quint64(double(nowMs - streamStartMs_) * streamRateHz_ / 1000.0) + 1;
    int burst = 0;
    while (streamed_ < due && burst++ < 200) {
        out += line(streamed_++);
        ++streamedTotal_;
    }
    return out;
}

double ProtocolResponder::sequenceValue(quint64 n, double capacity, double readability) {
    const auto modulus = quint64(std::floor(capacity / readability)) + 1;
    return double(n % modulus) * readability;
}

}  // namespace batch::devices::sim
