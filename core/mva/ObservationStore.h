#pragma once

#include "record/Journal.h"

#include <Eigen/Dense>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>
#include <vector>

namespace batch::mva {

namespace types {
inline const QString kMvaMonitoringStarted = QStringLiteral("MvaMonitoringStarted");
inline const QString kMvaObservationsSealed = QStringLiteral("MvaObservationsSealed");
}  // namespace types

// The model versions a batch is monitored with: bound when monitoring starts, kept for the
// batch's whole life (a later approved version does not change a running batch).
struct RunModels {
    QString modelId;
    int modelVersion = 0;
    QString modelHash;
    QString softModelId;  // empty: no soft sensor
    int softModelVersion = 0;
    QString softModelHash;
};

struct RunSeal {
    QString stationId;
    std::int64_t seq = 0;  // of the MvaObservationsSealed event
    QString sealedUtc;
    std::int64_t observations = 0;
    QString digest;  // hex SHA-256: the row hash of the last observation
    bool limitReached = false;
};

// One batch monitored against one batch evolution model (docs/mva.md §21): its stored
// observations (the values of `columns`, in order) are a hash chain anchored in the
// MvaMonitoringStarted event; the seal at batch end records count and final digest.
struct MonitoringRun {
    std::int64_t runId = 0;
    QString batchId;
    RunModels models;
    QStringList columns;
    QString startStation;
    std::int64_t startSeq = 0;
    QString startedUtc;
    QByteArray anchor;  // 32 bytes: the start event's row hash
    // Live state: observations stored so far and the chain head (anchor when none).
    std::int64_t count = 0;
    QByteArray head;
    double lastMaturity = 0;
    std::optional<RunSeal> seal;
    bool sealed() const { return seal.has_value(); }
};

// Bounds against runaway streams and hostile stores.
struct ObservationLimits {
    std::int64_t maxObservations = 200000;  // 15 s sampling: more than 800 hours
    int maxColumns = 1024;
};

// A run's observations read back: maturity and the values of run.columns per row.
struct StoredObservations {
    Eigen::VectorXd maturity;
    Eigen::MatrixXd values;  // rows x columns, NaN = missing
};

// The outcome of re-computing a run's chain.
struct ObservationIntegrity {
    enum class Status { Sealed, Open, Broken };
    Status status = Status::Open;
    std::int64_t observations = 0;
    std::int64_t firstBadIndex = -1;  // Broken: the first row that does not verify, if known
    QString reason;                   // Broken: what is wrong, in words
    bool ok() const { return status != Status::Broken; }
};
QString integrityStatusName(ObservationIntegrity::Status s);  // "sealed", "open", "broken"

class ObservationStoreError : public std::runtime_error {
public:
    enum class Kind { Invalid, Full, Sealed, Exists, NotFound };
    ObservationStoreError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), kind_(kind), message_(message) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }

private:
    Kind kind_;
    QString message_;
};

// The per-observation row hash: SHA-256("BatchStation/mva-observation/v1" ‖ lp(batch_id)
// ‖ lp(model_id) ‖ be64(model_version) ‖ be64(index) ‖ be64(bits of maturity) ‖ lp(values
// as little-endian doubles) ‖ previous row hash (32 bytes)). NaN is stored canonically.
QByteArray observationRowHash(const MonitoringRun& run, std::int64_t index, double maturity,
                              const QByteArray& values, const QByteArray& previous);
// K doubles as stored (little-endian, every NaN as the one quiet NaN).
QByteArray encodeObservationValues(const double* values, int count);

// The tables mva_runs and mva_observations (migration 12). Every write happens inside the
// caller's RecordTransaction, so an observation and the alarm events it caused commit
// together; start and seal append their events there too (indexed under the batch when
// the batch exists in this store).
class ObservationStore {
public:
    explicit ObservationStore(record::Journal& journal, ObservationLimits limits = {});

    std::optional<MonitoringRun> find(const QString& batchId, const QString& modelId) const;
    std::vector<MonitoringRun> runs(const QString& batchId) const;  // oldest first
    // Batches with stored observations, newest first (for pickers), at most `limit`.
    QStringList batches(int limit = 200) const;

    // Throws Exists when (batch, model) already has a run, Invalid for bad columns.
    MonitoringRun start(record::RecordTransaction& txn, const QString& batchId,
                        const RunModels& models, const QStringList& columns);
    // Stores one observation (values in run.columns order); advances run.count/head.
    // Throws Full at the bound, Sealed after the seal, Invalid for a non-finite or
    // decreasing maturity.
    void append(record::RecordTransaction& txn, MonitoringRun& run, double maturity,
                const double* values);
    // Records MvaObservationsSealed with the count and the final digest (once).
    RunSeal seal(record::RecordTransaction& txn, MonitoringRun& run, bool limitReached = false);

    StoredObservations load(const MonitoringRun& run) const;
    // Re-computes the chain from the start event's row hash and compares it with every
    // stored row hash and with the seal event (and the digests alarm events carry).
    ObservationIntegrity verify(const MonitoringRun& run) const;

    const ObservationLimits& limits() const { return limits_; }
    record::Journal& journal() const { return journal_; }

private:
    MonitoringRun readRun(const store::Statement& st) const;
    record::Journal& journal_;
    ObservationLimits limits_;
};

}  // namespace batch::mva
