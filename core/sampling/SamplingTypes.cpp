#include "sampling/SamplingTypes.h"

#include <QDateTime>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace batch::sampling {
namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E value) {
    for (const auto& [v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table,
                         const QString& name) {
    for (const auto& [v, n] : table)
        if (name == QLatin1String(n))
            return v;
    return std::nullopt;
}

constexpr std::array<std::pair<ProductKind, const char*>, 3> kKinds{{
    {ProductKind::RawMaterial, "raw_material"},
    {ProductKind::Intermediate, "intermediate"},
    {ProductKind::FinishedGood, "finished_good"},
}};

constexpr std::array<std::pair<Level, const char*>, 3> kLevels{{
    {Level::Full, "Full"},
    {Level::Reduced, "Reduced"},
    {Level::Skip, "Skip"},
}};

constexpr std::array<std::pair<LotStatus, const char*>, 6> kStatuses{{
    {LotStatus::Created, "Created"},
    {LotStatus::Received, "Received"},
    {LotStatus::Active, "Active"},
    {LotStatus::PendingRelease, "PendingRelease"},
    {LotStatus::Released, "Released"},
    {LotStatus::Rejected, "Rejected"},
}};

}  // namespace

QString productKindName(ProductKind kind) {
    return nameOf(kKinds, kind);
}
std::optional<ProductKind> productKindFromName(const QString& name) {
    return valueOf(kKinds, name);
}
QString levelName(Level level) {
    return nameOf(kLevels, level);
}
std::optional<Level> levelFromName(const QString& name) {
    return valueOf(kLevels, name);
}
QString lotStatusName(LotStatus status) {
    return nameOf(kStatuses, status);
}
std::optional<LotStatus> lotStatusFromName(const QString& name) {
    return valueOf(kStatuses, name);
}
QString outcomeName(Outcome outcome) {
    return outcome == Outcome::Accepted ? QStringLiteral("accepted") : QStringLiteral("rejected");
}

bool isValidId(const QString& id) {
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return valid.match(id).hasMatch();
}

QString utcDate(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

std::int64_t utcMillis(const QString& tsUtc) {
    return QDateTime::fromString(tsUtc, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

}  // namespace batch::sampling
