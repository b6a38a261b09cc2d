// core/mva against committed reference results (tests/data/mva, produced by
// tests/mva/reference/make_reference.py with scikit-learn, numpy and scipy). Every
// comparison is relative to 1e-9 of the largest magnitude of the compared quantity, so a
// value near zero is not held to a relative precision it cannot have.
#include "mva/Csv.h"
#include "mva/Limits.h"
#include "mva/ModelJson.h"
#include "mva/MvaError.h"
#include "mva/Pca.h"
#include "mva/Pls.h"
#include "mva/Scorer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdlib>
#include <new>

#include "CountingAllocator.h"

using namespace batch::mva;

namespace {

constexpr double kRel = 1e-9;

QString dataPath(const QString& name) {
    return QStringLiteral(BATCH_SOURCE_DIR "/tests/data/mva/") + name;
}

QJsonObject loadReference(const QString& name) {
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

CsvTable csv(const QString& name) {
    return readCsvFile(dataPath(name).toStdString());
}

Eigen::MatrixXd matrix(const QJsonValue& v) {
    const QJsonArray rows = v.toArray();
    if (rows.isEmpty())
        return {};
    if (!rows.first().isArray()) {
        Eigen::MatrixXd m(rows.size(), 1);
        for (qsizetype i = 0; i < rows.size(); ++i) m(i, 0) = rows[i].toDouble();
        return m;
    }
    Eigen::MatrixXd m(rows.size(), rows.first().toArray().size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray r = rows[i].toArray();
        for (qsizetype j = 0; j < r.size(); ++j) m(i, j) = r[j].toDouble();
    }
    return m;
}

// Fails naming the quantity and the worst element.
void compare(const char* what, const Eigen::MatrixXd& actual, const Eigen::MatrixXd& expected) {
    QVERIFY2(actual.rows() == expected.rows() && actual.cols() == expected.cols(),
             qPrintable(QStringLiteral("%1: shape %2x%3, expected %4x%5")
                            .arg(what)
                            .arg(actual.rows())
                            .arg(actual.cols())
                            .arg(expected.rows())
                            .arg(expected.cols())));
    const double scale = std::max(expected.cwiseAbs().maxCoeff(), 1e-300);
    Eigen::Index i = 0, j = 0;
    const double worst = (actual - expected).cwiseAbs().maxCoeff(&i, &j);
    QVERIFY2(worst <= kRel * scale,
             qPrintable(QStringLiteral("%1: element (%2,%3) is %4, expected %5 (relative %6)")
                            .arg(what)
                            .arg(i)
                            .arg(j)
                            .arg(actual(i, j), 0, 'g', 17)
                            .arg(expected(i, j), 0, 'g', 17)
                            .arg(worst / scale)));
}

void compareNumber(const char* what, double actual, double expected) {
    compare(what, Eigen::MatrixXd::Constant(1, 1, actual),
            Eigen::MatrixXd::Constant(1, 1, expected));
}

void comparePca(const PcaFit& fit, const QJsonObject& ref) {
    const PcaModel& m = fit.model;
    compare("mean", m.pre.mean, matrix(ref["mean"]));
    compare("sd", m.pre.sd, matrix(ref["sd"]));
    compare("loadings", m.loadings, matrix(ref["loadings"]));
    compare("eigenvalues", m.eigenvalues, matrix(ref["eigenvalues"]));
    compare("explained_variance_ratio", m.explainedRatio, matrix(ref["explained_variance_ratio"]));
    // A large data set's reference keeps the per-row results of its first rows only.
    const Eigen::Index rows = matrix(ref["t2"]).rows();
    const PcaScores& tr = fit.training;
    compare("scores", tr.scores.topRows(rows), matrix(ref["scores"]));
    compare("t2", tr.t2.head(rows), matrix(ref["t2"]));
    compare("spe", tr.spe.head(rows), matrix(ref["spe"]));
    compare("dmodx", tr.dmodx.head(rows), matrix(ref["dmodx"]));
    compare("t2 contributions", tr.t2Contrib.topRows(rows), matrix(ref["t2_contributions"]));
    compare("spe contributions", tr.speContrib.topRows(rows), matrix(ref["spe_contributions"]));
    const Eigen::MatrixXd theta = matrix(ref["theta"]);
    compareNumber("theta1", m.theta.t1, theta(0));
    compareNumber("theta2", m.theta.t2, theta(1));
    compareNumber("theta3", m.theta.t3, theta(2));
    compareNumber("spe mean", m.speMean, ref["spe_mean"].toDouble());
    compareNumber("spe variance", m.speVariance, ref["spe_variance"].toDouble());
    compareNumber("s0", m.s0, ref["s0"].toDouble());
    const QJsonObject lim = ref["limits"].toObject();
    compareNumber("t2_95", m.lim.t2_95, lim["t2_95"].toDouble());
    compareNumber("t2_99", m.lim.t2_99, lim["t2_99"].toDouble());
    compareNumber("t2_phase1_95", m.lim.t2_phase1_95, lim["t2_phase1_95"].toDouble());
    compareNumber("t2_phase1_99", m.lim.t2_phase1_99, lim["t2_phase1_99"].toDouble());
    compareNumber("spe_95", m.lim.spe_95, lim["spe_95"].toDouble());
    compareNumber("spe_99", m.lim.spe_99, lim["spe_99"].toDouble());
    compareNumber("spe_box_95", m.lim.spe_box_95, lim["spe_box_95"].toDouble());
    compareNumber("spe_box_99", m.lim.spe_box_99, lim["spe_box_99"].toDouble());
    compareNumber("dmodx_95", m.lim.dmodx_95, lim["dmodx_95"].toDouble());
    compareNumber("dmodx_99", m.lim.dmodx_99, lim["dmodx_99"].toDouble());
    QCOMPARE(m.lim.speJacksonMudholkar, lim["h0"].toDouble() > 0);
}

void comparePls(const QString& xFile, const QString& yFile, const QString& refFile) {
    const QJsonObject ref = loadReference(refFile);
    const CsvTable x = csv(xFile);
    const CsvTable y = csv(yFile);
    PlsOptions o;
    o.components = ref["components"].toInt();
    o.scaling = parseScaling(ref["scaling"].toString().toStdString());
    const PlsModel m = fitPls(x.values, y.values, x.names, y.names, o);
    compare("W", m.w, matrix(ref["w"]));
    compare("W*", m.wStar, matrix(ref["w_star"]));
    compare("P", m.p, matrix(ref["p"]));
    compare("Q", m.q, matrix(ref["q"]));
    compare("T", m.t, matrix(ref["t"]));
    compare("coefficients", m.coefficients, matrix(ref["coefficients"]));
    compare("intercept", m.intercept, matrix(ref["intercept"]));
    compare("VIP", m.vip, matrix(ref["vip"]));
    compare("R2", m.r2, matrix(ref["r2"]));
    compare("RMSEC", m.rmsec, matrix(ref["rmsec"]));
    if (!ref.contains(QStringLiteral("q2")))
        return;  // the reference implementation's cross-validation differs (see the script)
    const PlsCrossValidation cv = crossValidatePls(x.values, y.values, o, ref["folds"].toInt());
    compare("Q2", cv.q2, matrix(ref["q2"]));
    compare("RMSECV", cv.rmsecv, matrix(ref["rmsecv"]));
}

PcaFit fitCase(const QString& csvName, const QJsonObject& ref) {
    const CsvTable t = csv(csvName);
    PcaOptions o;
    o.components = ref["components"].toInt();
    o.scaling = parseScaling(ref["scaling"].toString().toStdString());
    if (ref.contains(QStringLiteral("weights")))
        o.weights = matrix(ref["weights"]).col(0);
    return fitPca(t.values, t.names, o);
}

}  // namespace

class TestMvaReference : public QObject {
    Q_OBJECT

private slots:
    void pcaIrisNone() {
        const QJsonObject ref = loadReference(QStringLiteral("pca_iris_none.json"));
        comparePca(fitCase(QStringLiteral("iris.csv"), ref), ref);
    }
    void pcaWineUv() {
        const QJsonObject ref = loadReference(QStringLiteral("pca_wine_uv.json"));
        comparePca(fitCase(QStringLiteral("wine.csv"), ref), ref);
    }
    void pcaWinePareto() {
        const QJsonObject ref = loadReference(QStringLiteral("pca_wine_pareto.json"));
        comparePca(fitCase(QStringLiteral("wine.csv"), ref), ref);
    }
    void nipalsWineMissing() {
        const QJsonObject ref = loadReference(QStringLiteral("nipals_wine_missing_uv.json"));
        const PcaFit fit = fitCase(QStringLiteral("wine_missing.csv"), ref);
        QCOMPARE(fit.model.method, std::string("nipals"));
        QVERIFY(fit.model.missingValues > 0);
        comparePca(fit, ref);
    }
    // The same cases against R: prcomp, pls::plsr (oscorespls) and ade4::nipals.
    void pcaIrisNoneR() {
        const QJsonObject ref = loadReference(QStringLiteral("pca_iris_none_r.json"));
        comparePca(fitCase(QStringLiteral("iris.csv"), ref), ref);
    }
    void pcaWineUvR() {
        const QJsonObject ref = loadReference(QStringLiteral("pca_wine_uv_r.json"));
        comparePca(fitCase(QStringLiteral("wine.csv"), ref), ref);
    }
    void pcaWineParetoR() {
        const QJsonObject ref = loadReference(QStringLiteral("pca_wine_pareto_r.json"));
        comparePca(fitCase(QStringLiteral("wine.csv"), ref), ref);
    }
    void nipalsWineMissingAde4() {
        // ade4 scales by the population SD: uv with weights sqrt(N_k / (N_k - 1)).
        const QJsonObject ref = loadReference(QStringLiteral("nipals_wine_missing_ade4.json"));
        const PcaFit fit = fitCase(QStringLiteral("wine_missing.csv"), ref);
        QCOMPARE(fit.model.method, std::string("nipals"));
        comparePca(fit, ref);
    }
    void pls1DiabetesR() {
        comparePls(QStringLiteral("diabetes_x.csv"), QStringLiteral("diabetes_y.csv"),
                   QStringLiteral("pls1_diabetes_uv_r.json"));
    }
    void pls2LinnerudUvR() {
        comparePls(QStringLiteral("linnerud_x.csv"), QStringLiteral("linnerud_y.csv"),
                   QStringLiteral("pls2_linnerud_uv_r.json"));
    }
    void pls2LinnerudNoneR() {
        comparePls(QStringLiteral("linnerud_x.csv"), QStringLiteral("linnerud_y.csv"),
                   QStringLiteral("pls2_linnerud_none_r.json"));
    }
    // digits (1,797 x 64, no scaling, A = 2) has h0 < 0: Jackson-Mudholkar is undefined and
    // spe_95/99 must fall back to the Box limit, as the reference does.
    void pcaDigitsJacksonMudholkarFallsBackToBox() {
        const QJsonObject ref = loadReference(QStringLiteral("pca_digits_none.json"));
        QVERIFY(ref["limits"].toObject()["h0"].toDouble() < 0);
        const PcaFit fit = fitCase(QStringLiteral("digits.csv"), ref);
        QVERIFY(!fit.model.lim.speJacksonMudholkar);
        QCOMPARE(fit.model.lim.spe_99, fit.model.lim.spe_box_99);
        comparePca(fit, ref);
    }

