// `batchctl mva simulate|bem|blm|predict`: the fluid-bed simulator, batch evolution and
// batch-level models, and PLS soft-sensor predictions on CSV files (docs/mva.md §14-17).
// No store is opened: these commands read and write files only.
#include "MvaCli.h"

#include "mva/AlarmDetector.h"
#include "mva/BatchEvolution.h"
#include "mva/BatchLevel.h"
#include "mva/FluidBedSimulator.h"
#include "mva/PlsModelJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace batch::cli {
namespace {

using namespace batch::mva;
using namespace batch::cli::mvacli;

void addBatchColumns(Command& cmd) {
    cmd.option(QStringLiteral("batch-column"),
               QStringLiteral("Column with the batch id (text); default 'batch'."),
               QStringLiteral("name"));
    cmd.option(QStringLiteral("maturity-column"),
               QStringLiteral("Maturity variable (numeric, increasing within a batch); default "
                              "'minute'."),
               QStringLiteral("name"));
}

void addVariableSelection(Command& cmd) {
    addBatchColumns(cmd);
    cmd.option(QStringLiteral("variables"),
               QStringLiteral("Comma-separated process variables (default: every numeric "
                              "column except maturity and --exclude)."),
               QStringLiteral("a,b,..."));
    cmd.option(QStringLiteral("exclude"),
               QStringLiteral("Comma-separated columns to leave out (e.g. the quality attribute)."),
               QStringLiteral("a,b,..."));
}

QString batchColumn(const Command& cmd) {
    return cmd.isSet(QStringLiteral("batch-column")) ? cmd.value(QStringLiteral("batch-column"))
                                                     : QStringLiteral("batch");
}

QString maturityColumn(const Command& cmd) {
    return cmd.isSet(QStringLiteral("maturity-column"))
               ? cmd.value(QStringLiteral("maturity-column"))
               : QStringLiteral("minute");
}

BatchSet readBatches(const Command& cmd, const QString& what,
                     const std::vector<std::string>& variables) {
    return guarded(what, [&] {
        return readBatchCsv(cmd.require(QStringLiteral("csv")).toStdString(),
                            batchColumn(cmd).toStdString(), maturityColumn(cmd).toStdString(),
                            variables, listOption(cmd, QStringLiteral("exclude")));
    });
}

// ----------------------------------------------------------------------------- simulate

int runSimulate(const QStringList& args) {
    Command cmd(QStringLiteral("mva simulate"),
                QStringLiteral("Simulate fluid-bed granulation/drying batches (seeded, "
                               "deterministic) and write them as one CSV: batch, minute and the "
                               "eight signals."));
    cmd.option(QStringLiteral("out"), QStringLiteral("CSV file to write."), QStringLiteral("path"),
               true);
    cmd.option(QStringLiteral("batches"), QStringLiteral("Number of batches (default 1)."),
               QStringLiteral("n"));
    cmd.option(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
               QStringLiteral("n"));
    cmd.option(QStringLiteral("prefix"), QStringLiteral("Batch id prefix (default 'B')."),
               QStringLiteral("text"));
    cmd.option(QStringLiteral("fault"),
               QStringLiteral("none, nozzle_clogging, inlet_temperature_drift or sensor_freeze "
                              "(applied to every simulated batch)."),
               QStringLiteral("kind"));
    cmd.option(QStringLiteral("fault-start"),
               QStringLiteral("Minute at which the fault starts (default 15)."),
               QStringLiteral("minute"));
    cmd.option(QStringLiteral("fault-rate"),
               QStringLiteral("Clogging: fraction of spray lost per minute (default 0.03); drift: "
                              "degC per minute (default -0.4)."),
               QStringLiteral("rate"));
    cmd.option(QStringLiteral("frozen"),
               QStringLiteral("Sensor freeze: the signal that sticks (default "
                              "product_temperature)."),
               QStringLiteral("signal"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print a JSON summary."));
    if (!cmd.parse(args))
        return kExitOk;
    const Eigen::Index n = countOption(cmd, QStringLiteral("batches"), 1);
    const auto seed = static_cast<std::uint64_t>(countOption(cmd, QStringLiteral("seed"), 1));
    sim::Fault fault;
    if (cmd.isSet(QStringLiteral("fault"))) {
        const auto kind = sim::faultFromName(cmd.value(QStringLiteral("fault")).toStdString());
        if (!kind)
            usageError(QStringLiteral("mva simulate: unknown --fault '%1'")
                           .arg(cmd.value(QStringLiteral("fault"))));
        fault.kind = *kind;
    }
    fault.startMinute = numberOption(cmd, QStringLiteral("fault-start"), 15.0);
    fault.rate = numberOption(cmd, QStringLiteral("fault-rate"),
                              fault.kind == sim::FaultKind::NozzleClogging ? 0.03 : -0.4);
    if (cmd.isSet(QStringLiteral("frozen"))) {
        const auto s = sim::signalFromName(cmd.value(QStringLiteral("frozen")).toStdString());
        if (!s)
            usageError(QStringLiteral("mva simulate: unknown --frozen signal '%1'")
                           .arg(cmd.value(QStringLiteral("frozen"))));
        fault.frozen = *s;
    }
    const QString prefix = cmd.isSet(QStringLiteral("prefix")) ? cmd.value(QStringLiteral("prefix"))
                                                               : QStringLiteral("B");
    sim::FluidBedSimulator simulator(seed);
    std::vector<sim::SimulatedBatch> batches;
    QJsonArray summary;
    for (Eigen::Index i = 0; i < n; ++i) {
        batches.push_back(simulator.runBatch(
            (prefix + QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'))).toStdString(),
            fault));
        const sim::SimulatedBatch& b = batches.back();
        summary.append(
            QJsonObject{{QStringLiteral("batch"), QString::fromStdString(b.batchId)},
                        {QStringLiteral("observations"), static_cast<int>(b.rows.size())},
                        {QStringLiteral("final_moisture"), b.rows.back().trueMoisture},
                        {QStringLiteral("out_of_spec_minute"),
                         b.outOfSpecMinute ? QJsonValue(*b.outOfSpecMinute) : QJsonValue()}});
    }
    const std::string csv = sim::FluidBedSimulator::toCsv(batches);
    QSaveFile out(cmd.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(csv.data(), static_cast<qint64>(csv.size())) != static_cast<qint64>(csv.size()) ||
        !out.commit())
        failure(QStringLiteral("mva simulate: cannot write %1: %2")
                    .arg(cmd.value(QStringLiteral("out")), out.errorString()));
    if (cmd.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("fault"), QString::fromLatin1(sim::faultName(fault.kind))},
                   {QStringLiteral("seed"), static_cast<double>(seed)},
                   {QStringLiteral("batches"), summary}});
        return kExitOk;
    }
    printOut(QStringLiteral("%1 batch(es) written to %2 (seed %3, fault %4)\n")
                 .arg(n)
                 .arg(cmd.value(QStringLiteral("out")))
                 .arg(seed)
                 .arg(QString::fromLatin1(sim::faultName(fault.kind))));
    return kExitOk;
}

// ---------------------------------------------------------------------------------- bem

QJsonObject bemSummary(const BatchEvolutionModel& m) {
    return {
        {QStringLiteral("variables"), names(m.variables())},
        {QStringLiteral("maturity"), QString::fromStdString(m.maturityName)},
        {QStringLiteral("components"), static_cast<int>(m.components())},
        {QStringLiteral("batches"), static_cast<int>(m.trainingBatches.size())},
        {QStringLiteral("observations"), static_cast<double>(m.pca.observations)},
        {QStringLiteral("explained_variance_ratio"), vec(m.pca.explainedRatio)},
        {QStringLiteral("eigenvalues"), vec(m.pca.eigenvalues)},
        {QStringLiteral("grid"), vec(m.grid)},
        {QStringLiteral("score_mean"), rows(m.scoreMean)},
        {QStringLiteral("score_sd"), rows(m.scoreSd)},
        {QStringLiteral("spe_95"), vec(m.spe95)},
        {QStringLiteral("spe_99"), vec(m.spe99)},
        {QStringLiteral("limits"), QJsonObject{{QStringLiteral("t2_95"), m.pca.lim.t2_95},
                                               {QStringLiteral("t2_99"), m.pca.lim.t2_99},
                                               {QStringLiteral("dmodx_95"), m.pca.lim.dmodx_95},
                                               {QStringLiteral("dmodx_99"), m.pca.lim.dmodx_99}}}};
}

int runBemFit(const QStringList& args) {
    Command cmd(QStringLiteral("mva bem fit"),
                QStringLiteral("Fit a batch evolution model (observation level) to historical "
                               "batches: variable-wise unfolding, PCA, per-maturity score means "
                               "+/- 3 SD and SPE limits."));
    cmd.option(QStringLiteral("csv"), QStringLiteral("Training batches (one row per observation)."),
               QStringLiteral("path"), true);
    addVariableSelection(cmd);
    cmd.option(QStringLiteral("components"), QStringLiteral("Number of components A."),
               QStringLiteral("A"), true);
    addScaleOption(cmd);
    cmd.option(QStringLiteral("grid-points"),
               QStringLiteral("Maturity grid points (default: median observations per batch)."),
               QStringLiteral("G"));
    cmd.option(QStringLiteral("spe-window"),
               QStringLiteral("SPE limits pool +/- this many grid points (default 2)."),
               QStringLiteral("w"));
    cmd.option(QStringLiteral("save-model"), QStringLiteral("Write the model JSON here."),
               QStringLiteral("path"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print the model summary as JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    BemOptions o;
    o.components = componentsOption(cmd);
    o.scaling = scalingOption(cmd);
    o.gridPoints = countOption(cmd, QStringLiteral("grid-points"), 0);
    o.speWindow =
        cmd.isSet(QStringLiteral("spe-window"))
            ? static_cast<Eigen::Index>(numberOption(cmd, QStringLiteral("spe-window"), 2))
            : 2;
    const BatchSet set =
        readBatches(cmd, QStringLiteral("bem fit"), listOption(cmd, QStringLiteral("variables")));
    const BemFit fit =
        guarded(QStringLiteral("bem fit"), [&] { return fitBatchEvolution(set, o); });
    QString hash;
    if (cmd.isSet(QStringLiteral("save-model"))) {
        guarded(QStringLiteral("bem fit"), [&] {
            saveBem(fit.model, cmd.value(QStringLiteral("save-model")));
            return 0;
        });
        hash = bemToJson(fit.model)[QStringLiteral("content_hash")].toString();
    }
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonObject out = bemSummary(fit.model);
        if (!hash.isEmpty())
            out[QStringLiteral("model_content_hash")] = hash;
        printJson(out);
        return kExitOk;
    }
    const BatchEvolutionModel& m = fit.model;
    printOut(QStringLiteral("Batch evolution model: %1 batches, %2 observations, %3 variables, "
                            "%4 components (R2X %5 %), %6 grid points on '%7'\n")
                 .arg(m.trainingBatches.size())
                 .arg(m.pca.observations)
                 .arg(m.pca.variables())
                 .arg(m.components())
                 .arg(QString::number(100 * m.pca.explainedRatio.sum(), 'f', 1))
                 .arg(m.grid.size())
                 .arg(QString::fromStdString(m.maturityName)) +
             (hash.isEmpty() ? QString()
                             : QStringLiteral("model saved: %1 (content hash %2)\n")
                                   .arg(cmd.value(QStringLiteral("save-model")), hash)));
    return kExitOk;
}

int runBemScore(const QStringList& args) {
    Command cmd(QStringLiteral("mva bem score"),
                QStringLiteral("Score the observations of one or more batches against a batch "
                               "evolution model and report the alarms the online monitor would "
                               "raise (offline: nothing is recorded)."));
    cmd.option(QStringLiteral("model"), QStringLiteral("Model file from mva bem fit."),
               QStringLiteral("path"), true);
    cmd.option(QStringLiteral("csv"), QStringLiteral("Batches to score."), QStringLiteral("path"),
               true);
    addBatchColumns(cmd);
    cmd.option(QStringLiteral("alarm-run"),
               QStringLiteral("Consecutive points beyond a 99 % limit that raise an alarm "
                              "(default 3)."),
               QStringLiteral("n"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print every observation as JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    const BatchEvolutionModel m = guarded(
        QStringLiteral("bem score"), [&] { return loadBem(cmd.value(QStringLiteral("model"))); });
    // The maturity column defaults to the model's own maturity variable.
    const std::string maturity = cmd.isSet(QStringLiteral("maturity-column"))
                                     ? cmd.value(QStringLiteral("maturity-column")).toStdString()
                                     : m.maturityName;
    const BatchSet set = guarded(QStringLiteral("bem score"), [&] {
        return readBatchCsv(cmd.value(QStringLiteral("csv")).toStdString(),
                            batchColumn(cmd).toStdString(), maturity, m.variables());
    });
    AlarmConfig config;
    config.consecutive = static_cast<int>(countOption(cmd, QStringLiteral("alarm-run"), 3));
    BemScorer scorer(m);
    QJsonArray batches;
    QList<QStringList> table;
    for (const BatchTrajectory& b : set.batches) {
        AlarmDetector detector(m, config);
        QJsonArray obs, alarms;
        int spe = 0, t2 = 0;
        const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> x = b.x;
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            const BemPoint& p = scorer.score(b.maturity(i), x.row(i).data());
            spe += p.spe > p.spe99;
            t2 += p.t2 > p.t2_99;
            if (cmd.isSet(QStringLiteral("json")))
                obs.append(QJsonObject{{QStringLiteral("maturity"), p.maturity},
                                       {QStringLiteral("scores"), vec(p.scores)},
                                       {QStringLiteral("score_low"), vec(p.scoreLow)},
                                       {QStringLiteral("score_high"), vec(p.scoreHigh)},
                                       {QStringLiteral("t2"), number(p.t2)},
                                       {QStringLiteral("spe"), number(p.spe)},
                                       {QStringLiteral("dmodx"), number(p.dmodx)},
                                       {QStringLiteral("limits"),
                                        QJsonObject{{QStringLiteral("t2_95"), p.t2_95},
                                                    {QStringLiteral("t2_99"), p.t2_99},
                                                    {QStringLiteral("spe_95"), p.spe95},
                                                    {QStringLiteral("spe_99"), p.spe99},
                                                    {QStringLiteral("dmodx_95"), p.dmodx_95},
                                                    {QStringLiteral("dmodx_99"), p.dmodx_99}}},
                                       {QStringLiteral("contributions"),
                                        QJsonObject{{QStringLiteral("t2"), vec(p.t2Contrib)},
                                                    {QStringLiteral("spe"), vec(p.speContrib)}}}});
            for (const AlarmChange& a : detector.feed(p)) {
                if (a.kind != AlarmChange::Kind::Raised)
                    continue;
                QJsonArray who;
                for (const Contributor& k : a.contributors)
                    who.append(QJsonObject{
                        {QStringLiteral("variable"), QString::fromStdString(k.variable)},
                        {QStringLiteral("direction"),
                         k.high ? QStringLiteral("high") : QStringLiteral("low")},
                        {QStringLiteral("contribution"), k.contribution}});
                alarms.append(QJsonObject{{QStringLiteral("condition"), a.condition.key()},
                                          {QStringLiteral("maturity"), a.maturity},
                                          {QStringLiteral("message"), a.message},
                                          {QStringLiteral("contributors"), who}});
                table.append(
                    {QString::fromStdString(b.id), a.condition.key(), fmt(a.maturity), a.message});
            }
        }
        batches.append(QJsonObject{{QStringLiteral("batch"), QString::fromStdString(b.id)},
                                   {QStringLiteral("observations"), obs},
                                   {QStringLiteral("spe_above_99"), spe},
                                   {QStringLiteral("t2_above_99"), t2},
                                   {QStringLiteral("alarms"), alarms}});
    }
    if (cmd.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("variables"), names(m.variables())},
                   {QStringLiteral("batches"), batches}});
        return kExitOk;
    }
    printOut(QStringLiteral("%1 batch(es) scored against %2\n\n")
                 .arg(set.batches.size())
                 .arg(cmd.value(QStringLiteral("model"))) +
             (table.isEmpty()
                  ? QStringLiteral("no alarms\n")
                  : formatTable({QStringLiteral("batch"), QStringLiteral("condition"),
                                 QString::fromStdString(m.maturityName), QStringLiteral("alarm")},
                                table)));
    return kExitOk;
}

