#pragma once

#include "sync/Dashboard.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QTabWidget;
class QTableWidget;
class QValueAxis;

namespace batch::ui {

class StatusBanner;

// The supervisor's live view of all stations (issue 7): every station and every batch in
// progress with its current step, open deviations and holds, recent exceptions, one
// instrument's trend across stations, MVA alarms and priority events. It only renders
// snapshots that core/sync's DashboardFeed delivers (LISTEN/NOTIFY on the central
// database, on the feed's own thread); it never touches SQL.
class SupervisorDashboard : public QWidget {
    Q_OBJECT
public:
    explicit SupervisorDashboard(QWidget* parent = nullptr);

    const sync::DashboardSnapshot& snapshot() const { return snapshot_; }
    // The row texts of the batch table (station, batch, ..., current step), for tests.
    QStringList batchRow(const QString& stationId, const QString& batchId) const;

public slots:
    void showSnapshot(const batch::sync::DashboardSnapshot& snapshot);
    void setConnectionState(bool online, const QString& error);

private:
    void fillStations();
    void fillBatches();
    void fillExceptions(QTableWidget* table,
                        const std::vector<sync::DashboardSnapshot::Exception>& rows);
    void fillNotices();
    void fillTrend();
    void updateInstruments();

    sync::DashboardSnapshot snapshot_;
    QLabel* live_;
    StatusBanner* banner_;
    QTableWidget* stations_;
    QTableWidget* batches_;
    QTableWidget* exceptions_;
    QTableWidget* mva_;
    QTableWidget* notices_;
    QTabWidget* alarmTabs_;
    QComboBox* instrument_;
    QChartView* chartView_;
    QChart* chart_;
    QDateTimeAxis* timeAxis_;
    QValueAxis* valueAxis_;
};

}  // namespace batch::ui
