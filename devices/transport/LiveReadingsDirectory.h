#pragma once

#include "transport/LiveReadings.h"

#include <QList>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <mutex>

namespace batch::devices {

// Which live reading streams exist, by instrument id: what the HMI's trend chart
// subscribes to. Thread-safe (the lookups take a short lock); add/remove are announced
// by signals on the directory's thread, so a chart can follow instruments as they come
// and go. Each stream stays valid for as long as a holder keeps its shared pointer.
class LiveReadingsDirectory : public QObject {
    Q_OBJECT
public:
    struct Entry {
        QString instrumentId;
        QString unit;
        std::shared_ptr<const LiveReadings> readings;
    };

    using QObject::QObject;

    void add(const QString& instrumentId, const QString& unit,
             std::shared_ptr<const LiveReadings> readings);
    void remove(const QString& instrumentId);
    std::optional<Entry> find(const QString& instrumentId) const;
    QList<Entry> entries() const;  // by instrument id

Q_SIGNALS:
    void added(const QString& instrumentId);
    void removed(const QString& instrumentId);

private:
    mutable std::mutex mutex_;
    std::map<QString, Entry> entries_;
};

}  // namespace batch::devices