// ---------------------------------------------------------------------------------- blm

int runBlmFit(const QStringList& args) {
    Command cmd(QStringLiteral("mva blm fit"),
                QStringLiteral("Fit a batch-level model: batches aligned on a maturity grid, "
                               "unfolded batch-wise (one row per batch), PCA."));
    cmd.option(QStringLiteral("csv"), QStringLiteral("Training batches."), QStringLiteral("path"),
               true);
    addVariableSelection(cmd);
    cmd.option(QStringLiteral("components"), QStringLiteral("Number of components A."),
               QStringLiteral("A"), true);
    addScaleOption(cmd);
    cmd.option(QStringLiteral("grid-points"), QStringLiteral("Maturity grid points (default 61)."),
               QStringLiteral("G"));
    cmd.option(QStringLiteral("save-model"), QStringLiteral("Write the model JSON here."),
               QStringLiteral("path"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print the fit as JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    BlmOptions o;
    o.components = componentsOption(cmd);
    o.scaling = scalingOption(cmd);
    o.gridPoints = countOption(cmd, QStringLiteral("grid-points"), 61);
    const BatchSet set =
        readBatches(cmd, QStringLiteral("blm fit"), listOption(cmd, QStringLiteral("variables")));
    const BlmFit fit = guarded(QStringLiteral("blm fit"), [&] { return fitBatchLevel(set, o); });
    QString hash;
    if (cmd.isSet(QStringLiteral("save-model"))) {
        guarded(QStringLiteral("blm fit"), [&] {
            saveBlm(fit.model, cmd.value(QStringLiteral("save-model")));
            return 0;
        });
        hash = blmToJson(fit.model)[QStringLiteral("content_hash")].toString();
    }
    const PcaModel& p = fit.model.pca;
    if (cmd.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("variables"), names(fit.model.variables)},
                   {QStringLiteral("batches"), names(fit.model.trainingBatches)},
                   {QStringLiteral("grid"), vec(fit.model.grid)},
                   {QStringLiteral("explained_variance_ratio"), vec(p.explainedRatio)},
                   {QStringLiteral("scores"), rows(fit.training.scores)},
                   {QStringLiteral("t2"), vec(fit.training.t2)},
                   {QStringLiteral("spe"), vec(fit.training.spe)},
                   {QStringLiteral("limits"),
                    QJsonObject{{QStringLiteral("t2_95"), p.lim.t2_95},
                                {QStringLiteral("t2_99"), p.lim.t2_99},
                                {QStringLiteral("t2_phase1_99"), p.lim.t2_phase1_99},
                                {QStringLiteral("spe_95"), p.lim.spe_95},
                                {QStringLiteral("spe_99"), p.lim.spe_99}}},
                   {QStringLiteral("model_content_hash"), hash}});
        return kExitOk;
    }
    printOut(QStringLiteral("Batch-level model: %1 batches x %2 columns (%3 grid points x %4 "
                            "variables), %5 components (R2X %6 %)\n")
                 .arg(fit.model.trainingBatches.size())
                 .arg(p.variables())
                 .arg(fit.model.grid.size())
                 .arg(fit.model.variables.size())
                 .arg(p.components())
                 .arg(QString::number(100 * p.explainedRatio.sum(), 'f', 1)) +
             (hash.isEmpty() ? QString()
                             : QStringLiteral("model saved: %1 (content hash %2)\n")
                                   .arg(cmd.value(QStringLiteral("save-model")), hash)));
    return kExitOk;
}

