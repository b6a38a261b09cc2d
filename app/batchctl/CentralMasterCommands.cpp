// `batchctl central instrument publish|retire` and `batchctl central sampling publish`:
// the instrument master and sampling master data as central master data (docs/sync.md
// §Master data). Instruments are published from an authoring store where they are kept
// with `batchctl instrument …` (validated, calibrations recorded, every change audited);
// sampling master data as a document file (docs/sampling.md). Stations apply both at
// their next sync, all or nothing per document, and report refusals back up.
#include "CentralAccess.h"
#include "Commands.h"
#include "SamplingSupport.h"
#include "StoreAccess.h"

#include "instruments/InstrumentRegistry.h"
#include "record/CanonicalJson.h"
#include "sampling/MasterDataParser.h"
#include "sync/CentralAdmin.h"
#include "sync/MasterData.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace batch::cli {
namespace {

using instruments::Instrument;

void addReason(Command& cmd) {
    cmd.option(s("reason"), s("Why (recorded centrally and at every station)."), s("TEXT"), true);
}

void requireSize(const Command& cmd, const QJsonObject& doc) {
    const qsizetype size = record::encodeCanonical(doc).size();
    if (size > record::CanonicalLimits{}.maxBytes)
        failure(QStringLiteral("%1: the document has %2 bytes; stations accept at most %3")
                    .arg(cmd.path())
                    .arg(size)
                    .arg(record::CanonicalLimits{}.maxBytes));
}

// The instruments named by --id (comma-separated) or all of them (--all), read from the
// authoring store. Simulators never leave their station.
std::vector<Instrument> instrumentsToPublish(const Command& cmd) {
    const bool all = cmd.isSet(s("all"));
    if (all == cmd.isSet(s("id")))
        usageError(QStringLiteral("%1: give --id ID[,ID...] or --all").arg(cmd.path()));
    std::vector<Instrument> out;
    withStation(storeLocation(cmd), [&](Station& station) {
        if (all) {
            for (const Instrument& in : station.instruments().list())
                if (!in.simulated)
                    out.push_back(in);
            if (out.empty())
                failure(QStringLiteral("%1: the store has no instrument to publish (simulators "
                                       "are never published)")
                            .arg(cmd.path()));
            return 0;
        }
        for (const QString& id : cmd.value(s("id")).split(u',', Qt::SkipEmptyParts)) {
            const auto in = station.instruments().find(id.trimmed());
            if (!in)
                failure(QStringLiteral("%1: the store has no instrument %2")
                            .arg(cmd.path(), id.trimmed()));
            if (in->simulated)
                failure(QStringLiteral("%1: instrument %2 is a simulator; simulators are never "
                                       "published")
                            .arg(cmd.path(), in->id));
            out.push_back(*in);
        }
        return 0;
    });
    return out;
}

int instrumentPublish(const QStringList& args) {
    Command cmd(s("central instrument publish"),
                s("Publish instruments of an authoring store's instrument master (identity, "
                  "metrology, calibration, state) to every station. Stations keep their own "
                  "connection settings and daily checks; a new instrument arrives without a "
                  "connection until the station's port is set (batchctl instrument update). "
                  "Instruments whose central state is already the same are skipped."));
    addCentralOptions(cmd);
    addStoreOptions(cmd);
    cmd.option(s("id"), s("Instrument ids, comma-separated."), s("ID[,ID...]"));
    cmd.flag(s("all"), s("Every instrument of the store except simulators."));
    addReason(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    const std::vector<Instrument> list = instrumentsToPublish(cmd);
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        for (const Instrument& in : list) {
            const QJsonObject doc = instruments::centralInstrumentDocument(in);
            const auto current =
                sync::currentMasterData(c, instruments::kCentralInstrumentKind, in.id);
            if (current && *current == doc) {
                printOut(
                    QStringLiteral("instrument %1 unchanged (already published)\n").arg(in.id));
                continue;
            }
            if (current && current->value(s("state")).toString() == s("retired"))
                failure(QStringLiteral("%1: instrument %2 is retired centrally; a retired "
                                       "instrument does not come back into use")
                            .arg(cmd.path(), in.id));
            const std::int64_t seq = sync::publishMasterData(c, instruments::kCentralInstrumentKind,
                                                             in.id, doc, cmd.value(s("reason")));
            printOut(QStringLiteral("instrument %1 (%2, calibration due %3) published as change "
                                    "%4\n")
                         .arg(in.id, instruments::instrumentStateName(in.state),
                              in.calibrationDue.isValid() ? in.calibrationDue.toString(Qt::ISODate)
                                                          : s("not recorded"))
                         .arg(seq));
        }
        return int(kExitOk);
    });
}

