// `batchctl lot ...` and `batchctl coa`: the lot life cycle over sampling::LotService
// (docs/sampling.md §Lots, docs/cli.md). Every step is recorded by the service.
#include "Commands.h"
#include "SamplingSupport.h"
#include "SignIn.h"

#include "CertificateOfAnalysis.h"
#include "PdfRenderer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace batch::cli {
namespace {

using namespace batch::sampling;
using security::Permission;

void addLotOption(Command& cmd) {
    cmd.option(s("lot"), s("Lot id."), s("id"), true);
}

// The decision as people read it: level, why, and the samples with their tests.
QString decisionText(const QJsonObject& d) {
    QString text = QStringLiteral("Level: %1\nDecision: %2\nWhy:\n")
                       .arg(d.value(s("level")).toString(), d.value(s("summary")).toString());
    for (const QJsonValue& r : d.value(s("reasons")).toArray())
        text += s("  - ") + r.toString() + QLatin1Char('\n');
    const QJsonArray samples = d.value(s("samples")).toArray();
    text += QStringLiteral("Samples: %1 with %2 test(s)\n")
                .arg(samples.size())
                .arg(d.value(s("test_count")).toInt());
    QList<QStringList> sources;
    for (const QJsonValue& v : d.value(s("sources")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList tests;
        for (const QJsonValue& t : o.value(s("tests")).toArray()) tests << t.toString();
        sources.append({s("  ") + o.value(s("source")).toString(),
                        QString::number(o.value(s("count")).toInteger()), tests.join(s(",")),
                        o.value(s("count_explanation")).toString()});
    }
    if (!sources.isEmpty())
        text += formatTable({s("  SOURCE"), s("COUNT"), s("TESTS"), s("COUNT RULE")}, sources);
    QList<QStringList> rows;
    for (const QJsonValue& v : samples) {
        const QJsonObject o = v.toObject();
        QStringList tests;
        for (const QJsonValue& t : o.value(s("tests")).toArray()) tests << t.toString();
        rows.append({s("  ") + o.value(s("sample_id")).toString(), tests.join(s(","))});
    }
    if (!rows.isEmpty())
        text += formatTable({s("  SAMPLE"), s("TESTS")}, rows);
    return text;
}

QString lotText(const Lot& lot) {
    QString text =
        QStringLiteral("Lot %1: %2 from %3, %4 units, variant %5\nStatus: %6\n")
            .arg(lot.lotId, lot.product,
                 lot.organisation.isEmpty() ? s("(no organisation)")
                                            : QStringLiteral("\"%1\"").arg(lot.organisation))
            .arg(lot.size)
            .arg(lot.variantId, lotStatusName(lot.status));
    if (!lot.disposition.isEmpty())
        text += QStringLiteral("Disposition: %1 by %2 at %3\n")
                    .arg(lot.disposition, lot.dispositionBy, lot.dispositionUtc);
    return text;
}

QString testsText(const Lot& lot) {
    QList<QStringList> rows;
    for (const LotTest& t : lot.tests)
        rows.append({t.sampleId, t.testCode, t.spec.describe(), t.hasResult ? t.reported : s("-"),
                     !t.hasResult           ? s("open")
                     : t.outOfSpecification ? s("OUT OF SPECIFICATION")
                                            : s("ok")});
    return rows.isEmpty()
               ? QString()
               : formatTable({s("SAMPLE"), s("TEST"), s("SPECIFICATION"), s("RESULT"), s("STATUS")},
                             rows);
}

std::int64_t sizeOption(const Command& cmd) {
    bool ok = false;
    const qlonglong n = cmd.require(s("size")).toLongLong(&ok);
    if (!ok || n < 1 || n > kMaxLotSize)
        usageError(QStringLiteral("--size needs a whole number from 1 to %1, not '%2'")
                       .arg(kMaxLotSize)
                       .arg(cmd.value(s("size"))));
    return n;
}

int createLot(const QStringList& args) {
    Command cmd(s("lot create"),
                s("Create a lot: the variant of the organisation (or the product's wildcard "
                  "variant) and its rule decide the level; the plan creates the samples and tests. "
                  "Prints the level, why, and the samples."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, s("warehouse or QA user"), false);
    cmd.option(s("product"), s("Product code."), s("code"), true);
    cmd.option(s("org"), s("Organisation that delivers (omit: unknown)."), s("name"));
    cmd.option(s("size"), s("Lot size in the product's units (e.g. containers)."), s("n"), true);
    cmd.option(s("lot"), s("Lot id (default: the next LOT-<station>-<n>)."), s("id"));
    cmd.flag(s("dry-run"), s("Show the decision without creating the lot (no --as needed)."));
    cmd.flag(s("json"), s("Print JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const std::int64_t size = sizeOption(cmd);
    const QString product = cmd.require(s("product"));
    const QString org = cmd.value(s("org"));
    const bool dryRun = cmd.isSet(s("dry-run"));
    const ActorOptions actor = dryRun ? ActorOptions{} : actingUser(cmd);
    return withSampling(where, [&](Station& station) {
        QJsonObject decision;
        if (dryRun) {
            decision = station.sampling().lots().decide(product, org, size).toJson();
        } else {
            const security::User user = authenticated(station, actor);
            const Lot lot =
                station.sampling().lots().create(user, {product, org, size, cmd.value(s("lot"))});
            decision = lot.decision;
            decision.insert(s("lot_id"), lot.lotId);
            decision.insert(s("status"), lotStatusName(lot.status));
        }
        if (cmd.isSet(s("json")))
            printJson(QJsonDocument(decision));
        else
            printOut((dryRun ? s("Dry run: no lot created.\n")
                             : QStringLiteral("Lot %1 created.\n")
                                   .arg(decision.value(s("lot_id")).toString())) +
                     decisionText(decision));
        return int(kExitOk);
    });
}

int receiveLot(const QStringList& args) {
    Command cmd(s("lot receive"),
                s("Receive a lot at the dock (Created -> Received), or with --lab its samples in "
                  "the laboratory (Received -> Active). A lot without samples waits for its "
                  "disposition at once."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, s("warehouse or laboratory user"));
    addLotOption(cmd);
    cmd.flag(s("lab"), s("The samples arrived in the laboratory."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(s("lot"));
    const ActorOptions actor = actingUser(cmd);
    const bool lab = cmd.isSet(s("lab"));
    return withSampling(where, [&](Station& station) {
        const security::User user = authenticated(station, actor);
        const Lot lot = lab ? station.sampling().lots().receiveSamples(user, id)
                            : station.sampling().lots().receive(user, id);
        printOut(QStringLiteral("lot %1 is now %2\n").arg(lot.lotId, lotStatusName(lot.status)));
        return int(kExitOk);
    });
}

// "sample,test,value" lines (a header line starting with "sample" is skipped).
QList<QStringList> readResultLines(const QString& path) {
    const QString text = QString::fromUtf8(readInputFile(path, s("file"), 1 << 20));
    QList<QStringList> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            (i == 0 && line.startsWith(s("sample"), Qt::CaseInsensitive)))
            continue;
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() != 3)
            failure(QStringLiteral("--file %1 line %2: expected sample,test,value, got \"%3\"")
                        .arg(path)
                        .arg(i + 1)
                        .arg(line.left(80)));
        out.append({f[0].trimmed(), f[1].trimmed(), f[2].trimmed(), QString::number(i + 1)});
    }
    return out;
}

int enterResult(const QStringList& args) {
    Command cmd(
        s("lot result"),
        s("Enter a result against its specification (out-of-specification results are "
          "flagged and recorded as exceptions). A second value for the same sample and test "
          "is a correction and needs --reason. --file enters many: lines sample,test,value."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, s("laboratory analyst"));
    addLotOption(cmd);
    cmd.option(s("sample"), s("Sample id (e.g. top-1)."), s("id"));
    cmd.option(s("test"), s("Test code."), s("code"));
    cmd.option(s("value"), s("The value: a decimal number, or conforms / does_not_conform."),
               s("value"));
    cmd.option(s("file"), s("Results file: one sample,test,value per line."), s("path"));
    cmd.option(s("reason"), s("Why a result is corrected (recorded)."), s("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(s("lot"));
    QList<QStringList> entries;
    if (cmd.isSet(s("file"))) {
        if (cmd.isSet(s("sample")) || cmd.isSet(s("test")) || cmd.isSet(s("value")))
            usageError(s("batchctl lot result: give --file or --sample/--test/--value, not both"));
        entries = readResultLines(cmd.require(s("file")));
    } else {
        entries.append(
            {cmd.require(s("sample")), cmd.require(s("test")), cmd.require(s("value")), QString()});
    }
    const ActorOptions actor = actingUser(cmd);
    return withSampling(where, [&](Station& station) {
        const security::User user = authenticated(station, actor);
        int oos = 0;
        for (const QStringList& e : entries) {
            ResultEntry out;
            try {
                out = station.sampling().lots().recordResult(user, id, e[0], e[1], e[2],
                                                             cmd.value(s("reason")));
            } catch (const SamplingError& err) {
                if (e[3].isEmpty())
                    throw;
                throw SamplingError(err.kind(),
                                    QStringLiteral("line %1: %2").arg(e[3], err.message()));
            }
            oos += out.test.outOfSpecification ? 1 : 0;
            printOut(
                QStringLiteral("%1 %2 %3: %4%5%6\n")
                    .arg(id, out.test.sampleId, out.test.testCode, out.test.reported,
                         out.test.outOfSpecification ? QStringLiteral(" OUT OF SPECIFICATION (%1)")
                                                           .arg(out.test.spec.describe())
                                                     : QString(),
                         out.completedTesting ? s("; all tests done: PendingRelease") : QString()));
        }
        if (oos > 0)
            printOut(QStringLiteral("%1 out-of-specification result(s) recorded as exceptions\n")
                         .arg(oos));
        return int(kExitOk);
    });
}

int dispositionLot(const QStringList& args) {
    Command cmd(
        s("lot disposition"),
        s("Release or reject a lot with the QA electronic signature (Released, or Approved "
          "for the decision to reject). The variant's state is re-evaluated from its history."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, s("QA signer"));
    addLotOption(cmd);
    cmd.option(s("decision"), s("release or reject."), s("decision"), true);
    cmd.option(s("reason"), s("Why (recorded; required to reject)."), s("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const QString decision = cmd.require(s("decision"));
    if (decision != QLatin1String("release") && decision != QLatin1String("reject"))
        usageError(QStringLiteral("--decision must be release or reject, not '%1'").arg(decision));
    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(s("lot"));
    const ActorOptions qa = actingUser(cmd);
    return withSampling(where, [&](Station& station) {
        const Lot lot = station.sampling().lots().disposition(
            id, decision == QLatin1String("release") ? Disposition::Release : Disposition::Reject,
            qa.id, qa.password, cmd.value(s("reason")));
        printOut(QStringLiteral("lot %1 is now %2\n").arg(lot.lotId, lotStatusName(lot.status)));
        if (const auto row = station.sampling().variants().row(lot.variantId)) {
            printOut(QStringLiteral("variant %1 is %2 since %3\n")
                         .arg(lot.variantId, row->state, row->sinceUtc));
            if (!row->pendingTo.isEmpty())
                printOut(QStringLiteral("promotion to %1 awaits QA approval: %2\n")
                             .arg(row->pendingTo, row->pendingReason));
        }
        return int(kExitOk);
    });
}

int showLot(const QStringList& args) {
    Command cmd(s("lot show"), s("Show a lot: status, decision, samples, tests and results."));
    addStoreOptions(cmd);
    addLotOption(cmd);
    cmd.flag(s("json"), s("Print JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(s("lot"));
    return withSampling(where, [&](Station& station) {
        const auto lot = station.sampling().lots().find(id);
        if (!lot)
            failure(QStringLiteral("refused: there is no lot \"%1\"").arg(id));
        if (cmd.isSet(s("json")))
            printJson(QJsonDocument(lot->toJson()));
        else
            printOut(lotText(*lot) + decisionText(lot->decision) + testsText(*lot));
        return int(kExitOk);
    });
}

int listLots(const QStringList& args) {
    Command cmd(s("lot list"), s("List lots, newest first."));
    addStoreOptions(cmd);
    cmd.option(s("variant"), s("Only lots of this variant."), s("id"));
    cmd.flag(s("json"), s("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    return withSampling(where, [&](Station& station) {
        const auto lots = station.sampling().lots().list(cmd.value(s("variant")));
        QJsonArray array;
        QList<QStringList> rows;
        for (const Lot& l : lots) {
            array.append(l.toJson());
            rows.append({l.lotId, l.product, l.variantId, QString::number(l.size),
                         levelName(l.level), lotStatusName(l.status), l.createdUtc, l.summary});
        }
        if (cmd.isSet(s("json")))
            printJson(QJsonDocument(array));
        else
            printOut(formatTable({s("LOT"), s("PRODUCT"), s("VARIANT"), s("SIZE"), s("LEVEL"),
                                  s("STATUS"), s("CREATED (UTC)"), s("DECISION")},
                                 rows));
        return int(kExitOk);
    });
}

}  // namespace

std::vector<Subcommand> lotSubcommands() {
    return {
        {s("create"), s("Create a lot; prints the level, why, and the samples"), createLot},
        {s("receive"), s("Receive at the dock, or --lab: samples in the laboratory"), receiveLot},
        {s("result"), s("Enter results against the specification"), enterResult},
        {s("disposition"), s("Release or reject (QA signature)"), dispositionLot},
        {s("show"), s("Show a lot with its tests and results"), showLot},
        {s("list"), s("List lots"), listLots}};
}

int runCoa(const QStringList& args) {
    Command cmd(s("coa"),
                s("Write the certificate of analysis of a released lot as a PDF: product, lot, "
                  "tests, specifications, results and the QA signature."));
    addStoreOptions(cmd);
    addLotOption(cmd);
    cmd.option(s("out"), s("PDF file to write."), s("path"), true);
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(s("lot"));
    const QString out = cmd.require(s("out"));
    return withSampling(where, [&](Station& station) {
        const CertificateData data = station.sampling().lots().certificate(id);
        try {
            const int pages = report::writeCertificatePdf(
                data, out,
                QStringLiteral("BatchStation %1").arg(QCoreApplication::applicationVersion()));
            printOut(
                QStringLiteral("certificate of analysis of lot %1 written to %2 (%3 page(s))\n")
                    .arg(id, out)
                    .arg(pages));
        } catch (const report::ReportError& e) {
            failure(QStringLiteral("cannot write %1: %2").arg(out, e.message()));
        }
        return int(kExitOk);
    });
}

}  // namespace batch::cli
