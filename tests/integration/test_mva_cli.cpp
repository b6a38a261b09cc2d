// `batchctl mva ...` end to end: JSON names promised by issue 5, a model saved, scored and
// refused once altered, and errors that name the problem with the documented exit codes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBinary = QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");
const QString kData = QStringLiteral(BATCH_SOURCE_DIR "/tests/data/mva/");

struct Result {
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Result run(const QStringList& args) {
    QProcess p;
    p.start(kBinary, args);
    Result r;
    if (!p.waitForStarted(10'000) || !p.waitForFinished(60'000))
        return r;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

}  // namespace

class TestMvaCli : public QObject {
    Q_OBJECT

private slots:
    void pcaJsonSaveAndScore() {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("m.json"));
        const Result r = run({QStringLiteral("mva"), QStringLiteral("pca"), QStringLiteral("--csv"),
                              kData + QStringLiteral("wine.csv"), QStringLiteral("--components"),
                              QStringLiteral("3"), QStringLiteral("--scale"), QStringLiteral("uv"),
                              QStringLiteral("--save-model"), model, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        for (const char* key : {"explained_variance_ratio", "eigenvalues", "loadings", "scores",
                                "t2", "spe", "dmodx", "limits", "contributions"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonObject lim = o[QStringLiteral("limits")].toObject();
        for (const char* key : {"t2_95", "t2_99", "spe_95", "spe_99", "dmodx_95", "dmodx_99"})
            QVERIFY2(lim[QLatin1String(key)].toDouble() > 0, key);
        QCOMPARE(o[QStringLiteral("t2")].toArray().size(), 178);
        QCOMPARE(o[QStringLiteral("loadings")].toArray().size(), 13);

        const Result s = run({QStringLiteral("mva"), QStringLiteral("score"),
                              QStringLiteral("--model"), model, QStringLiteral("--csv"),
                              kData + QStringLiteral("wine.csv"), QStringLiteral("--json")});
        QVERIFY2(s.code == 0, s.err.constData());
        // Training rows scored later give the fit's own statistics.
        QCOMPARE(s.json()[QStringLiteral("t2")].toArray(), o[QStringLiteral("t2")].toArray());

        QFile f(model);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype at = bytes.indexOf("\"eigenvalues\"");
        QVERIFY(at > 0);
        const qsizetype digit = bytes.indexOf('.', at) + 1;
        bytes[digit] = bytes[digit] == '1' ? '2' : '1';
        f.seek(0);
        f.write(bytes);
        f.close();
        const Result t =
            run({QStringLiteral("mva"), QStringLiteral("score"), QStringLiteral("--model"), model,
                 QStringLiteral("--csv"), kData + QStringLiteral("wine.csv")});
        QCOMPARE(t.code, 1);
        QVERIFY2(t.err.contains("content hash mismatch"), t.err.constData());
    }

    void plsJsonWithCrossValidation() {
        const Result r =
            run({QStringLiteral("mva"), QStringLiteral("pls"), QStringLiteral("--x"),
                 kData + QStringLiteral("linnerud_x.csv"), QStringLiteral("--y"),
                 kData + QStringLiteral("linnerud_y.csv"), QStringLiteral("--components"),
                 QStringLiteral("2"), QStringLiteral("--cv"), QStringLiteral("loo"),
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        for (const char* key : {"coefficients", "intercept", "rmsec", "r2", "q2", "rmsecv", "vip"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o[QStringLiteral("cv_folds")].toInt(), 20);
    }

    void errorsNameTheProblem() {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,temp\n1,2\n3,warm\n");
        f.close();
        Result r = run({QStringLiteral("mva"), QStringLiteral("pca"), QStringLiteral("--csv"), bad,
                        QStringLiteral("--components"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("line 3, column 2 ('temp')"), r.err.constData());
        r = run({QStringLiteral("mva"), QStringLiteral("pca"), QStringLiteral("--csv"),
                 kData + QStringLiteral("iris.csv"), QStringLiteral("--components"),
                 QStringLiteral("7")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("more components than rank"), r.err.constData());
        r = run({QStringLiteral("mva"), QStringLiteral("pca"), QStringLiteral("--csv"),
                 kData + QStringLiteral("iris.csv"), QStringLiteral("--components"),
                 QStringLiteral("2"), QStringLiteral("--scale"), QStringLiteral("log")});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestMvaCli)
#include "test_mva_cli.moc"
