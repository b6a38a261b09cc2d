#pragma once

// Shared vocabulary of core/sampling (docs/sampling.md): product kinds, testing levels,
// lot states, the event types this module writes and its one error type.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace batch::sampling {

// Translation context of every user-visible sampling message.
class SamplingText {
    Q_DECLARE_TR_FUNCTIONS(SamplingText)
};

enum class ProductKind { RawMaterial, Intermediate, FinishedGood };

// How much of the sampling plan a lot gets.
//  Full    every test of every sample template, on every sample the count rules ask for
//  Reduced the configured subset of tests of each source (sources without one: no samples)
//  Skip    no samples at all (the lot is released on the supplier's certificate)
enum class Level { Full, Reduced, Skip };

// Created -> Received -> Active -> PendingRelease -> Released | Rejected.
enum class LotStatus { Created, Received, Active, PendingRelease, Released, Rejected };

enum class Outcome { Accepted, Rejected };

QString productKindName(ProductKind kind);  // "raw_material", "intermediate", "finished_good"
std::optional<ProductKind> productKindFromName(const QString& name);
QString levelName(Level level);  // "Full", "Reduced", "Skip" (stable, in the record)
std::optional<Level> levelFromName(const QString& name);
QString lotStatusName(LotStatus status);  // "Created", ... (stable, in the record)
std::optional<LotStatus> lotStatusFromName(const QString& name);
QString outcomeName(Outcome outcome);  // "accepted", "rejected"

// Event types of this module. Master data changes carry entity, id, old, new and reason;
// lot events carry lot_id; variant events carry variant_id.
namespace types {
inline const QString kMasterDataChanged = QStringLiteral("MasterDataChanged");
inline const QString kVariantStateChanged = QStringLiteral("VariantStateChanged");
inline const QString kVariantPromotionProposed = QStringLiteral("VariantPromotionProposed");
inline const QString kLotCreated = QStringLiteral("LotCreated");
inline const QString kLotReceived = QStringLiteral("LotReceived");
inline const QString kLotSamplesReceived = QStringLiteral("LotSamplesReceived");
inline const QString kLotResultRecorded = QStringLiteral("LotResultRecorded");
inline const QString kLotResultCorrected = QStringLiteral("LotResultCorrected");
inline const QString kLotOutOfSpecification = QStringLiteral("LotOutOfSpecification");
inline const QString kLotPendingRelease = QStringLiteral("LotPendingRelease");
inline const QString kLotDispositioned = QStringLiteral("LotDispositioned");
}  // namespace types

// Entity names in MasterDataChanged events (payload "entity").
namespace entities {
inline const QString kProduct = QStringLiteral("product");
inline const QString kCountRule = QStringLiteral("count_rule");
inline const QString kVariantRule = QStringLiteral("variant_rule");
inline const QString kPlan = QStringLiteral("sampling_plan");
inline const QString kVariant = QStringLiteral("product_variant");
}  // namespace entities

// Upper bounds that keep hostile master data and lot sizes from costing more than real ones.
inline constexpr int kMaxIdLength = 64;
inline constexpr int kMaxNameLength = 200;
inline constexpr std::int64_t kMaxLotSize = 10'000'000;  // units (containers, drums, ...)
inline constexpr std::int64_t kMaxSamplesPerSource = 1000;
inline constexpr std::int64_t kMaxSamplesPerLot = 2000;  // keeps a LotCreated event bounded
inline constexpr int kMaxExpressionLength = 200;

class SamplingError : public std::runtime_error {
public:
    enum class Kind {
        Invalid,        // bad master data, count rule, chart, value or lot size
        NotAuthorized,  // the actor lacks the permission
        NotFound,       // unknown product, variant, plan, rule, lot, sample or test
        Conflict,       // id already used, or different content without --replace
        WrongState,     // the lot or variant is not in a state that allows this
        SamePerson,     // four eyes: the releaser entered results of the lot
        ReasonRequired,
    };
    SamplingError(Kind kind, const QString& message, QStringList details = {})
        : std::runtime_error(message.toStdString()),
          kind_(kind),
          message_(message),
          details_(std::move(details)) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }
    // One line per problem ("plans[0].sources[1].count.ranges[2]: overlaps ...").
    const QStringList& details() const { return details_; }
    QString fullText() const {
        return details_.isEmpty()
                   ? message_
                   : message_ + QStringLiteral("\n  ") + details_.join(QStringLiteral("\n  "));
    }

private:
    Kind kind_;
    QString message_;
    QStringList details_;
};

// A valid id: 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.
bool isValidId(const QString& id);

// "YYYY-MM-DD" (UTC) of a millisecond time stamp, as decisions are explained.
QString utcDate(std::int64_t ms);
// Milliseconds since the epoch of an event's ts_utc ("YYYY-MM-DDTHH:MM:SS.mmmZ").
std::int64_t utcMillis(const QString& tsUtc);

}  // namespace batch::sampling
