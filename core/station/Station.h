#pragma once

#include "exec/BatchEngine.h"
#include "instruments/InstrumentRegistry.h"
#include "masterdata/EquipmentRepository.h"
#include "masterdata/MaterialRepository.h"
#include "model/MbrRepository.h"
#include "record/Journal.h"
#include "review/ReviewService.h"
#include "sampling/Sampling.h"
#include "security/Signatures.h"
#include "security/Users.h"
#include "store/Database.h"

#include <QString>

#include <memory>

namespace batch {

// The object graph of one station's store: the opened encrypted database, its event
// log and the security services on top. Built by the composition roots (app/) and
// injected from there; owns everything it hands out by reference.
class Station {
public:
    // Opens an existing store (migrating it to the newest schema). Throws
    // store::StoreError: WrongKey ("wrong key or not a BatchStation database"),
    // NotFound, NotEncrypted, Schema.
    static std::unique_ptr<Station> open(const QString& dbPath, const QByteArray& passphrase,
                                         record::Clock clock = record::systemClock());

    // Creates a new store: encrypted file, schema, station key pair, first admin.
    // Refuses an existing file. Throws StoreError or security::SecurityError (password
    // policy); on failure the half-made file is removed.
    static std::unique_ptr<Station> create(const QString& dbPath, const QByteArray& passphrase,
                                           const QString& stationId, const QString& adminId,
                                           const QString& adminName, const QString& adminPassword,
                                           record::Clock clock = record::systemClock());

    // Wraps a connection already opened on an existing, migrated store: the object graph
    // of a worker thread (a SQLCipher connection is never shared across threads), e.g.
    // for an export running off the UI thread.
    static std::unique_ptr<Station> attach(store::Database db,
                                           record::Clock clock = record::systemClock());

    store::Database& db() { return db_; }
    record::Journal& journal() { return journal_; }
    security::UserService& users() { return users_; }
    security::SignatureService& signatures() { return signatures_; }
    model::MbrRepository& mbrs() { return mbrs_; }
    instruments::InstrumentRegistry& instruments() { return instruments_; }
    masterdata::MaterialRepository& materials() { return materials_; }
    masterdata::EquipmentRepository& equipment() { return equipment_; }
    exec::BatchEngine& batches() { return batches_; }
    review::ReviewService& review() { return review_; }
    sampling::SamplingServices& sampling() { return sampling_; }
    const QString& stationId() const { return journal_.stationId(); }

private:
    Station(store::Database db, record::Clock clock);

    store::Database db_;
    record::Journal journal_;
    security::UserService users_;
    security::SignatureService signatures_;
    model::MbrRepository mbrs_;
    instruments::InstrumentRegistry instruments_;
    masterdata::MaterialRepository materials_;  // before batches_, which uses them
    masterdata::EquipmentRepository equipment_;
    exec::BatchEngine batches_;
    review::ReviewService review_;
    sampling::SamplingServices sampling_;
};

}  // namespace batch
