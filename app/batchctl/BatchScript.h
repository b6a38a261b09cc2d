#pragma once

#include "station/Station.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace batch::cli {

class BalanceClient;

// One line of a batch script (docs/batch-script.md).
struct ScriptLine {
    int number = 0;
    QString verb;
    QStringList args;  // the fixed words after the verb
    QString rest;      // the free text after them (value, raw frame, reason, ...)
    std::optional<QString> expectRefusal;  // expect-refused KIND: the refusal kind expected
};

// Parses the whole script; throws CliError (exit 2) naming the line of a malformed one.
std::vector<ScriptLine> parseBatchScript(const QString& text, const QString& fileName);

// The scripted operator: runs the lines against the batch through the engine, as a
// person at the station would. A line whose effect the record already holds is skipped,
// so the same script can be re-run after a crash and continues at the first step not
// committed. Signs in once per `login` line (PBKDF2 is deliberately slow). Returns the
// number of lines executed; a refusal throws CliError (exit 1) naming the line.
class BatchScriptRunner {
public:
    BatchScriptRunner(Station& station, QString batchId, QString scriptDir);
    ~BatchScriptRunner();
    int run(const std::vector<ScriptLine>& lines);

private:
    // The balance verbs (weigh STEP from INSTRUMENT, tare, zero, load, daily-check).
    bool executeInstrumentLine(const ScriptLine& line);
    void weighLive(const ScriptLine& line);
    BalanceClient& balance(const ScriptLine& line, const QString& instrumentId);
    instruments::Instrument instrument(const ScriptLine& line, const QString& id) const;
    bool done(const std::vector<ScriptLine>& lines, size_t index);
    bool lineDone(const ScriptLine& line);
    void execute(const ScriptLine& line);
    const security::User& actor(const ScriptLine& line) const;
    QString password(const QString& file) const;

    Station& station_;
    QString batchId_;
    QString scriptDir_;
    std::optional<security::User> user_;
    std::map<QString, std::unique_ptr<BalanceClient>> balances_;  // connected on first use
};

}  // namespace batch::cli
