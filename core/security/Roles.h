#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace batch::security {

enum class Role { Operator, Supervisor, Qa, Admin };

enum class Permission {
    ExecuteSteps,       // run batch steps, enter and capture values
    VerifySteps,        // second-person verification of a step
    HandleDeviations,   // raise, assess and close deviations
    ReviewRecords,      // QA review by exception
    ReleaseBatches,     // QA disposition (release / reject / quarantine)
    ViewAuditTrail,     // read the audit trail viewer
    VerifyAuditTrail,   // run the integrity verification
    ManageUsers,        // add, disable, unlock users, reset passwords, change settings
    ManageMasterData,   // master batch records, instruments, sampling plans
    SwitchUser,         // open a session locked by another user
    WatchDashboards,    // live trends and MVA charts of all stations
    ReleaseMaterials,   // QA decisions on material lots: release, reject, quarantine, expire
};

// The meaning of an electronic signature (21 CFR 11.50(a)(3)).
// Rejected and Quarantined are QA's disposition decisions besides release (core/review);
// like Released they need ReleaseBatches.
enum class SignatureMeaning { Performed, Verified, Reviewed, Approved, Released, Rejected, Quarantined };

QString roleName(Role role);                        // "operator", "supervisor", "qa", "admin"
std::optional<Role> roleFromName(const QString& name);
QString roleTitle(Role role);                       // translated display name
QString permissionName(Permission permission);      // stable identifier, e.g. "execute_steps"
QString meaningName(SignatureMeaning meaning);      // "Performed", ... (stable, in the record)
std::optional<SignatureMeaning> meaningFromName(const QString& name);
QList<Role> allRoles();
QList<Permission> allPermissions();

// Parses "operator,qa" into roles; throws std::invalid_argument naming the bad role.
QList<Role> parseRoles(const QString& commaSeparated);
QString joinRoles(const QList<Role>& roles);

// The role/permission matrix: the one place that says who may do what.
class PermissionMatrix {
public:
    static bool allows(Role role, Permission permission);
    static bool allows(const QList<Role>& roles, Permission permission);
    // The permission a signer needs for a signature of this meaning.
    static Permission requiredFor(SignatureMeaning meaning);
};

}  // namespace batch::security
