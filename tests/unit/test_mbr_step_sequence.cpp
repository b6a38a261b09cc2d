// The order rules the engine enforces, as a pure function of the completed step ids:
// strictly sequential phases, parallel branches that all finish before the next
// operation, and a refusal that names the step that has to come first.
#include "MbrTestDocument.h"

#include "model/MbrParser.h"
#include "model/StepSequence.h"

#include <QtTest>

using namespace batch::model;

namespace {

QStringList ids(const std::vector<const Step*>& steps) {
    QStringList out;
    for (const Step* s : steps) out.append(s->id);
    return out;
}

}  // namespace

class TestMbrStepSequence : public QObject {
    Q_OBJECT

    MasterBatchRecord mbr_;

private Q_SLOTS:
    void initTestCase() {
        MbrParseResult r = MbrParser::parse(kMbrTestDocument);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        mbr_ = std::move(*r.mbr);
    }

    void documentOrderAndLocations() {
        const StepSequence seq(mbr_);
        QCOMPARE(seq.steps().size(), size_t(14));
        const auto hard = seq.find(QStringLiteral("hard"));
        QVERIFY(hard);
        QCOMPARE(hard->unitProcedure, 1);
        QCOMPARE(hard->operation, 1);
        QCOMPARE(hard->branch, 1);
        QCOMPARE(hard->phase, 0);
        QCOMPARE(hard->order, 11);
        QVERIFY(!seq.find(QStringLiteral("op_mix")));  // operations are not steps
    }

    void sequentialAndParallel() {
        const StepSequence seq(mbr_);
        QSet<QString> done;
        QCOMPARE(ids(seq.next(done)), QStringList{QStringLiteral("s_intro")});
        QVERIFY(seq.refusal(QStringLiteral("s_intro"), done).isEmpty());
        QCOMPARE(seq.refusal(QStringLiteral("s_scan"), done),
                 QStringLiteral("Step \"s_scan\" cannot be executed yet: \"s_intro\" (Read) "
                                "comes first."));
        QVERIFY(seq.refusal(QStringLiteral("nope"), done).contains(QStringLiteral("no step")));

        for (const char* id : {"s_intro", "s_scan", "w_api", "s_equip", "s_speed", "s_check",
                               "s_note", "s_mix", "lod", "s_sample"})
            done.insert(QString::fromLatin1(id));
        QCOMPARE(seq.refusal(QStringLiteral("lod"), done),
                 QStringLiteral("Step \"lod\" is already completed."));
        // Both branches are open at once.
        QCOMPARE(ids(seq.next(done)),
                 QStringList({QStringLiteral("mass"), QStringLiteral("hard")}));
        QVERIFY(seq.refusal(QStringLiteral("hard"), done).isEmpty());
        done.insert(QStringLiteral("hard"));
        QCOMPARE(ids(seq.next(done)), QStringList{QStringLiteral("mass")});
        // The next operation waits for every branch.
        QVERIFY(
            seq.refusal(QStringLiteral("yield_pct"), done).contains(QStringLiteral("\"mass\"")));
        done.insert(QStringLiteral("mass"));
        QCOMPARE(ids(seq.next(done)), QStringList{QStringLiteral("yield_pct")});
        QVERIFY(!seq.finished(done));
        done.insert(QStringLiteral("yield_pct"));
        done.insert(QStringLiteral("s_sign"));
        QVERIFY(seq.finished(done));
        QVERIFY(seq.next(done).empty());
    }

    void blockingStepOfTheSameBranchIsNamed() {
        // A branch with two steps: the refusal names the step before it in its branch.
        const QByteArray doc = mbrtest::edited(
            QStringLiteral("unitProcedures[1].operations[1].branches[1].phases[1]"),
            "{\"id\": \"thick\", \"kind\": \"numeric\", \"title\": \"Thickness\", \"unit\": "
            "\"mm\", \"decimals\": 2}");
        MbrParseResult r = MbrParser::parse(doc);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const StepSequence seq(*r.mbr);
        QSet<QString> done;
        for (const StepLocation& l : seq.steps())
            if (l.unitProcedure == 0 || l.operation == 0)
                done.insert(l.step->id);
        QVERIFY(seq.refusal(QStringLiteral("thick"), done).contains(QStringLiteral("\"hard\"")));
    }
};

QTEST_GUILESS_MAIN(TestMbrStepSequence)
#include "test_mbr_step_sequence.moc"
