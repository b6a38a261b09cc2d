#include "sync/SyncWorker.h"
#include "sync/SyncLog.h"

#include "record/Journal.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "sync/PgConnection.h"
#include "sync/SyncClient.h"
#include "sync/SyncState.h"

#include <QTimer>

#include <spdlog/spdlog.h>

namespace batch::sync {
namespace {

using detail::log;

}  // namespace

SyncWorker::SyncWorker(QString dbPath, QByteArray passphrase, SyncConfig config, QObject* parent)
    : QObject(parent),
      dbPath_(std::move(dbPath)),
      passphrase_(std::move(passphrase)),
      config_(std::move(config)) {
    qRegisterMetaType<batch::sync::SyncStatus>();
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start() {
    try {
        db_ = std::make_unique<store::Database>(
            store::Database::open(dbPath_, passphrase_, store::OpenMode::OpenExisting));
        store::migrate(*db_);
        journal_ = std::make_unique<record::Journal>(*db_);
        appliers_ = std::make_unique<MasterDataRegistry>(defaultMasterDataAppliers());
        client_ = std::make_unique<SyncClient>(*journal_, *appliers_, config_.options);
        client_->applyPolicy();
    } catch (const std::exception& e) {
        status_.lastError = QString::fromUtf8(e.what());
        publish();
        emit failed(status_.lastError);
        return;
    }
    passphrase_.fill('\0');
    timer_ = new QTimer(this);
    timer_->setSingleShot(true);
    connect(timer_, &QTimer::timeout, this, &SyncWorker::tick);
    schedule(0);
}

void SyncWorker::stop() {
    if (timer_)
        timer_->stop();
    conn_.reset();
    client_.reset();
    journal_.reset();
    db_.reset();
}

void SyncWorker::syncNow() {
    wantExchange_ = true;
    if (timer_ && backoffMs_ == 0)
        schedule(0);
}

void SyncWorker::schedule(int ms) {
    status_.nextAttemptMs = backoffMs_;
    timer_->start(ms);
}

bool SyncWorker::connectIfNeeded() {
    if (conn_ && conn_->isOpen())
        return true;
    conn_.reset();
    conn_ = std::make_unique<PgConnection>(PgConnection::connect(config_.connection));
    conn_->exec("LISTEN batch_master");
    wantExchange_ = true;
    return true;
}

void SyncWorker::publish() {
    if (db_) {
        const SyncState s = loadSyncState(*db_);
        status_.watermark = s.watermark;
        status_.waiting = std::max<std::int64_t>(0, journal_->headSeq() - s.watermark);
        status_.lastSuccessUtc =
            s.lastSuccessMs ? record::formatUtcMillis(*s.lastSuccessMs) : QString();
    }
    emit statusChanged(status_);
}

void SyncWorker::tick() {
    try {
        const std::int64_t waiting = client_->localHead() - client_->cachedWatermark();
        const qint64 now = journal_->nowMs();
        if (conn_ && conn_->isOpen() && !conn_->takeNotifications().empty())
            wantExchange_ = true;  // master data changed centrally
        if (waiting > 0 || wantExchange_ || now - lastPullMs_ >= config_.pullIntervalMs) {
            connectIfNeeded();
            const ExchangeResult r = client_->exchange(*conn_);
            lastPullMs_ = now;
            wantExchange_ = false;
            backoffMs_ = 0;
            status_.online = true;
            status_.lastError = r.refusals.isEmpty() ? QString() : r.refusals.join(u'\n');
            status_.clockOffsetMs = r.offsetMs;
            if (r.offsetExceeded && !status_.clockOffsetExceeded)
                emit clockOffsetExceeded(r.offsetMs, config_.options.clockOffsetBoundMs);
            status_.clockOffsetExceeded = r.offsetExceeded;
            if (r.pushed > 0 || r.applied > 0 || r.refused > 0)
                emit exchanged(r.pushed, r.watermark, r.applied);
            publish();
        }
        schedule(config_.pollMs);
    } catch (const SyncError& e) {
        const bool unreachable = e.kind() == SyncError::Kind::Unreachable;
        if (unreachable)
            conn_.reset();
        status_.online = !unreachable && conn_ && conn_->isOpen();
        status_.lastError = e.message();
        // Refusals do not heal by retrying fast either: both back off, up to the cap.
        backoffMs_ =
            backoffMs_ == 0 ? config_.minBackoffMs : std::min(config_.maxBackoffMs, backoffMs_ * 2);
        log()->warn("sync {}: {} (next attempt in {} ms)", unreachable ? "offline" : "refused",
                    e.message().toStdString(), backoffMs_);
        publish();
        emit failed(e.message());
        schedule(backoffMs_);
    } catch (const std::exception& e) {
        status_.lastError = QString::fromUtf8(e.what());
        backoffMs_ =
            backoffMs_ == 0 ? config_.minBackoffMs : std::min(config_.maxBackoffMs, backoffMs_ * 2);
        log()->error("sync failed: {}", e.what());
        publish();
        emit failed(status_.lastError);
        schedule(backoffMs_);
    }
}

}  // namespace batch::sync
