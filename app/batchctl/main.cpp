// batchctl: administration of a BatchStation store from the command line (docs/cli.md).
#include "Commands.h"

#include "log/Logging.h"
#include "security/Users.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace batch;
using namespace batch::cli;

namespace {

QString programHelp() {
    std::vector<SubcommandHelp> entries{
        {QStringLiteral("init"), QStringLiteral("Create a new encrypted station store")},
        {QStringLiteral("sync"), QStringLiteral("Sync with the central database (--once | --follow)")}};
    for (const auto& [group, subs] : {std::pair{QStringLiteral("user"), userSubcommands()},
                                      std::pair{QStringLiteral("audit"), auditSubcommands()},
                                      std::pair{QStringLiteral("mva"), mvaSubcommands()},
                                      std::pair{QStringLiteral("mbr"), mbrSubcommands()},
                                      std::pair{QStringLiteral("batch"), batchSubcommands()},
                                      std::pair{QStringLiteral("central"), centralSubcommands()}}) {
        for (const Subcommand& s : subs)
            entries.push_back({group + QLatin1Char(' ') + s.name, s.summary});
    }
    return QStringLiteral(
               "Usage: batchctl <command> [options]\n\n"
               "Administration of a BatchStation station store: create it, manage users, show "
               "and verify the audit trail.\n\n%1\n"
               "Every command takes --help. Commands that open a store take --db PATH and "
               "--key-file PATH (first line: passphrase).\n"
               "Exit codes: 0 ok, 1 failure or refused, 2 usage error, 3 wrong key or not a "
               "BatchStation database.\n")
        .arg(formatSubcommands(QStringLiteral("Commands:"), entries));
}

int dispatch(const QStringList& args) {
    if (wantsHelp(args)) {
        printOut(programHelp());
        return kExitOk;
    }
    if (args.isEmpty())
        usageError(QStringLiteral("batchctl: missing command\n\n") + programHelp());
    const QString& command = args.first();
    if (command == QLatin1String("--version")) {
        printOut(QStringLiteral("batchctl %1\n").arg(QCoreApplication::applicationVersion()));
        return kExitOk;
    }
    if (command == QLatin1String("init"))
        return runInit(args.mid(1));
    if (command == QLatin1String("user"))
        return runGroup(command, QStringLiteral("Manage the users of a station store."),
                        userSubcommands(), args.mid(1));
    if (command == QLatin1String("mva"))
        return runGroup(command,
                        QStringLiteral("Multivariate analysis on CSV files: PCA, PLS, scoring "
                                       "against a saved model (docs/mva.md)."),
                        mvaSubcommands(), args.mid(1));
    if (command == QLatin1String("audit"))
        return runGroup(command,
                        QStringLiteral("Show, verify and checkpoint the audit trail (the "
                                       "hash-chained event log)."),
                        auditSubcommands(), args.mid(1));
    if (command == QLatin1String("mbr"))
        return runGroup(command,
                        QStringLiteral("Master batch records: import, review, approve (four "
                                       "eyes), make effective, retire."),
                        mbrSubcommands(), args.mid(1));
    if (command == QLatin1String("batch"))
        return runGroup(command,
                        QStringLiteral("Batch execution: start, status, hold, resume and scripted "
                                       "runs."),
                        batchSubcommands(), args.mid(1));
    if (command == QLatin1String("sync"))
        return runSync(args.mid(1));
    if (command == QLatin1String("central"))
        return runGroup(command,
                        QStringLiteral("The central PostgreSQL database: schema, stations, "
                                       "verification, master data (docs/sync.md)."),
                        centralSubcommands(), args.mid(1));
    usageError(
        QStringLiteral("batchctl: unknown command '%1'\nTry 'batchctl --help'.").arg(command));
}

// Commands that write PDFs: batch_report lays text out with Qt Gui, which needs a
// QGuiApplication. Every other command stays a plain QCoreApplication.
bool rendersPdf(int argc, char** argv) {
    static const QStringList kPdfCommands{QStringLiteral("export"), QStringLiteral("coa")};
    return argc > 1 && kPdfCommands.contains(QString::fromLocal8Bit(argv[1]));
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
    if (!rendersPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Headless by default: a station or CI box has no display for a PDF export.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

}  // namespace

int main(int argc, char** argv) {
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("batchctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCHCTL_VERSION));
    // stderr only, warnings and up: a CLI keeps its stdout for results.
    logging::configure(QString(), false);

    try {
        return dispatch(QCoreApplication::arguments().mid(1));
    } catch (const CliError& e) {
        printErr(e.message() + QLatin1Char('\n'));
        return e.code();
    } catch (const security::SecurityError& e) {
        printErr(QStringLiteral("refused: %1\n").arg(e.message()));
        return kExitFailure;
    } catch (const store::StoreError& e) {
        // Commands translate store errors with the file names; this is the safety net.
        const bool wrongKey = e.kind() == store::StoreErrorKind::WrongKey;
        printErr(QString::fromStdString(e.what()) + QLatin1Char('\n'));
        return wrongKey ? kExitWrongKey : kExitFailure;
    } catch (const std::exception& e) {
        printErr(QStringLiteral("batchctl: %1\n").arg(QString::fromStdString(e.what())));
        return kExitFailure;
    }
}