    void nipalsAgreesWithSvdOnCompleteData() {
        const QJsonObject ref = loadReference(QStringLiteral("pca_wine_uv.json"));
        const CsvTable t = csv(QStringLiteral("wine.csv"));
        PcaOptions o;
        o.components = 4;
        o.scaling = Scaling::UnitVariance;
        const PcaFit nipals = fitPcaNipals(t.values, t.names, o);
        // NIPALS converges to the SVD vectors only to about its tolerance over the
        // eigenvalue gap; 1e-7 is what 1e-12 buys on these data.
        const Eigen::MatrixXd diff = nipals.model.loadings - matrix(ref["loadings"]);
        QVERIFY2(diff.cwiseAbs().maxCoeff() < 1e-7,
                 qPrintable(QString::number(diff.cwiseAbs().maxCoeff())));
    }
    void pls1Diabetes() {
        comparePls(QStringLiteral("diabetes_x.csv"), QStringLiteral("diabetes_y.csv"),
                   QStringLiteral("pls1_diabetes_uv.json"));
    }
    void pls2LinnerudUvLeaveOneOut() {
        comparePls(QStringLiteral("linnerud_x.csv"), QStringLiteral("linnerud_y.csv"),
                   QStringLiteral("pls2_linnerud_uv.json"));
    }
    void pls2LinnerudNone() {
        comparePls(QStringLiteral("linnerud_x.csv"), QStringLiteral("linnerud_y.csv"),
                   QStringLiteral("pls2_linnerud_none.json"));
    }