int runBlmScore(const QStringList& args) {
    Command cmd(QStringLiteral("mva blm score"),
                QStringLiteral("Score batches (finished or ongoing) against a batch-level model; "
                               "an ongoing batch's unseen future is treated as missing."));
    cmd.option(QStringLiteral("model"), QStringLiteral("Model file from mva blm fit."),
               QStringLiteral("path"), true);
    cmd.option(QStringLiteral("csv"), QStringLiteral("Batches to score."), QStringLiteral("path"),
               true);
    addBatchColumns(cmd);
    cmd.option(QStringLiteral("up-to"),
               QStringLiteral("Score only the observations up to this maturity (an ongoing "
                              "batch)."),
               QStringLiteral("maturity"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    const BatchLevelModel m = guarded(QStringLiteral("blm score"),
                                      [&] { return loadBlm(cmd.value(QStringLiteral("model"))); });
    const std::string maturity = cmd.isSet(QStringLiteral("maturity-column"))
                                     ? cmd.value(QStringLiteral("maturity-column")).toStdString()
                                     : m.maturityName;
    BatchSet set = guarded(QStringLiteral("blm score"), [&] {
        return readBatchCsv(cmd.value(QStringLiteral("csv")).toStdString(),
                            batchColumn(cmd).toStdString(), maturity, m.variables);
    });
    const double upTo = numberOption(cmd, QStringLiteral("up-to"), INFINITY);
    QJsonArray out;
    QList<QStringList> table;
    for (BatchTrajectory& b : set.batches) {
        Eigen::Index n = 0;
        while (n < b.maturity.size() && b.maturity(n) <= upTo) ++n;
        if (n < 2)
            failure(QStringLiteral("mva blm score: batch '%1' has fewer than two observations up "
                                   "to %2")
                        .arg(QString::fromStdString(b.id))
                        .arg(upTo));
        b.maturity.conservativeResize(n);
        b.x.conservativeResize(n, Eigen::NoChange);
        const BlmScore s =
            guarded(QStringLiteral("blm score"), [&] { return scoreBatchLevel(m, b); });
        out.append(
            QJsonObject{{QStringLiteral("batch"), QString::fromStdString(b.id)},
                        {QStringLiteral("maturity"), s.maturity},
                        {QStringLiteral("present_grid_points"), static_cast<int>(s.presentPoints)},
                        {QStringLiteral("scores"), vec(s.scores)},
                        {QStringLiteral("t2"), number(s.t2)},
                        {QStringLiteral("spe"), number(s.spe)},
                        {QStringLiteral("instant_spe"), number(s.instantSpe)},
                        {QStringLiteral("limits"),
                         QJsonObject{{QStringLiteral("t2_95"), s.t2_95},
                                     {QStringLiteral("t2_99"), s.t2_99},
                                     {QStringLiteral("instant_spe_95"), s.instantSpe95},
                                     {QStringLiteral("instant_spe_99"), s.instantSpe99}}}});
        table.append({QString::fromStdString(b.id), fmt(s.maturity), fmt(s.t2), fmt(s.t2_99),
                      fmt(s.instantSpe), fmt(s.instantSpe99)});
    }
    if (cmd.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("batches"), out}});
        return kExitOk;
    }
    printOut(formatTable(
        {QStringLiteral("batch"), QString::fromStdString(m.maturityName), QStringLiteral("T2"),
         QStringLiteral("T2 99 %"), QStringLiteral("SPE now"), QStringLiteral("SPE now 99 %")},
        table));
    return kExitOk;
}

