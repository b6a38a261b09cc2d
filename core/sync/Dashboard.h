#pragma once

#include "sync/PgConnection.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QSocketNotifier;
class QTimer;

namespace batch::sync {

// What the supervisor dashboard shows, read from the central database's read models
// (batch.v_* views, docs/sync.md §Dashboard). Plain data: the UI renders it.
struct DashboardSnapshot {
    struct Station {
        QString id;
        QString description;
        std::int64_t watermark = 0;
        QString lastContactUtc;
        std::optional<std::int64_t> clockOffsetMs;
        std::int64_t pendingNotices = 0;
    };
    struct Batch {
        QString stationId;
        QString batchId;
        QString mbrId;
        QString mbrVersion;
        QString status;       // running, on_hold, finished
        QString currentStep;  // the step last started or completed
        QString stepState;    // running, completed
        QString updatedUtc;
        std::int64_t openDeviations = 0;
    };
    struct Exception {
        QString stationId;
        std::int64_t seq = 0;
        QString tsUtc;
        QString type;
        QString batchId;
        QString exceptionType;  // out_of_limits, deviation, mva_alarm, clock_offset, ...
        QString detail;
    };
    struct TrendPoint {
        std::int64_t ms = 0;
        double value = 0;
    };
    struct Trend {
        QString instrumentId;
        QString stationId;
        QString unit;
        std::vector<TrendPoint> points;  // oldest first
    };
    struct Notice {
        QString stationId;
        std::int64_t seq = 0;
        QString type;
        QString userId;
        QString tsUtc;
        bool confirmed = false;
    };

    std::vector<Station> stations;
    std::vector<Batch> batches;  // in progress (running or on hold)
    std::vector<Exception> exceptions;
    std::vector<Exception> mvaAlarms;
    std::vector<Trend> trends;
    std::vector<Notice> notices;  // priority events, most recent first
    QString serverTimeUtc;
    int revision = 0;  // counts refreshes of one feed
};

// Reads one snapshot (a handful of queries on the read-model views).
DashboardSnapshot loadDashboard(PgConnection& c);

// The live feed: connects as a supervisor role, LISTENs on batch_events and batch_master
// and reloads the snapshot after a notification, at most once per debounce interval
// however many notifications arrive (no polling, no storms). Runs on its own thread:
// moveToThread, then start(). Reconnects with backoff when the server goes away.
class DashboardFeed : public QObject {
    Q_OBJECT
public:
    explicit DashboardFeed(ConnectionSettings settings, int debounceMs = 200,
                           QObject* parent = nullptr);
    ~DashboardFeed() override;

public slots:
    void start();
    void stop();
    void refresh();

signals:
    void snapshotReady(const batch::sync::DashboardSnapshot& snapshot);
    void connectionChanged(bool online, const QString& error);

private:
    void connectNow();
    void onReadable();
    void fail(const QString& error);

    ConnectionSettings settings_;
    int debounceMs_;
    std::unique_ptr<PgConnection> conn_;
    QSocketNotifier* notifier_ = nullptr;
    QTimer* debounce_ = nullptr;
    QTimer* reconnect_ = nullptr;
    int backoffMs_ = 0;
    int revision_ = 0;
};

}  // namespace batch::sync

Q_DECLARE_METATYPE(batch::sync::DashboardSnapshot)
