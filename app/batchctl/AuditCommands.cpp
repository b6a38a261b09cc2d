// `batchctl audit ...`: read, verify and checkpoint the hash-chained event log.
#include "Commands.h"
#include "StoreAccess.h"

#include "record/AuditVerifier.h"
#include "record/Event.h"
#include "record/Journal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace batch::cli {
namespace {

// ISO 8601 date or date-time; without an offset the time is taken as UTC (the log's
// clock), so the filter means the same on every workstation.
QString parseSince(const QString& text) {
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            dt = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    } else if (dt.timeSpec() == Qt::LocalTime) {
        dt.setTimeZone(QTimeZone::utc());
    }
    if (!dt.isValid())
        usageError(QStringLiteral("batchctl audit show: --since '%1' is not an ISO 8601 date or "
                                  "date-time (e.g. 2026-11-23 or 2026-11-23T19:00:00Z)")
                       .arg(text));
    return record::formatUtcMillis(dt.toMSecsSinceEpoch());
}

QJsonObject eventJson(const record::EventRecord& e) {
    return QJsonObject{
        {QStringLiteral("station_id"), e.stationId},
        {QStringLiteral("seq"), static_cast<qint64>(e.seq)},
        {QStringLiteral("event_id"), e.eventId},
        {QStringLiteral("type"), e.type},
        {QStringLiteral("user_id"), e.userId},
        {QStringLiteral("ts_utc"), e.tsUtc},
        {QStringLiteral("payload"), QJsonDocument::fromJson(e.payload).object()},
        {QStringLiteral("prev_hash"), e.prevHash},
        {QStringLiteral("row_hash"), e.rowHash},
    };
}

int show(const QStringList& args) {
    Command cmd(QStringLiteral("audit show"),
                QStringLiteral("Show events of the audit trail in sequence order."));
    addStoreOptions(cmd);
    cmd.flag(QStringLiteral("json"),
             QStringLiteral("Print a JSON array of events with all columns."));
    cmd.option(QStringLiteral("type"), QStringLiteral("Only events of this type."),
               QStringLiteral("type"));
    cmd.option(QStringLiteral("user"), QStringLiteral("Only events by this user id."),
               QStringLiteral("id"));
    cmd.option(QStringLiteral("since"),
               QStringLiteral("Only events at or after this ISO 8601 time (UTC unless an offset "
                              "is given)."),
               QStringLiteral("time"));
    cmd.option(QStringLiteral("limit"), QStringLiteral("At most N events (the first N matching)."),
               QStringLiteral("N"));
    if (!cmd.parse(args))
        return kExitOk;

    const StoreLocation where = storeLocation(cmd);
    record::EventQuery query;
    if (cmd.isSet(QStringLiteral("type")))
        query.type = cmd.require(QStringLiteral("type"));
    if (cmd.isSet(QStringLiteral("user")))
        query.userId = cmd.require(QStringLiteral("user"));
    if (cmd.isSet(QStringLiteral("since")))
        query.sinceUtc = parseSince(cmd.require(QStringLiteral("since")));
    if (cmd.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = cmd.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit <= 0)
            usageError(QStringLiteral("batchctl audit show: --limit '%1' is not a positive "
                                      "integer")
                           .arg(cmd.value(QStringLiteral("limit"))));
    }
    const bool json = cmd.isSet(QStringLiteral("json"));

    return withStation(where, [&](Station& station) {
        const std::vector<record::EventRecord> events = station.journal().events(query);
        if (json) {
            QJsonArray array;
            for (const auto& e : events) array.append(eventJson(e));
            printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
            return int(kExitOk);
        }
        QList<QStringList> rows;
        const bool severalStations = std::any_of(events.begin(), events.end(), [&](auto& e) {
            return e.stationId != station.stationId();
        });
        for (const auto& e : events) {
            const QString seq = severalStations
                                    ? QStringLiteral("%1/%2").arg(e.stationId).arg(e.seq)
                                    : QString::number(e.seq);
            rows.append({seq, e.tsUtc, e.userId, e.type, QString::fromUtf8(e.payload)});
        }
        printOut(
            formatTable({QStringLiteral("SEQ"), QStringLiteral("TIME (UTC)"),
                         QStringLiteral("USER"), QStringLiteral("TYPE"), QStringLiteral("PAYLOAD")},
                        rows));
        return int(kExitOk);
    });
}

