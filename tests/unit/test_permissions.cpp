// The role/permission matrix, cell by cell, and the stable names written into the record.
#include "security/Roles.h"

#include <QtTest>

#include <map>
#include <set>
#include <stdexcept>

using namespace batch::security;

Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(Permission)
Q_DECLARE_METATYPE(SignatureMeaning)

namespace {

// The expected matrix, written out independently of Roles.cpp (by permission name, so
// that a reordered enum cannot shift a column unnoticed).
const std::map<QString, std::set<QString>> kExpected{
    {QStringLiteral("operator"), {"execute_steps", "verify_steps"}},
    {QStringLiteral("supervisor"),
     {"execute_steps", "verify_steps", "handle_deviations", "view_audit_trail",
      "watch_dashboards"}},
    {QStringLiteral("qa"),
     {"verify_steps", "handle_deviations", "review_records", "release_batches", "view_audit_trail",
      "verify_audit_trail", "watch_dashboards", "release_materials"}},
    {QStringLiteral("admin"),
     {"manage_users", "manage_master_data", "view_audit_trail", "verify_audit_trail", "switch_user",
      "watch_dashboards"}},
};

}  // namespace

class TestPermissions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matrixCell_data() {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("expected");
        QCOMPARE(allRoles().size(), 4);
        QCOMPARE(allPermissions().size(), 12);
        for (Role r : allRoles())
            for (Permission p : allPermissions()) {
                const QString rn = roleName(r);
                const QString pn = permissionName(p);
                const bool expected = kExpected.at(rn).count(pn) == 1;
                QTest::addRow("%s x %s", qPrintable(rn), qPrintable(pn)) << r << p << expected;
            }
    }
    void matrixCell() {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, expected);
        QCOMPARE(PermissionMatrix::allows(role, permission), expected);
        QCOMPARE(PermissionMatrix::allows(QList<Role>{role}, permission), expected);
    }

    void everyExpectedNameIsARealPermission() {
        QStringList names;
        for (Permission p : allPermissions()) names.append(permissionName(p));
        for (const auto& [role, permissions] : kExpected)
            for (const QString& p : permissions) QVERIFY2(names.contains(p), qPrintable(p));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    }

    void roleListCombinesGrants() {
        QVERIFY(!PermissionMatrix::allows(QList<Role>{}, Permission::ExecuteSteps));
        const QList<Role> opAdmin{Role::Operator, Role::Admin};
        QVERIFY(PermissionMatrix::allows(opAdmin, Permission::ExecuteSteps));
        QVERIFY(PermissionMatrix::allows(opAdmin, Permission::ManageUsers));
        QVERIFY(!PermissionMatrix::allows(opAdmin, Permission::ReleaseBatches));
    }

    void adminNeitherExecutesNorReleases() {
        QVERIFY(!PermissionMatrix::allows(Role::Admin, Permission::ExecuteSteps));
        QVERIFY(!PermissionMatrix::allows(Role::Admin, Permission::ReleaseBatches));
        // The administrator receives material lots; only QA releases them.
        QVERIFY(PermissionMatrix::allows(Role::Admin, Permission::ManageMasterData));
        QVERIFY(!PermissionMatrix::allows(Role::Admin, Permission::ReleaseMaterials));
    }

    void requiredForMeaning_data() {
        QTest::addColumn<SignatureMeaning>("meaning");
        QTest::addColumn<Permission>("permission");
        QTest::newRow("Performed") << SignatureMeaning::Performed << Permission::ExecuteSteps;
        QTest::newRow("Verified") << SignatureMeaning::Verified << Permission::VerifySteps;
        QTest::newRow("Reviewed") << SignatureMeaning::Reviewed << Permission::ReviewRecords;
        QTest::newRow("Approved") << SignatureMeaning::Approved << Permission::ReviewRecords;
        QTest::newRow("Released") << SignatureMeaning::Released << Permission::ReleaseBatches;
        QTest::newRow("Rejected") << SignatureMeaning::Rejected << Permission::ReleaseBatches;
        QTest::newRow("Quarantined") << SignatureMeaning::Quarantined << Permission::ReleaseBatches;
    }
    void requiredForMeaning() {
        QFETCH(SignatureMeaning, meaning);
        QFETCH(Permission, permission);
        QCOMPARE(PermissionMatrix::requiredFor(meaning), permission);
    }

    void roleNamesRoundTrip() {
        const QStringList expected{"operator", "supervisor", "qa", "admin"};
        QStringList names;
        for (Role r : allRoles()) {
            names.append(roleName(r));
            QCOMPARE(roleFromName(roleName(r)), std::optional<Role>(r));
            QVERIFY(!roleTitle(r).isEmpty());
        }
        QCOMPARE(names, expected);
        QVERIFY(!roleFromName(QStringLiteral("Operator")));  // stable ids are exact
        QVERIFY(!roleFromName(QStringLiteral("root")));
        QVERIFY(!roleFromName(QString()));
    }

    void meaningNamesRoundTrip() {
        const QStringList expected{"Performed", "Verified", "Reviewed",   "Approved",
                                   "Released",  "Rejected", "Quarantined"};
        for (const QString& name : expected) {
            const auto m = meaningFromName(name);
            QVERIFY2(m.has_value(), qPrintable(name));
            QCOMPARE(meaningName(*m), name);
        }
        QVERIFY(!meaningFromName(QStringLiteral("performed")));
        QVERIFY(!meaningFromName(QStringLiteral("Witnessed")));
    }

    void parseAndJoinRoles() {
        QCOMPARE(parseRoles(QStringLiteral("operator")), QList<Role>{Role::Operator});
        QCOMPARE(parseRoles(QStringLiteral(" qa , operator ")),
                 (QList<Role>{Role::Qa, Role::Operator}));
        QCOMPARE(parseRoles(QString()), QList<Role>{});
        // Joined in canonical order, so equal sets give equal stored text.
        QCOMPARE(joinRoles({Role::Admin, Role::Operator, Role::Admin}),
                 QStringLiteral("operator,admin"));
        QCOMPARE(joinRoles({}), QString());
        const QList<Role> all = allRoles();
        QCOMPARE(parseRoles(joinRoles(all)), all);
    }

    void parseRolesErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown") << "operator,root"
                                 << "root";
        QTest::newRow("wrong case") << "Admin"
                                    << "Admin";
        QTest::newRow("empty part") << "operator,,qa"
                                    << "empty";
        QTest::newRow("trailing comma") << "qa,"
                                        << "empty";
        QTest::newRow("duplicate") << "qa,qa"
                                   << "twice";
    }
    void parseRolesErrors() {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        try {
            parseRoles(text);
            QFAIL("parseRoles accepted bad input");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "test_permissions.moc"