    void contributionsSumToStatistics() {
        const QJsonObject ref = loadReference(QStringLiteral("nipals_wine_missing_uv.json"));
        const PcaFit fit = fitCase(QStringLiteral("wine_missing.csv"), ref);
        const Eigen::VectorXd t2 = fit.training.t2Contrib.rowwise().sum();
        const Eigen::VectorXd spe = fit.training.speContrib.rowwise().sum();
        compare("sum of T2 contributions", t2, fit.training.t2);
        compare("sum of SPE contributions", spe, fit.training.spe);
    }

    void scorerDoesNotAllocate() {
        const QJsonObject ref = loadReference(QStringLiteral("pca_wine_uv.json"));
        const PcaFit fit = fitCase(QStringLiteral("wine.csv"), ref);
        const CsvTable t = csv(QStringLiteral("wine.csv"));
        const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows =
            t.values;
        Scorer scorer(fit.model);
        scorer.score(rows.row(0).data());
        const long before = gAllocations.load();
        double sum = 0;
        for (Eigen::Index i = 0; i < rows.rows(); ++i) {
            scorer.score(rows.row(i).data());
            sum += scorer.t2() + scorer.spe() + scorer.t2Contributions()(0);
        }
        QCOMPARE(gAllocations.load() - before, 0L);
        QVERIFY(std::isfinite(sum));
    }

