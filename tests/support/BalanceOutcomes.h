#pragma once

// Collects the answer or failure of every request id of one BalanceConnection, for the
// driver tests: wait(id) runs the event loop until that request is done.
#include "transport/BalanceConnection.h"

#include <QHash>
#include <QObject>
#include <QtTest>

namespace batch::testsupport {

struct Outcome {
    bool done = false;
    bool ok = false;
    devices::BalanceAnswer answer;
    QString error;
};

class Outcomes : public QObject {
public:
    explicit Outcomes(devices::BalanceConnection& c) {
        connect(&c, &devices::BalanceConnection::replied, this,
                [this](quint64 id, const devices::BalanceAnswer& a) {
                    results[id] = {true, true, a, {}};
                });
        connect(&c, &devices::BalanceConnection::failed, this,
                [this](quint64 id, const QString& e) {
                    results[id] = {true, false, {}, e};
                });
    }
    Outcome wait(quint64 id, int timeoutMs = 8000) {
        (void)QTest::qWaitFor([&] { return results.value(id).done; }, timeoutMs);
        return results.value(id);
    }
    QHash<quint64, Outcome> results;
};

}  // namespace batch::testsupport
