#pragma once

#include "instruments/BalanceLink.h"

#include <QList>
#include <QObject>

#include <functional>

namespace batch::ui {

// Demo mode only: the pan of a simulated balance, so that a newcomer can "put material
// on the balance" from the weigh panel. Production configurations never provide one.
class SimulatedPan {
public:
    virtual ~SimulatedPan() = default;
    virtual void place(double amount) = 0;  // adds to what is on the pan
    virtual void clear() = 0;
};

// The instruments of this station, as the composition root connected them. Screens
// find the balance an MBR step asks for by its equipment class, the status bar and the
// trends view list them all. Owns nothing: links and pans belong to the composition root.
class InstrumentHub : public QObject {
    Q_OBJECT
public:
    struct Entry {
        BalanceLink* link = nullptr;
        SimulatedPan* pan = nullptr;  // demo mode only
    };

    explicit InstrumentHub(QObject* parent = nullptr) : QObject(parent) {}

    void add(BalanceLink* link, SimulatedPan* pan = nullptr);
    const QList<Entry>& entries() const { return entries_; }
    // The instruments of an equipment class, in the order they were added.
    QList<Entry> forClass(const QString& equipmentClass) const;
    const Entry* find(const QString& instrumentId) const;

Q_SIGNALS:
    // Any instrument's connection state changed (status bar).
    void statesChanged();

private:
    QList<Entry> entries_;
};

}  // namespace batch::ui
