#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>
#include <stdexcept>
#include <vector>

namespace batch::cli {

// The exit codes are part of the CLI's contract (docs/cli.md): scripts and the
// integration tests branch on them.
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,   // verification failed, refused action, I/O problem
    kExitUsage = 2,     // missing, unknown or malformed option
    kExitWrongKey = 3,  // store::kWrongKeyMessage; the file is left untouched
};

// Thrown by command code; main() prints message() to stderr and exits with code().
class CliError : public std::runtime_error {
public:
    CliError(int code, const QString& message)
        : std::runtime_error(message.toStdString()), code_(code), message_(message) {}
    int code() const { return code_; }
    const QString& message() const { return message_; }

private:
    int code_;
    QString message_;
};

[[noreturn]] void usageError(const QString& message);
[[noreturn]] void failure(const QString& message);

// UTF-8 output that does not depend on the locale of the shell.
void printOut(const QString& text);
void printErr(const QString& text);

// One entry in a command list shown by `--help` of the program or of a group.
struct SubcommandHelp {
    QString name;
    QString summary;
};
QString formatSubcommands(const QString& title, const std::vector<SubcommandHelp>& entries);

// A leaf command ("user add"): its own QCommandLineParser with --help, strict about
// unknown options, stray arguments and missing required options (exit 2, naming them).
class Command {
public:
    Command(QString path, const QString& description);
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    // Adds a value option. Required options are checked by parse() after --help.
    void option(const QString& name, const QString& description, const QString& valueName,
                bool required = false);
    void flag(const QString& name, const QString& description);

    // Returns false when --help was handled (help printed to stdout: exit 0). Throws
    // CliError(kExitUsage) for parse errors and missing required options.
    bool parse(const QStringList& args);

    bool isSet(const QString& name) const { return parser_.isSet(name); }
    QString value(const QString& name) const { return parser_.value(name); }
    // The value of an option that must be present in this mode of the command.
    QString require(const QString& name) const;
    QString helpText() const;
    const QString& path() const { return path_; }

private:
    QString path_;
    QCommandLineParser parser_;
    QStringList required_;
};

// A plain-text table: columns padded to their widest cell, the last one left ragged.
QString formatTable(const QStringList& headers, const QList<QStringList>& rows);

// A subcommand of a group ("add" of "user"): runs on the words after its name.
struct Subcommand {
    QString name;
    QString summary;
    std::function<int(const QStringList&)> run;
};

// Dispatches `batchctl <group> <name> ...`; `batchctl <group> --help` lists the names.
int runGroup(const QString& group, const QString& description,
             const std::vector<Subcommand>& subcommands, const QStringList& args);

// True when `args` (after the program/group words) asks for help.
bool wantsHelp(const QStringList& args);

// Reads the first line of a secret file (password) without its line terminator. The
// content is never printed or logged; errors name the file and the option.
QString readSecretFile(const QString& path, const QString& optionName);

}  // namespace batch::cli