// ------------------------------------------------------------------------------ predict

int runPredict(const QStringList& args) {
    Command cmd(QStringLiteral("mva predict"),
                QStringLiteral("Soft sensor: predict the responses of a saved PLS model (mva pls "
                               "--save-model) for every row of a CSV file; columns by name."));
    cmd.option(QStringLiteral("model"), QStringLiteral("PLS model file."), QStringLiteral("path"),
               true);
    cmd.option(QStringLiteral("csv"), QStringLiteral("Observations (X variables by name)."),
               QStringLiteral("path"), true);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    SoftSensor sensor(guarded(QStringLiteral("predict"),
                              [&] { return loadPlsModel(cmd.value(QStringLiteral("model"))); }));
    const PlsModel& m = sensor.model();
    // Only the model's X variables are read; other columns (ids, text) are skipped.
    CsvLimits lim;
    lim.numericColumns = m.xNames;
    const CsvTable t = guarded(QStringLiteral("predict"), [&] {
        return readCsvFile(cmd.value(QStringLiteral("csv")).toStdString(), lim);
    });
    std::vector<Eigen::Index> cols;
    for (const std::string& v : m.xNames) {
        const Eigen::Index c = t.column(v);
        if (c < 0)
            failure(QStringLiteral("mva predict: %1: model variable '%2' is not a column")
                        .arg(cmd.value(QStringLiteral("csv")), QString::fromStdString(v)));
        cols.push_back(c);
    }
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> x =
        t.values(Eigen::all, cols);
    Eigen::MatrixXd y(x.rows(), m.yNames.size());
    Eigen::VectorXd t2(x.rows()), spe(x.rows());
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        sensor.predict(x.row(i).data());
        y.row(i) = sensor.prediction().transpose();
        t2(i) = sensor.t2();
        spe(i) = sensor.spe();
    }
    if (cmd.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("y_variables"), names(m.yNames)},
                   {QStringLiteral("predictions"), rows(y)},
                   {QStringLiteral("t2"), vec(t2)},
                   {QStringLiteral("spe"), vec(spe)},
                   {QStringLiteral("limits"),
                    QJsonObject{{QStringLiteral("t2_99"), sensor.t2Limit99()},
                                {QStringLiteral("spe_99"), sensor.speLimit99()}}}});
        return kExitOk;
    }
    QList<QStringList> table;
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        QStringList r{QString::number(i + 1)};
        for (Eigen::Index j = 0; j < y.cols(); ++j) r << fmt(y(i, j));
        r << (t2(i) <= sensor.t2Limit99() && spe(i) <= sensor.speLimit99() ? QStringLiteral("yes")
                                                                           : QStringLiteral("no"));
        table.append(r);
    }
    QStringList headers{QStringLiteral("row")};
    for (const std::string& n : m.yNames) headers << QString::fromStdString(n);
    headers << QStringLiteral("within model");
    printOut(formatTable(headers, table));
    return kExitOk;
}

}  // namespace

