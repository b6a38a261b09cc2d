#include "exec/ExecTypes.h"

#include <array>
#include <utility>

namespace batch::exec {
namespace {

constexpr std::array<std::pair<ExceptionType, const char*>, 9> kExceptionNames{{
    {ExceptionType::OutOfLimits, "out_of_limits"},
    {ExceptionType::Deviation, "deviation"},
    {ExceptionType::Correction, "correction"},
    {ExceptionType::ManualEntryWhereInstrumentExpected, "manual_entry_where_instrument_expected"},
    {ExceptionType::LateEntry, "late_entry"},
    {ExceptionType::HoldOverrun, "hold_overrun"},
    {ExceptionType::Override, "override"},
    {ExceptionType::RefusedAction, "refused_action"},
    {ExceptionType::ClockWentBackwards, "clock_went_backwards"},
}};

}  // namespace

QString exceptionTypeName(ExceptionType type) {
    for (const auto& [t, name] : kExceptionNames)
        if (t == type)
            return QString::fromLatin1(name);
    return {};
}

std::optional<ExceptionType> exceptionTypeFromName(const QString& name) {
    for (const auto& [t, n] : kExceptionNames)
        if (name == QLatin1String(n))
            return t;
    return std::nullopt;
}

QString execErrorKindName(ExecError::Kind kind) {
    using K = ExecError::Kind;
    switch (kind) {
        case K::NotFound:
            return QStringLiteral("not_found");
        case K::Conflict:
            return QStringLiteral("conflict");
        case K::WrongState:
            return QStringLiteral("wrong_state");
        case K::OutOfSequence:
            return QStringLiteral("out_of_sequence");
        case K::InvalidValue:
            return QStringLiteral("invalid_value");
        case K::Unstable:
            return QStringLiteral("unstable");
        case K::TooEarly:
            return QStringLiteral("too_early");
        case K::DeviationRequired:
            return QStringLiteral("deviation_required");
        case K::NotAuthorized:
            return QStringLiteral("not_authorized");
        case K::ReasonRequired:
            return QStringLiteral("reason_required");
        case K::InstrumentRefused:
            return QStringLiteral("instrument_refused");
        case K::NotUsable:
            return QStringLiteral("not_usable");
        case K::OverrideRequired:
            return QStringLiteral("override_required");
    }
    return {};
}

QString overrideKindName(OverrideKind kind) {
    return kind == OverrideKind::ManualEntry ? QStringLiteral("manual_entry")
                                             : QStringLiteral("cleaning_expired");
}

std::optional<OverrideKind> overrideKindFromName(const QString& name) {
    if (name == QLatin1String("manual_entry"))
        return OverrideKind::ManualEntry;
    if (name == QLatin1String("cleaning_expired"))
        return OverrideKind::CleaningExpired;
    return std::nullopt;
}

}  // namespace batch::exec
