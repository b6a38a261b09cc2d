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
int runSync(const QStringList& args);
std::vector<Subcommand> centralSubcommands();
std::vector<Subcommand> centralMvaSubcommands();  // CentralMvaCommands.cpp

}  // namespace batch::cli