std::vector<Subcommand> mvaBatchSubcommands() {
    return {
        {QStringLiteral("simulate"), QStringLiteral("Simulate fluid-bed batches to CSV"),
         runSimulate},
        {QStringLiteral("bem"), QStringLiteral("Batch evolution model: fit | score"),
         [](const QStringList& a) {
             return runGroup(
                 QStringLiteral("mva bem"),
                 QStringLiteral("Batch evolution model (observation level)."),
                 {{QStringLiteral("fit"), QStringLiteral("Fit to historical batches"), runBemFit},
                  {QStringLiteral("score"), QStringLiteral("Score batches, list alarms"),
                   runBemScore}},
                 a);
         }},
        {QStringLiteral("blm"), QStringLiteral("Batch-level model: fit | score"),
         [](const QStringList& a) {
             return runGroup(
                 QStringLiteral("mva blm"),
                 QStringLiteral("Batch-level model (batch-wise unfolding)."),
                 {{QStringLiteral("fit"), QStringLiteral("Fit to historical batches"), runBlmFit},
                  {QStringLiteral("score"), QStringLiteral("Score finished or ongoing batches"),
                   runBlmScore}},
                 a);
         }},
        {QStringLiteral("predict"), QStringLiteral("Soft sensor: predict with a PLS model"),
         runPredict},
    };
}

}  // namespace batch::cli
