// Pure pieces of core/sync (no server): the array literal encoder that carries a push,
// the priority rule, URL redaction and the configuration file's checks.
#include "record/Event.h"
#include "sync/PgConnection.h"
#include "sync/SyncClient.h"
#include "sync/SyncConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace batch;

class TestSyncUnits : public QObject {
    Q_OBJECT

private slots:
    void textArrayEscapesQuotesAndBackslashesOnly() {
        sync::PgTextArray a;
        a.add(QByteArray("{\"a\":\"x \\\"y\\\" \\\\ z\"}"));
        a.add(QString::fromUtf8("Grüße, {} NULL"));
        a.add(QByteArray());
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.take(), QByteArray("{\"{\\\"a\\\":\\\"x \\\\\\\"y\\\\\\\" \\\\\\\\ "
                                      "z\\\"}\",\"Grüße, {} NULL\",\"\"}"));
        QCOMPARE(a.take(), QByteArray("{}"));  // reusable after take()
        sync::PgTextArray n;
        n.add(std::int64_t(1));
        n.add(std::int64_t(-9007199254740991));
        QCOMPARE(n.take(), QByteArray("{1,-9007199254740991}"));
    }

    void priorityEventsAreAccountChangesAndFlaggedOnes() {
        record::EventRecord e;
        e.type = record::types::kAccountLocked;
        e.payload = "{}";
        QVERIFY(sync::isPriorityEvent(e));
        e.type = record::types::kCommentAdded;
        QVERIFY(!sync::isPriorityEvent(e));
        e.payload = "{\"priority\":\"high\"}";
        QVERIFY(sync::isPriorityEvent(e));
        e.payload = "{\"text\":\"priority high\"}";
        QVERIFY(!sync::isPriorityEvent(e));
    }

    void redactedUrlNeverShowsThePassword() {
        sync::ConnectionSettings s;
        s.url =
            QStringLiteral("postgresql://st01:hunter2@db.example:5433/batch?sslmode=verify-full");
        s.password = QStringLiteral("other-secret");
        QVERIFY(s.urlHasPassword());
        const QString r = s.redacted();
        QVERIFY2(
            !r.contains(QStringLiteral("hunter2")) && !r.contains(QStringLiteral("other-secret")),
            qPrintable(r));
        QVERIFY2(r.contains(QStringLiteral("host=db.example")) &&
                     r.contains(QStringLiteral("sslmode=verify-full")),
                 qPrintable(r));
        s.url = QStringLiteral("host=db.example dbname=batch");
        QVERIFY(!s.urlHasPassword());
    }

    void configRejectsBadValuesNamingFileAndKey() {
        QTemporaryDir dir;
        const QString conf = dir.filePath(QStringLiteral("station.conf"));
        auto write = [&](const QByteArray& text) {
            QFile f(conf);
            f.open(QIODevice::WriteOnly);
            f.write(text);
        };
        write("[central]\nurl=postgresql://h/db\n[sync]\nclock_offset_bound_ms=-5\n");
        try {
            sync::loadSyncConfig(conf);
            QFAIL("a negative bound was accepted");
        } catch (const sync::SyncError& e) {
            QVERIFY(e.message().contains(conf) &&
                    e.message().contains(QStringLiteral("clock_offset_bound_ms")));
        }
        write("[central]\nurl=postgresql://h/db\npassword_file=/nonexistent/pw\n");
        QVERIFY_THROWS_EXCEPTION(sync::SyncError, sync::loadSyncConfig(conf));
        write("[central]\nurl=postgresql://h/db\n[dashboard]\npassword_file=/x\n");
        QVERIFY_THROWS_EXCEPTION(sync::SyncError, sync::loadSyncConfig(conf));  // no user
        write("[sync]\npoll_ms=100\n");
        QVERIFY(!sync::loadSyncConfig(conf).configured());
        QVERIFY_THROWS_EXCEPTION(
            sync::SyncError, sync::loadSyncConfig(dir.filePath(QStringLiteral("missing.conf"))));
    }
};

QTEST_GUILESS_MAIN(TestSyncUnits)
#include "test_sync_units.moc"
