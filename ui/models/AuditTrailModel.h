#pragma once

#include "record/Event.h"

#include <QAbstractTableModel>

#include <vector>

namespace batch::ui {

// Read-only table over a snapshot of events (already filtered by the Journal query).
class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, User, Type, Summary, ColumnCount };

    explicit AuditTrailModel(QObject* parent = nullptr);

    void setEvents(std::vector<record::EventRecord> events);
    const record::EventRecord& eventAt(int row) const { return events_.at(row); }
    // Row of the event (station, seq), or -1 when it is not in the snapshot.
    int rowOf(const QString& stationId, std::int64_t seq) const;

    // Marks the first broken row found by the integrity check (empty station: none).
    void setBrokenRow(const QString& stationId, std::int64_t seq);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One line of payload for the table: "key: value, ...", old → new first when present.
    static QString summarize(const record::EventRecord& event, int maxChars = 140);
    // "2026-11-23T20:01:08.123Z" -> "2026-11-23 20:01:08.123" (or without milliseconds)
    static QString displayTime(const QString& tsUtc, bool withMillis = true);

private:
    std::vector<record::EventRecord> events_;
    QString brokenStation_;
    std::int64_t brokenSeq_ = 0;
};

}  // namespace batch::ui
