// `batchctl mva ...`: PCA and PLS on CSV files, and scoring against a saved PCA model
// (docs/mva.md). No store is opened: these commands only read and write files.
#include "Commands.h"
#include "MvaCli.h"

#include "mva/Csv.h"
#include "mva/ModelJson.h"
#include "mva/MvaError.h"
#include "mva/Pca.h"
#include "mva/Pls.h"
#include "mva/PlsModelJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>

namespace batch::cli {
namespace {

using namespace batch::mva;
using namespace batch::cli::mvacli;

QJsonObject limitsJson(const ModelLimits& l) {
    return QJsonObject{
        {QStringLiteral("t2_95"), l.t2_95},
        {QStringLiteral("t2_99"), l.t2_99},
        {QStringLiteral("t2_phase1_95"), l.t2_phase1_95},
        {QStringLiteral("t2_phase1_99"), l.t2_phase1_99},
        {QStringLiteral("spe_95"), l.spe_95},
        {QStringLiteral("spe_99"), l.spe_99},
        {QStringLiteral("spe_box_95"), l.spe_box_95},
        {QStringLiteral("spe_box_99"), l.spe_box_99},
        {QStringLiteral("spe_method"),
         l.speJacksonMudholkar ? QStringLiteral("jackson-mudholkar") : QStringLiteral("box")},
        {QStringLiteral("dmodx_95"), l.dmodx_95},
        {QStringLiteral("dmodx_99"), l.dmodx_99}};
}

void addScores(QJsonObject& o, const PcaScores& s) {
    o[QStringLiteral("scores")] = rows(s.scores);
    o[QStringLiteral("t2")] = vec(s.t2);
    o[QStringLiteral("spe")] = vec(s.spe);
    o[QStringLiteral("dmodx")] = vec(s.dmodx);
    o[QStringLiteral("contributions")] = QJsonObject{{QStringLiteral("t2"), rows(s.t2Contrib)},
                                                     {QStringLiteral("spe"), rows(s.speContrib)}};
}

// Rows beyond a 99 % limit, as "3 of 150" for the text summary.
QString beyond(const Eigen::VectorXd& v, double limit) {
    const auto n = (v.array() > limit).count();
    return QStringLiteral("%1 of %2").arg(n).arg(v.size());
}

QString scoresText(const PcaModel& m, const PcaScores& s) {
    const ModelLimits& l = m.lim;
    QString out = formatTable(
        {QStringLiteral("statistic"), QStringLiteral("95 %"), QStringLiteral("99 %"),
         QStringLiteral("rows above 99 %")},
        {{QStringLiteral("T2 (Phase II, F)"), fmt(l.t2_95), fmt(l.t2_99), beyond(s.t2, l.t2_99)},
         {QStringLiteral("SPE (%1)")
              .arg(l.speJacksonMudholkar ? QStringLiteral("Jackson-Mudholkar")
                                         : QStringLiteral("Box")),
          fmt(l.spe_95), fmt(l.spe_99), beyond(s.spe, l.spe_99)},
         {QStringLiteral("DModX"), fmt(l.dmodx_95), fmt(l.dmodx_99), beyond(s.dmodx, l.dmodx_99)}});
    return out;
}

int runPca(const QStringList& args) {
    Command cmd(QStringLiteral("mva pca"),
                QStringLiteral("Fit a PCA model to a CSV file (SVD, or NIPALS when values are "
                               "missing) and print loadings, scores, T2, SPE, DModX and limits."));
    cmd.option(QStringLiteral("csv"),
               QStringLiteral("Data: header row of names, one row per "
                              "observation; empty, NA or NaN = missing."),
               QStringLiteral("path"), true);
    cmd.option(QStringLiteral("components"), QStringLiteral("Number of components A."),
               QStringLiteral("A"), true);
    addScaleOption(cmd);
    cmd.option(QStringLiteral("save-model"),
               QStringLiteral("Write the model as JSON (with "
                              "content hash) to this file."),
               QStringLiteral("path"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print the full result as JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    const Eigen::Index a = componentsOption(cmd);
    const Scaling scaling = scalingOption(cmd);
    const PcaFit fit = guarded(QStringLiteral("pca"), [&] {
        const CsvTable t = readCsvFile(cmd.value(QStringLiteral("csv")).toStdString());
        PcaOptions o;
        o.components = a;
        o.scaling = scaling;
        return fitPca(t.values, t.names, o);
    });
    const PcaModel& m = fit.model;
    QString hash;
    if (cmd.isSet(QStringLiteral("save-model"))) {
        guarded(QStringLiteral("pca"), [&] {
            savePcaModel(m, cmd.value(QStringLiteral("save-model")));
            return 0;
        });
        hash = pcaModelToJson(m)[QStringLiteral("content_hash")].toString();
    }
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("variables"), names(m.names)},
                      {QStringLiteral("method"), QString::fromStdString(m.method)},
                      {QStringLiteral("scaling"), QString::fromStdString(scalingName(scaling))},
                      {QStringLiteral("components"), static_cast<int>(a)},
                      {QStringLiteral("observations"), static_cast<double>(m.observations)},
                      {QStringLiteral("missing_values"), static_cast<double>(m.missingValues)},
                      {QStringLiteral("explained_variance_ratio"), vec(m.explainedRatio)},
                      {QStringLiteral("eigenvalues"), vec(m.eigenvalues)},
                      {QStringLiteral("loadings"), rows(m.loadings)},
                      {QStringLiteral("limits"), limitsJson(m.lim)}};
        addScores(o, fit.training);
        if (!hash.isEmpty())
            o[QStringLiteral("model_content_hash")] = hash;
        printJson(o);
        return kExitOk;
    }
    QList<QStringList> table;
    double cumulative = 0;
    for (Eigen::Index c = 0; c < a; ++c) {
        cumulative += m.explainedRatio(c);
        table.append({QString::number(c + 1), fmt(m.eigenvalues(c)),
                      QString::number(100 * m.explainedRatio(c), 'f', 2),
                      QString::number(100 * cumulative, 'f', 2)});
    }
    printOut(
        QStringLiteral("PCA (%1, %2 scaling): %3 observations x %4 variables, %5 missing\n\n")
            .arg(QString::fromStdString(m.method), QString::fromStdString(scalingName(scaling)))
            .arg(m.observations)
            .arg(m.variables())
            .arg(m.missingValues) +
        formatTable({QStringLiteral("component"), QStringLiteral("eigenvalue"),
                     QStringLiteral("explained %"), QStringLiteral("cumulative %")},
                    table) +
        QLatin1Char('\n') + scoresText(m, fit.training) +
        (hash.isEmpty() ? QString()
                        : QStringLiteral("\nmodel saved: %1 (content hash %2)\n")
                              .arg(cmd.value(QStringLiteral("save-model")), hash)));
    return kExitOk;
}

Eigen::Index foldsOption(const Command& cmd, Eigen::Index n) {
    const QString v = cmd.value(QStringLiteral("cv"));
    if (v == QLatin1String("loo"))
        return n;
    bool ok = false;
    const int k = v.toInt(&ok);
    if (!ok || k < 2)
        usageError(
            QStringLiteral("%1: --cv must be loo or a number of folds >= 2").arg(cmd.path()));
    return k;
}

int runPls(const QStringList& args) {
    Command cmd(QStringLiteral("mva pls"),
                QStringLiteral("Fit a PLS model (NIPALS; PLS1 for one Y column, PLS2 for "
                               "several) and print coefficients, VIP, R2, RMSEC and, with --cv, "
                               "Q2 and RMSECV."));
    cmd.option(QStringLiteral("x"), QStringLiteral("Predictors (CSV, complete)."),
               QStringLiteral("path"), true);
    cmd.option(QStringLiteral("y"), QStringLiteral("Responses (CSV, same rows, complete)."),
               QStringLiteral("path"), true);
    cmd.option(QStringLiteral("components"), QStringLiteral("Number of components A."),
               QStringLiteral("A"), true);
    addScaleOption(cmd);
    cmd.option(QStringLiteral("cv"),
               QStringLiteral("Cross-validation: a number of folds (row i in fold i mod k) or "
                              "loo."),
               QStringLiteral("k|loo"));
    cmd.option(QStringLiteral("save-model"),
               QStringLiteral("Write the model as JSON (with content hash), e.g. for a soft "
                              "sensor (mva predict, mva monitor --soft-sensor)."),
               QStringLiteral("path"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print the full result as JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    const Eigen::Index a = componentsOption(cmd);
    const Scaling scaling = scalingOption(cmd);
    const CsvTable x = guarded(QStringLiteral("pls"), [&] {
        return readCsvFile(cmd.value(QStringLiteral("x")).toStdString());
    });
    const CsvTable y = guarded(QStringLiteral("pls"), [&] {
        return readCsvFile(cmd.value(QStringLiteral("y")).toStdString());
    });
    PlsOptions o;
    o.components = a;
    o.scaling = scaling;
    const PlsModel m = guarded(QStringLiteral("pls"),
                               [&] { return fitPls(x.values, y.values, x.names, y.names, o); });
    QString hash;
    if (cmd.isSet(QStringLiteral("save-model"))) {
        guarded(QStringLiteral("pls"), [&] {
            savePlsModel(m, cmd.value(QStringLiteral("save-model")));
            return 0;
        });
        hash = plsModelToJson(m)[QStringLiteral("content_hash")].toString();
    }
    std::optional<PlsCrossValidation> cv;
    if (cmd.isSet(QStringLiteral("cv"))) {
        const Eigen::Index folds = foldsOption(cmd, x.values.rows());
        cv = guarded(QStringLiteral("pls"),
                     [&] { return crossValidatePls(x.values, y.values, o, folds); });
    }
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonObject out{{QStringLiteral("x_variables"), names(x.names)},
                        {QStringLiteral("y_variables"), names(y.names)},
                        {QStringLiteral("scaling"), QString::fromStdString(scalingName(scaling))},
                        {QStringLiteral("components"), static_cast<int>(a)},
                        {QStringLiteral("coefficients"), rows(m.coefficients)},
                        {QStringLiteral("intercept"), vec(m.intercept)},
                        {QStringLiteral("vip"), vec(m.vip)},
                        {QStringLiteral("weights"), rows(m.w)},
                        {QStringLiteral("weights_star"), rows(m.wStar)},
                        {QStringLiteral("x_loadings"), rows(m.p)},
                        {QStringLiteral("y_loadings"), rows(m.q)},
                        {QStringLiteral("scores"), rows(m.t)},
                        {QStringLiteral("r2"), vec(m.r2)},
                        {QStringLiteral("rmsec"), vec(m.rmsec)}};
        if (cv) {
            out[QStringLiteral("cv_folds")] = static_cast<double>(cv->folds);
            out[QStringLiteral("q2")] = rows(cv->q2);
            out[QStringLiteral("rmsecv")] = rows(cv->rmsecv);
        }
        if (!hash.isEmpty())
            out[QStringLiteral("model_content_hash")] = hash;
        printJson(out);
        return kExitOk;
    }
    QList<QStringList> table;
    for (size_t j = 0; j < y.names.size(); ++j) {
        const auto jj = static_cast<Eigen::Index>(j);
        QStringList row{QString::fromStdString(y.names[j]), fmt(m.r2(jj)), fmt(m.rmsec(jj))};
        if (cv)
            row << fmt(cv->q2(a - 1, jj)) << fmt(cv->rmsecv(a - 1, jj));
        table.append(row);
    }
    QStringList headers{QStringLiteral("response"), QStringLiteral("R2"), QStringLiteral("RMSEC")};
    if (cv)
        headers << QStringLiteral("Q2") << QStringLiteral("RMSECV");
    QList<QStringList> vip;
    for (size_t k = 0; k < x.names.size(); ++k)
        vip.append({QString::fromStdString(x.names[k]), fmt(m.vip(static_cast<Eigen::Index>(k)))});
    printOut(QStringLiteral("PLS (%1 components, %2 scaling): %3 observations, %4 X, %5 Y\n\n")
                 .arg(a)
                 .arg(QString::fromStdString(scalingName(scaling)))
                 .arg(x.values.rows())
                 .arg(x.values.cols())
                 .arg(y.values.cols()) +
             formatTable(headers, table) + QLatin1Char('\n') +
             formatTable({QStringLiteral("variable"), QStringLiteral("VIP")}, vip));
    return kExitOk;
}

int runScore(const QStringList& args) {
    Command cmd(QStringLiteral("mva score"),
                QStringLiteral("Score the rows of a CSV file against a saved PCA model: scores, "
                               "T2, SPE, DModX and contributions. Columns are matched by name."));
    cmd.option(QStringLiteral("model"), QStringLiteral("Model file from mva pca --save-model."),
               QStringLiteral("path"), true);
    cmd.option(QStringLiteral("csv"), QStringLiteral("Observations to score."),
               QStringLiteral("path"), true);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print the full result as JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    const PcaModel m = guarded(QStringLiteral("score"),
                               [&] { return loadPcaModel(cmd.value(QStringLiteral("model"))); });
    // Only the model's variables are read; other columns (ids, text) are skipped.
    CsvLimits lim;
    lim.numericColumns = m.names;
    const CsvTable t = guarded(QStringLiteral("score"), [&] {
        return readCsvFile(cmd.value(QStringLiteral("csv")).toStdString(), lim);
    });
    // Reorder the CSV's columns into the model's variable order.
    Eigen::MatrixXd x(t.values.rows(), m.variables());
    for (size_t k = 0; k < m.names.size(); ++k) {
        const auto it = std::find(t.names.begin(), t.names.end(), m.names[k]);
        if (it == t.names.end())
            failure(QStringLiteral("mva score: %1: model variable '%2' is not a column")
                        .arg(cmd.value(QStringLiteral("csv")), QString::fromStdString(m.names[k])));
        x.col(static_cast<Eigen::Index>(k)) = t.values.col(it - t.names.begin());
    }
    const PcaScores s = guarded(QStringLiteral("score"), [&] { return scorePca(m, x); });
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("variables"), names(m.names)},
                      {QStringLiteral("observations"), static_cast<double>(x.rows())},
                      {QStringLiteral("limits"), limitsJson(m.lim)}};
        addScores(o, s);
        printJson(o);
        return kExitOk;
    }
    printOut(QStringLiteral("%1 observations scored against %2 (%3 components)\n\n")
                 .arg(x.rows())
                 .arg(cmd.value(QStringLiteral("model")))
                 .arg(m.components()) +
             scoresText(m, s));
    return kExitOk;
}

}  // namespace

std::vector<Subcommand> mvaSubcommands() {
    std::vector<Subcommand> out{
        {QStringLiteral("pca"), QStringLiteral("Fit a PCA model to a CSV file"), runPca},
        {QStringLiteral("pls"), QStringLiteral("Fit a PLS model (X and Y CSV files)"), runPls},
        {QStringLiteral("score"), QStringLiteral("Score a CSV file against a PCA model"),
         runScore}};
    for (auto* more : {&mvaBatchSubcommands, &mvaModelSubcommands, &mvaAlarmSubcommands})
        for (Subcommand& s : more()) out.push_back(std::move(s));
    return out;
}

}  // namespace batch::cli
