#include "Cli.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>

namespace batch::cli {

void usageError(const QString& message) {
    throw CliError(kExitUsage, message);
}

void failure(const QString& message) {
    throw CliError(kExitFailure, message);
}

void printOut(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

QString formatSubcommands(const QString& title, const std::vector<SubcommandHelp>& entries) {
    qsizetype width = 0;
    for (const auto& e : entries) width = std::max(width, e.name.size());
    QString text = title + QLatin1Char('\n');
    for (const auto& e : entries)
        text += QStringLiteral("  %1  %2\n").arg(e.name.leftJustified(width), e.summary);
    return text;
}

QString formatTable(const QStringList& headers, const QList<QStringList>& rows) {
    QList<qsizetype> widths;
    for (const QString& h : headers) widths.append(h.size());
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto line = [&](const QStringList& cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            out += last ? cells[i] : cells[i].leftJustified(widths.value(i)) + QStringLiteral("  ");
        }
        return out + QLatin1Char('\n');
    };
    QString text = line(headers);
    for (const QStringList& row : rows) text += line(row);
    return text;
}

bool wantsHelp(const QStringList& args) {
    return !args.isEmpty() &&
           (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
            args.first() == QLatin1String("-?") || args.first() == QLatin1String("help"));
}

int runGroup(const QString& group, const QString& description,
             const std::vector<Subcommand>& subcommands, const QStringList& args) {
    std::vector<SubcommandHelp> entries;
    for (const Subcommand& s : subcommands) entries.push_back({s.name, s.summary});
    const QString help =
        QStringLiteral(
            "Usage: batchctl %1 <command> [options]\n\n%2\n\n%3\n"
            "Run 'batchctl %1 <command> --help' for its options.\n")
            .arg(group, description, formatSubcommands(QStringLiteral("Commands:"), entries));
    if (wantsHelp(args)) {
        printOut(help);
        return kExitOk;
    }
    if (args.isEmpty())
        usageError(QStringLiteral("batchctl %1: missing command\n\n%2").arg(group, help));
    for (const Subcommand& s : subcommands) {
        if (s.name == args.first())
            return s.run(args.mid(1));
    }
    usageError(QStringLiteral("batchctl %1: unknown command '%2'\nTry 'batchctl %1 --help'.")
                   .arg(group, args.first()));
}

Command::Command(QString path, const QString& description) : path_(std::move(path)) {
    parser_.setApplicationDescription(description);
    parser_.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser_.addHelpOption();
}

void Command::option(const QString& name, const QString& description, const QString& valueName,
                     bool required) {
    parser_.addOption(QCommandLineOption(name, description, valueName));
    if (required)
        required_.append(name);
}

void Command::flag(const QString& name, const QString& description) {
    parser_.addOption(QCommandLineOption(name, description));
}

QString Command::helpText() const {
    // Qt prints the executable path in the usage line; show the command words instead,
    // so `batchctl user add --help` says how to call exactly this command.
    QString text = parser_.helpText();
    const QString exe = QCoreApplication::arguments().value(0);
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = exe.isEmpty() ? -1 : text.indexOf(exe);
    if (at >= 0 && (eol < 0 || at < eol))
        text.replace(at, exe.size(), QStringLiteral("batchctl ") + path_);
    return text;
}

bool Command::parse(const QStringList& args) {
    const QString display = QStringLiteral("batchctl ") + path_;
    const QString hint = QStringLiteral("\nTry '%1 --help'.").arg(display);
    // QCommandLineParser treats the first element as the program name.
    if (!parser_.parse(QStringList{display} + args))
        usageError(QStringLiteral("%1: %2%3").arg(display, parser_.errorText(), hint));
    if (parser_.isSet(QStringLiteral("help")) || parser_.isSet(QStringLiteral("help-all"))) {
        printOut(helpText());
        return false;
    }
    const QStringList stray = parser_.positionalArguments();
    if (!stray.isEmpty())
        usageError(
            QStringLiteral("%1: unexpected argument '%2'%3").arg(display, stray.first(), hint));
    for (const QString& name : std::as_const(required_)) {
        if (!parser_.isSet(name))
            usageError(
                QStringLiteral("%1: missing required option --%2%3").arg(display, name, hint));
    }
    for (const QString& name : parser_.optionNames()) {
        if (parser_.values(name).size() > 1)
            usageError(
                QStringLiteral("%1: option --%2 given more than once%3").arg(display, name, hint));
    }
    return true;
}

QString Command::require(const QString& name) const {
    if (!parser_.isSet(name))
        usageError(QStringLiteral("batchctl %1: missing required option --%2\nTry 'batchctl %1 "
                                  "--help'.")
                       .arg(path_, name));
    const QString v = parser_.value(name);
    if (v.trimmed().isEmpty())
        usageError(
            QStringLiteral("batchctl %1: option --%2 needs a non-empty value").arg(path_, name));
    return v;
}

QString readSecretFile(const QString& path, const QString& optionName) {
    if (path.isEmpty())
        usageError(QStringLiteral("option --%1 needs a file path").arg(optionName));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        failure(
            QStringLiteral("cannot read %1 file '%2': %3").arg(optionName, path, f.errorString()));
    constexpr qint64 kMaxLine = 4096;
    QByteArray line = f.readLine(kMaxLine + 1);
    while (line.endsWith('\n') || line.endsWith('\r')) line.chop(1);
    if (line.isEmpty())
        failure(QStringLiteral("%1 file '%2' is empty (its first line holds the password)")
                    .arg(optionName, path));
    if (line.size() > kMaxLine)
        failure(QStringLiteral("%1 file '%2': first line is longer than %3 bytes")
                    .arg(optionName, path)
                    .arg(kMaxLine));
    const QString secret = QString::fromUtf8(line);
    line.fill('\0');  // do not leave a second copy of the password lying around
    return secret;
}

}  // namespace batch::cli