int instrumentRetire(const QStringList& args) {
    Command cmd(s("central instrument retire"),
                s("Retire a published instrument at every station: from their next sync it "
                  "records no value any more."));
    addCentralOptions(cmd);
    cmd.option(s("id"), s("Instrument id."), s("ID"), true);
    addReason(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    const QString id = cmd.value(s("id"));
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        auto doc = sync::currentMasterData(c, instruments::kCentralInstrumentKind, id);
        if (!doc)
            failure(QStringLiteral("%1: instrument %2 was never published").arg(cmd.path(), id));
        if (doc->value(s("state")).toString() == s("retired"))
            failure(QStringLiteral("%1: instrument %2 is already retired").arg(cmd.path(), id));
        doc->insert(s("state"), s("retired"));
        const std::int64_t seq = sync::publishMasterData(c, instruments::kCentralInstrumentKind, id,
                                                         *doc, cmd.value(s("reason")));
        printOut(QStringLiteral("instrument %1 retired as change %2\n").arg(id).arg(seq));
        return int(kExitOk);
    });
}

int samplingPublish(const QStringList& args) {
    Command cmd(s("central sampling publish"),
                s("Publish a sampling master data document (docs/sampling.md) to every "
                  "station, where it is applied all or nothing; items a station holds with "
                  "other content are replaced with this reason. The document must be complete "
                  "in itself: every product, plan, count rule and variant rule it refers to is "
                  "in it. Publishing the same name again replaces the document."));
    addCentralOptions(cmd);
    cmd.option(s("file"), s("The master data JSON file."), s("FILE"), true);
    cmd.option(s("name"),
               s("The document's central name (default: the file name without its extension)."),
               s("NAME"));
    addReason(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    const QString file = cmd.value(s("file"));
    const QString name =
        cmd.isSet(s("name")) ? cmd.value(s("name")) : QFileInfo(file).completeBaseName();
    if (!kName.match(name).hasMatch())
        usageError(QStringLiteral("%1: '%2' is not a document name (letters, digits, . _ -; at "
                                  "most 64); give one with --name")
                       .arg(cmd.path(), name));
    const QString reason = cmd.value(s("reason")).trimmed();
    if (reason.isEmpty() || reason.size() > 500)
        usageError(QStringLiteral("%1: --reason must have 1 to 500 characters").arg(cmd.path()));
    const QByteArray json = readInputFile(file, s("file"));
    const sampling::MasterDataParseResult parsed = sampling::MasterDataParser::parse(json);
    if (!parsed.ok())
        failure(QStringLiteral("%1: %2 has %3 problem(s):\n  %4")
                    .arg(cmd.path(), file)
                    .arg(parsed.issues.size())
                    .arg(parsed.errorText().replace(QLatin1Char('\n'), s("\n  "))));
    const std::vector<sampling::Issue> issues = sampling::crossCheck(*parsed.document, {});
    if (!issues.empty()) {
        QStringList lines;
        for (const sampling::Issue& i : issues) lines << i.toString();
        failure(QStringLiteral("%1: %2 is not complete in itself (%3 problem(s)):\n  %4")
                    .arg(cmd.path(), file)
                    .arg(issues.size())
                    .arg(lines.join(s("\n  "))));
    }
    const QJsonObject doc =
        sync::samplingDocument(name, sampling::documentJson(*parsed.document), reason);
    requireSize(cmd, doc);
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        const std::int64_t seq = sync::publishMasterData(c, sync::kSamplingKind, name, doc, reason);
        printOut(QStringLiteral("sampling document %1 (%2 products, %3 plans, %4 variants) "
                                "published as change %5\n")
                     .arg(name)
                     .arg(parsed.document->products.size())
                     .arg(parsed.document->plans.size())
                     .arg(parsed.document->variants.size())
                     .arg(seq));
        return int(kExitOk);
    });
}

}  // namespace

std::vector<Subcommand> centralInstrumentSubcommands() {
    return {{s("publish"), s("Publish instruments from an authoring store"), instrumentPublish},
            {s("retire"), s("Retire a published instrument at every station"), instrumentRetire}};
}

std::vector<Subcommand> centralSamplingSubcommands() {
    return {{s("publish"), s("Publish a sampling master data document"), samplingPublish}};
}

}  // namespace batch::cli
