#pragma once

// Internal to core/sampling: the lot tables (sampling_lots, sampling_lot_tests,
// sampling_lot_events). Writers run inside the caller's RecordTransaction, always
// together with the event they project.

#include "record/Journal.h"
#include "sampling/Lot.h"
#include "security/Signatures.h"

#include <optional>
#include <vector>

namespace batch::sampling {

std::optional<Lot> loadLot(store::Database& db, const QString& lotId);
std::vector<Lot> listLots(store::Database& db, const QString& variantId, int limit);

// Appends `event` and indexes it as one of the lot's events.
record::EventRecord appendLotEvent(record::RecordTransaction& txn, const QString& lotId,
                                   const record::NewEvent& event);
// The lot's newest event: what a disposition signature binds (through the hash chain it
// binds every result recorded before it).
security::SignatureSubject lotHead(store::Database& db, const QString& stationId,
                                   const QString& lotId);

void insertLot(record::RecordTransaction& txn, const QString& lotId, const LotDecision& d,
               const QJsonObject& decision, const QString& userId,
               const record::EventRecord& created);
void setStatus(record::RecordTransaction& txn, const QString& lotId, LotStatus status,
               const char* timeColumn, const QString& utc);
void storeResult(record::RecordTransaction& txn, const QString& lotId, const QString& sampleId,
                 const QString& testCode, const QString& value, const CheckedResult& checked,
                 const QString& userId, const record::EventRecord& e);
void storeDisposition(record::RecordTransaction& txn, const QString& lotId, LotStatus status,
                      const security::SignatureInfo& signature, const record::EventRecord& e);

}  // namespace batch::sampling
