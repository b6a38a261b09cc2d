#pragma once

#include "record/Journal.h"
#include "sampling/MasterData.h"
#include "sampling/Qualification.h"
#include "security/Signatures.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace batch::sampling {

// The qualification state of one variant (table sampling_variant_state), a projection of
// its VariantStateChanged and VariantPromotionProposed events.
struct VariantStateRow {
    QString variantId;
    QString state;
    QString sinceUtc;
    std::int64_t sinceMs = 0;
    std::int64_t sinceSeq = 0;
    QString pendingTo;                    // a promotion awaiting QA approval, or empty
    security::SignatureSubject proposal;  // the VariantPromotionProposed event it binds
    QString pendingReason;
    QString pendingSinceUtc;
};

// One entry of a variant's history, read from the record.
struct VariantHistoryEntry {
    QString tsUtc;
    QString type;  // VariantStateChanged, VariantPromotionProposed, MasterDataChanged
    QString userId;
    QString fromState;
    QString toState;
    QString reason;
    QString trigger;     // e.g. "lot L-7 rejected"
    QString approvedBy;  // printed name of the QA approver, for approved promotions
    std::int64_t seq = 0;
};

// Helpers used inside other RecordTransactions (master data, lot disposition).
void indexVariantEvent(record::RecordTransaction& txn, const QString& variantId,
                       const record::EventRecord& e);
// The first state of a new variant: a VariantStateChanged event from "None".
void startVariantState(record::RecordTransaction& txn, const Variant& variant,
                       const QString& initial, const QString& userId);

// The variant state machine on the store (docs/sampling.md §Variant rules): evaluation
// after each lot event, demotions at once, promotions proposed and then approved by a QA
// signature (meaning Approved) bound to the proposal event.
class VariantStates {
public:
    VariantStates(record::Journal& journal, security::SignatureService& signatures);

    static std::optional<VariantStateRow> row(store::Database& db, const QString& variantId);
    // The state and the lot facts the chart decides on.
    static VariantHistory history(store::Database& db, const Variant& variant);

    // Applies every due demotion (in the caller's transaction) and proposes a due
    // promotion unless one is pending. `trigger` says what caused the evaluation.
    // Returns one sentence per change.
    static QStringList reevaluate(record::RecordTransaction& txn, const Variant& variant,
                                  const StateChart& chart, const QString& userId,
                                  const QString& trigger);

    std::optional<VariantStateRow> row(const QString& variantId) const;

    // QA approves the pending promotion of the variant: a signature (Approved) on the
    // proposal, then, if the promotion is still due, the state change referencing it.
    // Throws SamplingError (NotFound, WrongState) or security::SecurityError.
    VariantStateRow approve(const Variant& variant, const StateChart& chart, const QString& qaId,
                            const QString& password, const QString& comment = {});

    std::vector<VariantHistoryEntry> historyOf(const QString& variantId) const;

private:
    record::Journal& journal_;
    security::SignatureService& signatures_;
};

}  // namespace batch::sampling
