#pragma once

#include "record/Journal.h"
#include "sync/MasterData.h"
#include "sync/PgConnection.h"

#include <QSet>
#include <QString>

#include <cstdint>
#include <optional>

namespace batch::sync {

struct SyncOptions {
    int batchEvents = 10000;                      // events per push (one round trip)
    qsizetype batchBytes = 16 * 1024 * 1024;      // and at most this much payload
    std::int64_t clockOffsetBoundMs = 0;          // 0: no ClockOffsetExceeded event
    std::int64_t offlineSigningLimitSeconds = 0;  // written into the store (sync_state)
    int maxPushMs = 20000;  // one exchange stops pushing after this, to pull in between
                            // (0: report priority notices only, push nothing)
};

struct ExchangeResult {
    std::int64_t pushed = 0;     // events the server newly accepted
    std::int64_t watermark = 0;  // the server's contiguous watermark afterwards
    std::int64_t localHead = 0;
    std::int64_t offsetMs = 0;  // server clock minus station clock (midpoint estimate)
    int notices = 0;            // priority events reported ahead of the chain
    int applied = 0;            // master-data changes applied
    int refused = 0;            // master-data changes refused (recorded)
    QStringList refusals;
    bool offsetExceeded = false;
    std::int64_t waiting() const { return localHead - watermark; }
};

// One batch.ingest call (docs/sync.md §Protocol): the SQL and its parameters for a
// consecutive run of events and the checkpoints it covers.
inline constexpr const char* kIngestSql =
    "SELECT watermark, head_hash, server_time FROM batch.ingest($1, $2, $3::bigint[], "
    "$4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], "
    "$11::bigint[], $12::text[], $13::text[], $14::text[])";
std::vector<PgParam> ingestParams(const QString& stationId, const QString& stationTimeUtc,
                                  const std::vector<record::EventRecord>& events,
                                  const std::vector<record::Checkpoint>& checkpoints = {});

// Event types that travel ahead of the ordered chain as priority notices: lockouts and
// account changes, and any event whose payload says "priority":"high".
bool isPriorityEvent(const record::EventRecord& e);

// One station's side of the protocol (docs/sync.md §Protocol), on the caller's thread:
//   hello  -> the server's watermark (authoritative), server time, clock offset
//   notice -> priority events beyond the first push, reported at once
//   ingest -> consecutive runs of events with their checkpoints, oldest first
//   pull   -> master data after the cursor, applied in one RecordTransaction
class SyncClient {
public:
    SyncClient(record::Journal& journal, const MasterDataRegistry& appliers, SyncOptions options);

    // Throws SyncError: Unreachable (retry later), Refused (the server said no: shown
    // and logged), Local (the local store disagrees with the server).
    ExchangeResult exchange(PgConnection& c);
    // Writes the offline-signing limit and the clock bound into the store (sync_state)
    // with a SettingChanged event when they changed; runs without the server.
    void applyPolicy();

    std::int64_t localHead() const;
    std::int64_t cachedWatermark() const;

private:
    std::int64_t hello(PgConnection& c, ExchangeResult& r);
    void reportPriority(PgConnection& c, std::int64_t watermark, std::int64_t head,
                        ExchangeResult& r);
    struct Push;
    std::optional<Push> readPush(std::int64_t after, std::int64_t head, std::int64_t cpRowid);
    std::int64_t pushAll(PgConnection& c, std::int64_t watermark, std::int64_t head);
    void pullMasterData(PgConnection& c, ExchangeResult& r);
    void noteClockOffset(std::int64_t offsetMs, ExchangeResult& r);

    record::Journal& journal_;
    const MasterDataRegistry& appliers_;
    SyncOptions options_;
    std::int64_t reportedUpTo_ = 0;  // highest seq already sent as a priority notice
    bool offsetWasExceeded_ = false;
};

}  // namespace batch::sync
