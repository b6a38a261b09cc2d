#pragma once

// Helpers shared by the `batchctl mva ...` command files (options, JSON output).
#include "Cli.h"

#include "mva/MvaError.h"
#include "mva/Preprocessing.h"

#include <Eigen/Dense>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <string>
#include <vector>

namespace batch::cli::mvacli {

// Wraps a core/mva failure as a CLI failure (exit 1) with the command's name.
template <typename F>
auto guarded(const QString& what, F&& f) {
    try {
        return f();
    } catch (const mva::MvaError& e) {
        failure(QStringLiteral("mva %1: %2").arg(what, QString::fromStdString(e.what())));
    }
}

Eigen::Index componentsOption(const Command& cmd);
// A positive integer option with a default when absent.
Eigen::Index countOption(const Command& cmd, const QString& name, Eigen::Index fallback);
double numberOption(const Command& cmd, const QString& name, double fallback);
mva::Scaling scalingOption(const Command& cmd);
void addScaleOption(Command& cmd);
QJsonValue number(double d);
QJsonArray vec(const Eigen::VectorXd& v);
QJsonArray rows(const Eigen::MatrixXd& m);
QJsonArray names(const std::vector<std::string>& n);
void printJson(const QJsonObject& o);
QString fmt(double d);
// "a,b,c" -> {"a","b","c"} (empty entries dropped).
std::vector<std::string> listOption(const Command& cmd, const QString& name);

}  // namespace batch::cli::mvacli

namespace batch::cli {
// The further `mva` subcommands, each group in its own file.
std::vector<Subcommand> mvaBatchSubcommands();  // MvaBatchCommands.cpp
std::vector<Subcommand> mvaModelSubcommands();  // MvaModelCommands.cpp
std::vector<Subcommand> mvaAlarmSubcommands();  // MvaAlarmCommands.cpp
}  // namespace batch::cli
