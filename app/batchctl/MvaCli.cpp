#include "MvaCli.h"

#include <QJsonDocument>

#include <cmath>

namespace batch::cli::mvacli {

using namespace batch::mva;

Eigen::Index componentsOption(const Command& cmd) {
    bool ok = false;
    const int a = cmd.require(QStringLiteral("components")).toInt(&ok);
    if (!ok || a < 1)
        usageError(QStringLiteral("%1: --components must be a positive integer").arg(cmd.path()));
    return a;
}

Scaling scalingOption(const Command& cmd) {
    const QString s = cmd.isSet(QStringLiteral("scale")) ? cmd.value(QStringLiteral("scale"))
                                                         : QStringLiteral("uv");
    try {
        return parseScaling(s.toStdString());
    } catch (const MvaError& e) {
        usageError(
            QStringLiteral("%1: --scale: %2").arg(cmd.path(), QString::fromStdString(e.what())));
    }
}

void addScaleOption(Command& cmd) {
    cmd.option(QStringLiteral("scale"),
               QStringLiteral("Scaling after mean-centring: none, uv (unit variance, the "
                              "default) or pareto."),
               QStringLiteral("none|uv|pareto"));
}

QJsonValue number(double d) {
    return std::isfinite(d) ? QJsonValue(d) : QJsonValue();
}

QJsonArray vec(const Eigen::VectorXd& v) {
    QJsonArray a;
    for (Eigen::Index i = 0; i < v.size(); ++i) a.append(number(v(i)));
    return a;
}

QJsonArray rows(const Eigen::MatrixXd& m) {
    QJsonArray a;
    for (Eigen::Index i = 0; i < m.rows(); ++i) a.append(vec(m.row(i).transpose()));
    return a;
}

QJsonArray names(const std::vector<std::string>& n) {
    QJsonArray a;
    for (const std::string& s : n) a.append(QString::fromStdString(s));
    return a;
}

void printJson(const QJsonObject& o) {
    printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

QString fmt(double d) {
    return QString::number(d, 'g', 6);
}

Eigen::Index countOption(const Command& cmd, const QString& name, Eigen::Index fallback) {
    if (!cmd.isSet(name))
        return fallback;
    bool ok = false;
    const int v = cmd.value(name).toInt(&ok);
    if (!ok || v < 1)
        usageError(QStringLiteral("%1: --%2 must be a positive integer").arg(cmd.path(), name));
    return v;
}

double numberOption(const Command& cmd, const QString& name, double fallback) {
    if (!cmd.isSet(name))
        return fallback;
    bool ok = false;
    const double v = cmd.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        usageError(QStringLiteral("%1: --%2 must be a number").arg(cmd.path(), name));
    return v;
}

std::vector<std::string> listOption(const Command& cmd, const QString& name) {
    std::vector<std::string> out;
    if (!cmd.isSet(name))
        return out;
    for (const QString& s : cmd.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.push_back(s.trimmed().toStdString());
    return out;
}

}  // namespace batch::cli::mvacli