int verify(const QStringList& args) {
    Command cmd(QStringLiteral("audit verify"),
                QStringLiteral("Verify the whole hash chain, the station seals and every signed "
                               "checkpoint.\nExit 0 when everything holds, 1 naming the first "
                               "broken station/seq otherwise.\nRead-only: the store is never "
                               "changed (not even upgraded to a newer schema)."));
    addStoreOptions(cmd);
    cmd.flag(QStringLiteral("json"),
             QStringLiteral("Print {\"ok\":..,\"events\":N,\"first_broken\":{\"station_id\","
                            "\"seq\",\"reason\",..}}."));
    if (!cmd.parse(args))
        return kExitOk;

    const StoreLocation where = storeLocation(cmd);
    const bool json = cmd.isSet(QStringLiteral("json"));
    // Verification never changes the store it checks: read-only, no migration.
    return withReadOnlyStore(where, [&](store::Database& db) {
        const record::VerifyReport report = record::verifyAuditTrail(db);
        if (json)
            printOut(QString::fromUtf8(report.toJson()) + QLatin1Char('\n'));
        if (report.ok) {
            if (!json)
                printOut(QStringLiteral("audit trail OK: %1 events, %2 signed checkpoints, %3 "
                                        "station(s) in %4\n")
                             .arg(report.events)
                             .arg(report.checkpoints)
                             .arg(report.stations)
                             .arg(where.dbPath));
            return int(kExitOk);
        }
        const record::ChainBreak& b = *report.firstBroken;
        printErr(QStringLiteral("audit trail BROKEN in %1: first broken row is station %2 seq "
                                "%3 (%4): %5\n")
                     .arg(where.dbPath, b.stationId)
                     .arg(b.seq)
                     .arg(record::breakKindName(b.kind), b.reason));
        return int(kExitFailure);
    });
}

int checkpoint(const QStringList& args) {
    Command cmd(QStringLiteral("audit checkpoint"),
                QStringLiteral("Sign the current head of this station's log with the station's "
                               "Ed25519 key (no-op if the head is already signed)."));
    addStoreOptions(cmd);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print the checkpoint as JSON."));
    if (!cmd.parse(args))
        return kExitOk;

    const StoreLocation where = storeLocation(cmd);
    const bool json = cmd.isSet(QStringLiteral("json"));
    return withStation(where, [&](Station& station) {
        if (station.journal().headSeq() == 0)
            failure(
                QStringLiteral("%1: the log is empty, there is no head to sign").arg(where.dbPath));
        const record::Checkpoint cp = station.journal().checkpointNow();
        if (json) {
            const QJsonObject o{{QStringLiteral("station_id"), cp.stationId},
                                {QStringLiteral("seq"), static_cast<qint64>(cp.seq)},
                                {QStringLiteral("head_hash"), cp.headHash},
                                {QStringLiteral("ts_utc"), cp.tsUtc},
                                {QStringLiteral("signature"), cp.signature}};
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) +
                     QLatin1Char('\n'));
        } else {
            printOut(QStringLiteral("checkpoint signed: station %1 seq %2 head %3 at %4\n")
                         .arg(cp.stationId)
                         .arg(cp.seq)
                         .arg(cp.headHash, cp.tsUtc));
        }
        return int(kExitOk);
    });
}

}  // namespace

std::vector<Subcommand> auditSubcommands() {
    return {
        {QStringLiteral("show"), QStringLiteral("Show events (filters: type, user, since, limit)"),
         show},
        {QStringLiteral("verify"),
         QStringLiteral("Verify the hash chain and checkpoint signatures"), verify},
        {QStringLiteral("checkpoint"), QStringLiteral("Sign the head of the log now"), checkpoint},
    };
}

}  // namespace batch::cli
