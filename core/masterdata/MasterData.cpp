#include "masterdata/MasterData.h"

#include "record/Event.h"

#include <QDate>
#include <QRegularExpression>

namespace batch::masterdata::detail {

using Kind = MasterDataError::Kind;

QString key(const char* name) {
    return QString::fromLatin1(name);
}

void requireCode(const QString& value, const QString& what) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!re.match(value).hasMatch())
        throw MasterDataError(Kind::Invalid,
                              MasterDataText::tr("\"%1\" is not a valid %2 (letters, digits, "
                                                 "\".\", \"_\" or \"-\", starting with a letter "
                                                 "or digit; at most 64 characters).")
                                  .arg(value, what));
}

QString requireText(const QString& value, const QString& what, int maxLength) {
    const QString v = value.trimmed();
    if (v.isEmpty())
        throw MasterDataError(Kind::Invalid, MasterDataText::tr("The %1 is required.").arg(what));
    if (v.size() > maxLength)
        throw MasterDataError(
            Kind::Invalid,
            MasterDataText::tr("The %1 is longer than %2 characters.").arg(what).arg(maxLength));
    return v;
}

QString requireReason(const QString& reason) {
    const QString r = reason.trimmed();
    if (r.isEmpty())
        throw MasterDataError(Kind::Invalid,
                              MasterDataText::tr("A reason is required for every change of "
                                                 "master data."));
    if (r.size() > 1000)
        throw MasterDataError(Kind::Invalid,
                              MasterDataText::tr("The reason is longer than 1000 characters."));
    return r;
}

void requireDate(const QString& value, const QString& what) {
    if (!record::parseIsoDate(value))
        throw MasterDataError(
            Kind::Invalid,
            MasterDataText::tr("The %1 \"%2\" is not a date (YYYY-MM-DD).").arg(what, value));
}

void requirePermission(const security::User& actor, security::Permission permission) {
    if (actor.disabled || !actor.has(permission))
        throw MasterDataError(Kind::NotAuthorized,
                              MasterDataText::tr("User %1 (roles: %2) may not do this (needs %3).")
                                  .arg(actor.id, security::joinRoles(actor.roles),
                                       security::permissionName(permission)));
}

QString utcDate(std::int64_t msSinceEpoch) {
    return record::formatUtcMillis(msSinceEpoch).left(10);
}

}  // namespace batch::masterdata::detail
