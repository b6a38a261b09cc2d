#pragma once

#include "Cli.h"

#include <QStringList>

#include <vector>

namespace batch::cli {

// Each group parses the words after its name and returns the exit code; failures are
// thrown as CliError (or a core exception that main() maps to an exit code).
int runInit(const QStringList& args);
std::vector<Subcommand> userSubcommands();
std::vector<Subcommand> auditSubcommands();
std::vector<Subcommand> mvaSubcommands();
std::vector<Subcommand> mbrSubcommands();
std::vector<Subcommand> batchSubcommands();
std::vector<Subcommand> balanceSubcommands();
std::vector<Subcommand> instrumentSubcommands();
std::vector<Subcommand> materialSubcommands();
std::vector<Subcommand> equipmentSubcommands();
std::vector<Subcommand> reviewSubcommands();
int runDisposition(const QStringList& args);  // `batch disposition` (ReviewCommands.cpp)
int runExport(const QStringList& args);       // `export ...` and `export verify`
int runSync(const QStringList& args);
std::vector<Subcommand> centralSubcommands();
// Sampling (docs/sampling.md): the groups product, variant, plan, countrule, rule,
// sampling and lot, and the single command coa (certificate of analysis).
struct CommandGroup {
    QString name;
    QString description;
    std::vector<Subcommand> subcommands;
};
std::vector<CommandGroup> samplingGroups();
int runCoa(const QStringList& args);
std::vector<Subcommand> centralMvaSubcommands();  // CentralMvaCommands.cpp
// CentralMasterCommands.cpp: the instrument master and sampling master data.
std::vector<Subcommand> centralInstrumentSubcommands();
std::vector<Subcommand> centralSamplingSubcommands();

}  // namespace batch::cli