    void modelJsonRoundTripAndTamper() {
        const QJsonObject ref = loadReference(QStringLiteral("nipals_wine_missing_uv.json"));
        const PcaFit fit = fitCase(QStringLiteral("wine_missing.csv"), ref);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("m.json"));
        savePcaModel(fit.model, path);
        const PcaModel back = loadPcaModel(path);
        QVERIFY(back.loadings == fit.model.loadings);
        QVERIFY(back.pre.factor == fit.model.pre.factor);
        QCOMPARE(back.lim.spe_99, fit.model.lim.spe_99);
        QCOMPARE(back.names, fit.model.names);
        const PcaScores again = scorePca(back, csv(QStringLiteral("wine_missing.csv")).values);
        QVERIFY(again.t2 == fit.training.t2);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray ev = o["eigenvalues"].toArray();
        ev[0] = ev[0].toDouble() * 1.000001;
        o["eigenvalues"] = ev;
        QVERIFY_THROWS_EXCEPTION(MvaError, pcaModelFromJson(o));
    }

    void jacksonMudholkarFallsBackToBoxWhenH0NotPositive() {
        const limits::Theta th{1.0, 0.1, 1.0};  // h0 = 1 - 2/(3 * 0.01) < 0
        QVERIFY(th.h0() <= 0);
        bool usedJm = true;
        const double q = limits::speJacksonMudholkar(th, 2.0, 3.0, 0.99, &usedJm);
        QVERIFY(!usedJm);
        QCOMPARE(q, limits::speBox(2.0, 3.0, 0.99));
    }

    void weightsMultiplyTheScalingFactor() {
        const CsvTable t = csv(QStringLiteral("iris.csv"));
        PcaOptions o;
        o.components = 2;
        o.scaling = Scaling::UnitVariance;
        o.weights = Eigen::Vector4d(1.0, 2.0, 0.5, 1.0);
        const PcaFit fit = fitPca(t.values, t.names, o);
        const Eigen::VectorXd expected = o.weights.cwiseQuotient(fit.model.pre.sd);
        QVERIFY((fit.model.pre.factor - expected).cwiseAbs().maxCoeff() < 1e-15);
        o.weights = Eigen::Vector3d(1, 1, 1);
        QVERIFY_THROWS_EXCEPTION(MvaError, fitPca(t.values, t.names, o));
    }

    void moreComponentsThanRank() {
        Eigen::MatrixXd x(6, 3);
        x << 1, 2, 3, 2, 4, 6, 3, 6, 9, 4, 8, 12, 5, 10, 15, 6, 12, 18.5;
        PcaOptions o;
        o.scaling = Scaling::None;
        o.components = 3;
        try {
            fitPca(x, {"a", "b", "c"}, o);
            QFAIL("rank-deficient data accepted");
        } catch (const MvaError& e) {
            QVERIFY2(std::string(e.what()).find("more components than rank") != std::string::npos,
                     e.what());
        }
        o.components = 5;
        QVERIFY_THROWS_EXCEPTION(MvaError, fitPca(x, {}, o));
    }
};

QTEST_GUILESS_MAIN(TestMvaReference)
#include "test_mva_reference.moc"
