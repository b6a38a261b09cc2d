#include "sync/Dashboard.h"
#include "sync/SyncLog.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <map>

namespace batch::sync {
namespace {

using detail::log;

constexpr int kTrendPoints = 240;  // per instrument and station
constexpr int kExceptions = 50;

std::vector<DashboardSnapshot::Exception> exceptionsFrom(const PgResult& r) {
    std::vector<DashboardSnapshot::Exception> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({r.text(i, 0), r.int64(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4),
                       r.text(i, 5), r.text(i, 6)});
    return out;
}

}  // namespace

DashboardSnapshot loadDashboard(PgConnection& c) {
    DashboardSnapshot s;
    // One snapshot, one consistent view across the queries.
    c.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
        s.serverTimeUtc = c.exec(
                               "SELECT to_char(now() AT TIME ZONE 'UTC', "
                               "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                              .text(0, 0);
        PgResult st = c.exec(
            "SELECT station_id, description, watermark, coalesce(last_contact, ''), "
            "clock_offset_ms, pending_notices FROM batch.v_stations ORDER BY station_id");
        for (int i = 0; i < st.rows(); ++i) {
            DashboardSnapshot::Station row{
                st.text(i, 0), st.text(i, 1), st.int64(i, 2), st.text(i, 3), {}, st.int64(i, 5)};
            if (!st.isNull(i, 4))
                row.clockOffsetMs = st.int64(i, 4);
            s.stations.push_back(row);
        }
        PgResult b = c.exec(
            "SELECT station_id, batch_id, mbr_id, mbr_version, status, coalesce(current_step, ''), "
            "coalesce(step_state, ''), updated_utc, open_deviations FROM batch.v_batches "
            "WHERE status <> 'finished' ORDER BY station_id, started_utc, batch_id");
        for (int i = 0; i < b.rows(); ++i)
            s.batches.push_back({b.text(i, 0), b.text(i, 1), b.text(i, 2), b.text(i, 3),
                                 b.text(i, 4), b.text(i, 5), b.text(i, 6), b.text(i, 7),
                                 b.int64(i, 8)});
        const std::string exceptionColumns =
            "SELECT station_id, seq, ts_utc, type, coalesce(batch_id, ''), exception_type, detail "
            "FROM batch.v_exceptions ";
        s.exceptions =
            exceptionsFrom(c.exec((exceptionColumns +
                                   "WHERE exception_type <> 'mva_alarm' "
                                   "ORDER BY received_at DESC, station_id, seq DESC LIMIT " +
                                   std::to_string(kExceptions))
                                      .c_str()));
        s.mvaAlarms =
            exceptionsFrom(c.exec((exceptionColumns +
                                   "WHERE exception_type = 'mva_alarm' "
                                   "ORDER BY received_at DESC, station_id, seq DESC LIMIT " +
                                   std::to_string(kExceptions))
                                      .c_str()));
        PgResult t =
            c.exec(("SELECT instrument_id, station_id, coalesce(unit, ''), ts_utc, value FROM ("
                    "  SELECT v.*, row_number() OVER (PARTITION BY instrument_id, station_id "
                    "                                 ORDER BY seq DESC) AS rn "
                    "  FROM batch.v_instrument_values v) x "
                    "WHERE rn <= " +
                    std::to_string(kTrendPoints) + " ORDER BY instrument_id, station_id, seq")
                       .c_str());
        std::map<std::pair<QString, QString>, std::size_t> index;
        for (int i = 0; i < t.rows(); ++i) {
            const auto k = std::make_pair(t.text(i, 0), t.text(i, 1));
            auto it = index.find(k);
            if (it == index.end()) {
                it = index.emplace(k, s.trends.size()).first;
                s.trends.push_back({k.first, k.second, t.text(i, 2), {}});
            }
            const QDateTime ts = QDateTime::fromString(t.text(i, 3), Qt::ISODateWithMs);
            s.trends[it->second].points.push_back(
                {ts.toMSecsSinceEpoch(), t.text(i, 4).toDouble()});
        }
        PgResult n = c.exec(
            "SELECT station_id, seq, type, user_id, ts_utc, confirmed FROM "
            "batch.v_priority_notices "
            "ORDER BY ts_utc DESC LIMIT 20");
        for (int i = 0; i < n.rows(); ++i)
            s.notices.push_back({n.text(i, 0), n.int64(i, 1), n.text(i, 2), n.text(i, 3),
                                 n.text(i, 4), n.boolean(i, 5)});
        c.exec("COMMIT");
    } catch (...) {
        try {
            c.exec("ROLLBACK");
        } catch (const SyncError&) {
        }
        throw;
    }
    return s;
}

DashboardFeed::DashboardFeed(ConnectionSettings settings, int debounceMs, QObject* parent)
    : QObject(parent), settings_(std::move(settings)), debounceMs_(debounceMs) {
    qRegisterMetaType<batch::sync::DashboardSnapshot>();
}

DashboardFeed::~DashboardFeed() = default;

void DashboardFeed::start() {
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    connect(debounce_, &QTimer::timeout, this, &DashboardFeed::refresh);
    reconnect_ = new QTimer(this);
    reconnect_->setSingleShot(true);
    connect(reconnect_, &QTimer::timeout, this, &DashboardFeed::connectNow);
    connectNow();
}

void DashboardFeed::stop() {
    if (debounce_)
        debounce_->stop();
    if (reconnect_)
        reconnect_->stop();
    delete notifier_;
    notifier_ = nullptr;
    conn_.reset();
}

void DashboardFeed::connectNow() {
    try {
        conn_ = std::make_unique<PgConnection>(PgConnection::connect(settings_));
        conn_->exec("LISTEN batch_events");
        conn_->exec("LISTEN batch_master");
        delete notifier_;
        notifier_ = new QSocketNotifier(conn_->socket(), QSocketNotifier::Read, this);
        connect(notifier_, &QSocketNotifier::activated, this, &DashboardFeed::onReadable);
        backoffMs_ = 0;
        emit connectionChanged(true, {});
        refresh();
    } catch (const SyncError& e) {
        fail(e.message());
    }
}

void DashboardFeed::fail(const QString& error) {
    delete notifier_;
    notifier_ = nullptr;
    conn_.reset();
    backoffMs_ = backoffMs_ == 0 ? 250 : std::min(30000, backoffMs_ * 2);
    log()->warn("dashboard offline: {} (reconnecting in {} ms)", error.toStdString(), backoffMs_);
    emit connectionChanged(false, error);
    reconnect_->start(backoffMs_);
}

void DashboardFeed::onReadable() {
    try {
        if (!conn_)
            return;
        if (!conn_->takeNotifications().empty() && !debounce_->isActive())
            debounce_->start(debounceMs_);  // coalesces a burst into one refresh
        if (!conn_->isOpen())
            fail(QStringLiteral("connection lost"));
    } catch (const SyncError& e) {
        fail(e.message());
    }
}

void DashboardFeed::refresh() {
    if (!conn_)
        return;
    try {
        DashboardSnapshot s = loadDashboard(*conn_);
        s.revision = ++revision_;
        emit snapshotReady(s);
        // Notifications that arrived while the queries ran were read off the socket into
        // libpq's queue by them: the socket notifier will not fire for those, so they
        // are looked at here (and may have changed what the snapshot just showed).
        if (!conn_->takeNotifications().empty() && !debounce_->isActive())
            debounce_->start(debounceMs_);
    } catch (const SyncError& e) {
        if (e.kind() == SyncError::Kind::Unreachable)
            fail(e.message());
        else
            emit connectionChanged(true, e.message());
    }
}

}  // namespace batch::sync
