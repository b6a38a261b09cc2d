#include "security/Roles.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <stdexcept>

namespace batch::security {
namespace {

using P = Permission;

// The role/permission matrix (DESIGN.md §5). The one place that says who may do what;
// tests/unit/test_permissions.cpp checks it cell by cell.
//
//   permission         operator  supervisor  qa   admin
//   ExecuteSteps          x          x
//   VerifySteps           x          x        x
//   HandleDeviations                 x        x
//   ReviewRecords                             x
//   ReleaseBatches                            x
//   ViewAuditTrail                   x        x     x
//   VerifyAuditTrail                          x     x
//   ManageUsers                                     x
//   ManageMasterData                                x
//   SwitchUser                                      x
//   WatchDashboards                  x        x     x
//   ReleaseMaterials                          x
//
// The administrator deliberately neither executes steps nor releases batches: whoever
// manages the users must not also be able to produce and approve the record. Likewise
// the administrator receives material lots (master data) but only QA releases them.
constexpr std::uint32_t bit(Permission p) {
    return 1u << static_cast<unsigned>(p);
}

struct Grant {
    Role role;
    std::uint32_t permissions;  // one bit per Permission
};

// One role per row, in the order of the table above.
// clang-format off
constexpr std::array kGrants{
    Grant{Role::Operator,
          bit(P::ExecuteSteps) | bit(P::VerifySteps)},
    Grant{Role::Supervisor,
          bit(P::ExecuteSteps) | bit(P::VerifySteps) | bit(P::HandleDeviations) |
          bit(P::ViewAuditTrail) | bit(P::WatchDashboards)},
    Grant{Role::Qa,
          bit(P::VerifySteps) | bit(P::HandleDeviations) | bit(P::ReviewRecords) |
          bit(P::ReleaseBatches) | bit(P::ViewAuditTrail) | bit(P::VerifyAuditTrail) |
          bit(P::WatchDashboards) | bit(P::ReleaseMaterials)},
    Grant{Role::Admin,
          bit(P::ManageUsers) | bit(P::ManageMasterData) | bit(P::ViewAuditTrail) |
          bit(P::VerifyAuditTrail) | bit(P::SwitchUser) | bit(P::WatchDashboards)},
};
// clang-format on

// The permission a signature of each meaning needs:
//   Performed -> ExecuteSteps      (who did the work)
//   Verified  -> VerifySteps       (the second person; must differ from the performer)
//   Reviewed  -> ReviewRecords     (QA review by exception)
//   Approved  -> ReviewRecords     (QA approves what it reviewed)
//   Released  -> ReleaseBatches    (QA disposition)
//   Rejected  -> ReleaseBatches    (QA disposition: the batch is rejected)
//   Quarantined -> ReleaseBatches  (QA disposition: held in quarantine pending a decision)

}  // namespace

QString roleName(Role role) {
    switch (role) {
        case Role::Operator:
            return QStringLiteral("operator");
        case Role::Supervisor:
            return QStringLiteral("supervisor");
        case Role::Qa:
            return QStringLiteral("qa");
        case Role::Admin:
            return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name) {
    for (Role r : allRoles())
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

QString roleTitle(Role role) {
    switch (role) {
        case Role::Operator:
            return QCoreApplication::translate("Security", "Operator");
        case Role::Supervisor:
            return QCoreApplication::translate("Security", "Supervisor");
        case Role::Qa:
            return QCoreApplication::translate("Security", "Quality assurance");
        case Role::Admin:
            return QCoreApplication::translate("Security", "Administrator");
    }
    return {};
}

QString permissionName(Permission permission) {
    switch (permission) {
        case P::ExecuteSteps:
            return QStringLiteral("execute_steps");
        case P::VerifySteps:
            return QStringLiteral("verify_steps");
        case P::HandleDeviations:
            return QStringLiteral("handle_deviations");
        case P::ReviewRecords:
            return QStringLiteral("review_records");
        case P::ReleaseBatches:
            return QStringLiteral("release_batches");
        case P::ViewAuditTrail:
            return QStringLiteral("view_audit_trail");
        case P::VerifyAuditTrail:
            return QStringLiteral("verify_audit_trail");
        case P::ManageUsers:
            return QStringLiteral("manage_users");
        case P::ManageMasterData:
            return QStringLiteral("manage_master_data");
        case P::SwitchUser:
            return QStringLiteral("switch_user");
        case P::WatchDashboards:
            return QStringLiteral("watch_dashboards");
        case P::ReleaseMaterials:
            return QStringLiteral("release_materials");
    }
    return {};
}

QString meaningName(SignatureMeaning meaning) {
    switch (meaning) {
        case SignatureMeaning::Performed:
            return QStringLiteral("Performed");
        case SignatureMeaning::Verified:
            return QStringLiteral("Verified");
        case SignatureMeaning::Reviewed:
            return QStringLiteral("Reviewed");
        case SignatureMeaning::Approved:
            return QStringLiteral("Approved");
        case SignatureMeaning::Released:
            return QStringLiteral("Released");
        case SignatureMeaning::Rejected:
            return QStringLiteral("Rejected");
        case SignatureMeaning::Quarantined:
            return QStringLiteral("Quarantined");
    }
    return {};
}

std::optional<SignatureMeaning> meaningFromName(const QString& name) {
    for (SignatureMeaning m :
         {SignatureMeaning::Performed, SignatureMeaning::Verified, SignatureMeaning::Reviewed,
          SignatureMeaning::Approved, SignatureMeaning::Released, SignatureMeaning::Rejected,
          SignatureMeaning::Quarantined})
        if (meaningName(m) == name)
            return m;
    return std::nullopt;
}

QList<Role> allRoles() {
    return {Role::Operator, Role::Supervisor, Role::Qa, Role::Admin};
}

QList<Permission> allPermissions() {
    return {P::ExecuteSteps,     P::VerifySteps,    P::HandleDeviations, P::ReviewRecords,
            P::ReleaseBatches,   P::ViewAuditTrail, P::VerifyAuditTrail, P::ManageUsers,
            P::ManageMasterData, P::SwitchUser,     P::WatchDashboards,  P::ReleaseMaterials};
}

QList<Role> parseRoles(const QString& commaSeparated) {
    QList<Role> roles;
    if (commaSeparated.trimmed().isEmpty())
        return roles;
    for (const QString& part : commaSeparated.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            throw std::invalid_argument("empty role name in '" + commaSeparated.toStdString() +
                                        "'");
        const auto role = roleFromName(name);
        if (!role)
            throw std::invalid_argument("unknown role '" + name.toStdString() + "'");
        if (roles.contains(*role))
            throw std::invalid_argument("role '" + name.toStdString() + "' given twice");
        roles.append(*role);
    }
    return roles;
}

QString joinRoles(const QList<Role>& roles) {
    // Canonical order (the enum's) and no duplicates, so that the stored text and the
    // old/new values in events compare equal whenever the role sets are equal.
    QStringList names;
    for (Role r : allRoles())
        if (roles.contains(r))
            names.append(roleName(r));
    return names.join(QLatin1Char(','));
}

bool PermissionMatrix::allows(Role role, Permission permission) {
    for (const Grant& g : kGrants)
        if (g.role == role)
            return (g.permissions & bit(permission)) != 0;
    return false;
}

bool PermissionMatrix::allows(const QList<Role>& roles, Permission permission) {
    for (Role r : roles)
        if (allows(r, permission))
            return true;
    return false;
}

Permission PermissionMatrix::requiredFor(SignatureMeaning meaning) {
    switch (meaning) {
        case SignatureMeaning::Performed:
            return P::ExecuteSteps;
        case SignatureMeaning::Verified:
            return P::VerifySteps;
        case SignatureMeaning::Reviewed:
            return P::ReviewRecords;
        case SignatureMeaning::Approved:
            return P::ReviewRecords;
        case SignatureMeaning::Released:
        case SignatureMeaning::Rejected:
        case SignatureMeaning::Quarantined:
            return P::ReleaseBatches;
    }
    // An out-of-range value must never grant anything: ask for what only QA holds.
    return P::ReleaseBatches;
}

}  // namespace batch::security
