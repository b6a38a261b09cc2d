#include "transport/LiveReadingsDirectory.h"

namespace batch::devices {

void LiveReadingsDirectory::add(const QString& instrumentId, const QString& unit,
                                std::shared_ptr<const LiveReadings> readings) {
    {
        std::lock_guard lock(mutex_);
        entries_[instrumentId] = Entry{instrumentId, unit, std::move(readings)};
    }
    Q_EMIT added(instrumentId);
}

void LiveReadingsDirectory::remove(const QString& instrumentId) {
    bool erased = false;
    {
        std::lock_guard lock(mutex_);
        erased = entries_.erase(instrumentId) > 0;
    }
    if (erased)
        Q_EMIT removed(instrumentId);
}

std::optional<LiveReadingsDirectory::Entry> LiveReadingsDirectory::find(
    const QString& instrumentId) const {
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(instrumentId);
    if (it == entries_.end())
        return std::nullopt;
    return it->second;
}

QList<LiveReadingsDirectory::Entry> LiveReadingsDirectory::entries() const {
    std::lock_guard lock(mutex_);
    QList<Entry> out;
    for (const auto& [id, e] : entries_) out.append(e);
    return out;
}

}  // namespace batch::devices
