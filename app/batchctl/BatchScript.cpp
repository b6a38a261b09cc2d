#include "BatchScript.h"

#include "BalanceClient.h"
#include "Cli.h"
#include "CliClock.h"

#include "exec/ExecTypes.h"
#include "instruments/Decimal.h"
#include "simulator/SimulatorControl.h"
#include "transport/InstrumentLink.h"

#include <QDir>
#include <QRegularExpression>

namespace batch::cli {
namespace {

struct Shape {
    const char* verb;
    int words;        // fixed words after the verb
    bool restNeeded;  // free text required
};

constexpr Shape kShapes[] = {
    {"login", 2, false},
    {"start", 1, false},
    {"complete", 1, false},
    {"weigh", 5, true},
    {"sign", 4, false},
    {"deviation", 1, true},
    {"approve-deviation", 3, false},
    {"correct", 1, true},
    {"hold", 0, true},
    {"resume", 0, true},
    {"wait", 1, false},
    {"tare", 1, false},
    {"zero", 1, false},
    {"load", 2, false},
    {"daily-check", 2, false},
    {"override", 4, true},
    {"close-deviation", 3, true},
};

constexpr int kConnectTimeoutMs = 10000;
constexpr int kAnswerTimeoutMs = 15000;

// `weigh STEP from INSTRUMENT`: the live form (the balance is read); otherwise the
// reading is given on the line (instruments that are read off).
bool isLiveWeigh(const QString& verb, const QString& rest) {
    static const QRegularExpression kLive(QStringLiteral("^\\S+\\s+from\\s+\\S+$"));
    return verb == QLatin1String("weigh") && kLive.match(rest.trimmed()).hasMatch();
}

// Lines that prepare the next action at the balance: like `wait`, they belong to it and
// are skipped with it when a run resumes after an interruption.
bool preparesNextAction(const QString& verb) {
    return verb == QLatin1String("wait") || verb == QLatin1String("tare") ||
           verb == QLatin1String("zero") || verb == QLatin1String("load") ||
           verb == QLatin1String("daily-check");
}

const Shape* shapeOf(const QString& verb) {
    for (const Shape& s : kShapes)
        if (verb == QLatin1String(s.verb))
            return &s;
    return nullptr;
}

// Splits off `count` whitespace-separated words; the remainder keeps its inner spacing.
bool splitWords(const QString& text, int count, QStringList* words, QString* rest) {
    QString remaining = text.trimmed();
    for (int i = 0; i < count; ++i) {
        if (remaining.isEmpty())
            return false;
        const qsizetype space = remaining.indexOf(QRegularExpression(QStringLiteral("\\s")));
        words->append(space < 0 ? remaining : remaining.left(space));
        remaining = space < 0 ? QString() : remaining.mid(space).trimmed();
    }
    *rest = remaining;
    return true;
}

QStringList fields(const QString& rest) {
    QStringList out;
    for (const QString& f : rest.split(QLatin1Char('|'))) out.append(f.trimmed());
    return out;
}

[[noreturn]] void refused(const ScriptLine& line, const QString& why) {
    failure(QStringLiteral("line %1 (%2): refused: %3").arg(line.number).arg(line.verb, why));
}

}  // namespace

std::vector<ScriptLine> parseBatchScript(const QString& text, const QString& fileName) {
    std::vector<ScriptLine> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString body = lines[i].trimmed();
        if (body.isEmpty() || body.startsWith(QLatin1Char('#')))
            continue;
        ScriptLine line;
        line.number = i + 1;
        auto bad = [&](const QString& why) {
            usageError(QStringLiteral("%1:%2: %3").arg(fileName).arg(line.number).arg(why));
        };
        QStringList head;
        QString rest;
        if (body.startsWith(QLatin1String("expect-refused "))) {
            if (!splitWords(body, 2, &head, &rest))
                bad(QStringLiteral("expect-refused needs a refusal kind and a command"));
            line.expectRefusal = head[1];
            body = rest;
            head.clear();
        }
        splitWords(body, 1, &head, &rest);
        line.verb = head.value(0);
        if (isLiveWeigh(line.verb, rest)) {
            splitWords(rest, 3, &line.args, &line.rest);
            out.push_back(std::move(line));
            continue;
        }
        const Shape* shape = shapeOf(line.verb);
        if (!shape)
            bad(QStringLiteral("unknown command '%1'").arg(line.verb));
        if (!splitWords(rest, shape->words, &line.args, &line.rest))
            bad(QStringLiteral("'%1' needs %2 word(s) before its text")
                    .arg(line.verb)
                    .arg(shape->words));
        if (shape->restNeeded && line.rest.isEmpty())
            bad(QStringLiteral("'%1' needs its text").arg(line.verb));
        out.push_back(std::move(line));
    }
    return out;
}

BatchScriptRunner::BatchScriptRunner(Station& station, QString batchId, QString scriptDir)
    : station_(station), batchId_(std::move(batchId)), scriptDir_(std::move(scriptDir)) {}

BatchScriptRunner::~BatchScriptRunner() = default;

QString BatchScriptRunner::password(const QString& file) const {
    const QString path = QDir::isAbsolutePath(file) ? file : QDir(scriptDir_).filePath(file);
    return readSecretFile(path, QStringLiteral("script password file"));
}

const security::User& BatchScriptRunner::actor(const ScriptLine& line) const {
    if (!user_)
        failure(QStringLiteral("line %1 (%2): nobody is signed in (use 'login' first)")
                    .arg(line.number)
                    .arg(line.verb));
    return *user_;
}

bool BatchScriptRunner::lineDone(const ScriptLine& line) {
    const exec::BatchProjection& b = station_.batches().projection(batchId_);
    const QString& v = line.verb;
    if (v == QLatin1String("login") || preparesNextAction(v) || line.expectRefusal)
        return false;
    if (v == QLatin1String("hold"))
        return b.holdReasons.contains(line.rest);
    if (v == QLatin1String("resume"))
        return b.resumeReasons.contains(line.rest);
    const exec::StepState* s = b.step(line.args.value(0));
    const bool completed = s && s->state == exec::StepState::State::Completed;
    if (v == QLatin1String("start"))
        return s && s->state != exec::StepState::State::Pending;
    if (v == QLatin1String("complete") || v == QLatin1String("weigh"))
        return completed;
    if (v == QLatin1String("sign")) {
        if (!completed)
            return false;
        for (const exec::SignatureEntry& sig : s->signatures)
            if (sig.meaning == line.args[1] && sig.signerId == line.args[2])
                return true;
        return false;
    }
    if (v == QLatin1String("deviation")) {
        const QStringList f = fields(line.rest);
        for (const exec::DeviationEntry& d : b.deviations)
            if (d.stepId == line.args[0] && d.category == f.value(0) && d.description == f.value(1))
                return true;
        return completed;
    }
    if (v == QLatin1String("approve-deviation")) {
        for (const exec::DeviationEntry& d : b.deviations)
            if (d.stepId == line.args[0] && d.approved())
                return true;
        return completed;
    }
    if (v == QLatin1String("override")) {
        const exec::OverrideEntry* o = b.overrideFor(line.args[0], line.args[1]);
        return completed || (o && o->approved());
    }
    if (v == QLatin1String("close-deviation")) {
        const exec::DeviationEntry* d = b.latestDeviationOn(line.args[0]);
        return d && d->closed();
    }
    if (v == QLatin1String("correct")) {
        const QStringList f = fields(line.rest);
        if (s)
            for (const exec::Correction& c : s->corrections)
                if (c.newValue == f.value(0) && c.reason == f.value(1))
                    return true;
        return false;
    }
    return false;
}

// A wait or an expected refusal belongs to the action after it: once that action is in
// the record, repeating them would only add time or duplicate refusal events.
bool BatchScriptRunner::done(const std::vector<ScriptLine>& lines, size_t index) {
    const ScriptLine& line = lines[index];
    if (line.verb == QLatin1String("login"))
        return false;
    if (!preparesNextAction(line.verb) && !line.expectRefusal)
        return lineDone(line);
    for (size_t j = index + 1; j < lines.size(); ++j) {
        const ScriptLine& next = lines[j];
        if (next.verb == QLatin1String("login") || preparesNextAction(next.verb) ||
            next.expectRefusal)
            continue;
        return lineDone(next);
    }
    return false;
}

instruments::Instrument BatchScriptRunner::instrument(const ScriptLine& line,
                                                      const QString& id) const {
    const std::optional<instruments::Instrument> in = station_.instruments().find(id);
    if (!in)
        refused(line, QStringLiteral("there is no instrument %1 in the instrument master").arg(id));
    return *in;
}

BalanceClient& BatchScriptRunner::balance(const ScriptLine& line, const QString& id) {
    std::unique_ptr<BalanceClient>& client = balances_[id];
    if (client)
        return *client;
    QString error;
    std::optional<devices::BalanceSettings> settings =
        devices::balanceSettingsFor(instrument(line, id), &error);
    if (!settings)
        refused(line, error);
    // Readings are stamped on the station's clock, the one the 1 s freshness rule uses.
    settings->clock = [&journal = station_.journal()] { return journal.nowMs(); };
    client = std::make_unique<BalanceClient>(*settings);
    if (!client->waitConnected(kConnectTimeoutMs, &error)) {
        balances_.erase(id);
        refused(line, QStringLiteral("balance %1: %2").arg(id, error));
    }
    return *client;
}

void BatchScriptRunner::weighLive(const ScriptLine& line) {
    const QString step = line.args.value(0);
    const QString id = line.args.value(2);
    QString error;
    const std::optional<devices::BalanceAnswer> a =
        balance(line, id).run(devices::BalanceOp::Capture, kAnswerTimeoutMs, &error);
    if (!a)
        refused(line, QStringLiteral("balance %1: %2").arg(id, error));
    const devices::Reply& r = a->reply;
    if (!r.isWeight())
        refused(line, QStringLiteral("balance %1 reports %2 [%3]")
                          .arg(id, r.errorText, QString::fromLatin1(r.raw)));
    const exec::StepInput in = devices::stepInputFrom(id, *a);
    const exec::CompletionResult c = station_.batches().complete(actor(line), batchId_, step, in);
    printOut(QStringLiteral("line %1: %2 %3 net on %4 (gross %5, tare %6)\n")
                 .arg(line.number)
                 .arg(c.value, c.unit, id, in.gross, in.tare));
    for (const QString& w : c.warnings)
        printOut(QStringLiteral("line %1: warning: %2\n").arg(line.number).arg(w));
}

bool BatchScriptRunner::executeInstrumentLine(const ScriptLine& line) {
    const QString& v = line.verb;
    const QString id = line.args.value(0);
    if (v == QLatin1String("weigh") && line.args.value(1) == QLatin1String("from")) {
        weighLive(line);
    } else if (v == QLatin1String("tare") || v == QLatin1String("zero")) {
        const bool tare = v == QLatin1String("tare");
        QString error;
        const auto a = balance(line, id).run(
            tare ? devices::BalanceOp::Tare : devices::BalanceOp::Zero, kAnswerTimeoutMs, &error);
        if (!a)
            refused(line, QStringLiteral("balance %1: %2").arg(id, error));
        if (a->reply.isError())
            refused(line, QStringLiteral("balance %1 reports %2 [%3]")
                              .arg(id, a->reply.errorText, QString::fromLatin1(a->reply.raw)));
    } else if (v == QLatin1String("load")) {
        // The scripted operator puts material on a simulated balance: there is no other
        // way to load one, and a real balance is loaded by hand.
        const instruments::Instrument in = instrument(line, id);
        if (!in.simulated)
            refused(line,
                    QStringLiteral("%1 is a real balance: put the material on the pan").arg(id));
        QString error;
        const QByteArray reply = devices::sim::sendControlCommand(
            in.connection.port + QStringLiteral(".ctl"), "load " + line.args[1].toLatin1(),
            kAnswerTimeoutMs, &error);
        if (!reply.startsWith("ok"))
            refused(line, reply.isEmpty() ? error : QString::fromUtf8(reply));
    } else if (v == QLatin1String("daily-check")) {
        const QString result = line.args.value(1);
        if (result != QLatin1String("pass") && result != QLatin1String("fail"))
            refused(line, QStringLiteral("the result of a daily check is pass or fail"));
        try {
            station_.instruments().recordDailyCheck(actor(line), id,
                                                    result == QLatin1String("pass"), line.rest);
        } catch (const instruments::InstrumentError& e) {
            refused(line, e.message());
        }
    } else {
        return false;
    }
    return true;
}

void BatchScriptRunner::execute(const ScriptLine& line) {
    exec::BatchEngine& engine = station_.batches();
    const QString& v = line.verb;
    const QString step = line.args.value(0);
    if (executeInstrumentLine(line))
        return;
    if (v == QLatin1String("login")) {
        const security::AuthResult r = station_.users().authenticate(
            line.args[0], password(line.args[1]), security::AuthPurpose::Login);
        if (!r.ok())
            refused(line,
                    QStringLiteral("sign-in of '%1' failed: %2").arg(line.args[0], r.message));
        user_ = r.user;
    } else if (v == QLatin1String("wait")) {
        bool ok = false;
        const int seconds = line.args[0].toInt(&ok);
        if (!ok || seconds < 0)
            refused(line, QStringLiteral("'%1' is not a number of seconds").arg(line.args[0]));
        cliWait(seconds);
    } else if (v == QLatin1String("start")) {
        engine.startStep(actor(line), batchId_, step);
    } else if (v == QLatin1String("complete")) {
        const exec::CompletionResult r =
            engine.complete(actor(line), batchId_, step, exec::StepInput{line.rest});
        for (const QString& w : r.warnings)
            printOut(QStringLiteral("line %1: warning: %2\n").arg(line.number).arg(w));
    } else if (v == QLatin1String("weigh")) {
        exec::StepInput in{line.args[1], line.args[2], line.args[4], line.rest, std::nullopt};
        if (line.args[3] == QLatin1String("stable"))
            in.stable = true;
        else if (line.args[3] == QLatin1String("unstable"))
            in.stable = false;
        else
            refused(line, QStringLiteral("the stability flag is 'stable' or 'unstable'"));
        const exec::CompletionResult r = engine.complete(actor(line), batchId_, step, in);
        for (const QString& w : r.warnings)
            printOut(QStringLiteral("line %1: warning: %2\n").arg(line.number).arg(w));
    } else if (v == QLatin1String("sign")) {
        const auto meaning = security::meaningFromName(line.args[1]);
        if (!meaning)
            refused(line, QStringLiteral("unknown signature meaning '%1'").arg(line.args[1]));
        engine.sign(batchId_, step, line.args[2], password(line.args[3]), *meaning, line.rest);
    } else if (v == QLatin1String("deviation")) {
        const QStringList f = fields(line.rest);
        exec::DeviationRequest request{step,       f.value(0), f.value(1),
                                       f.value(2), {},         f.value(3) == QLatin1String("hold")};
        const QString id = engine.raiseDeviation(actor(line), batchId_, request);
        printOut(QStringLiteral("line %1: raised %2\n").arg(line.number).arg(id));
    } else if (v == QLatin1String("approve-deviation")) {
        QString id;
        for (const exec::DeviationEntry& d : engine.projection(batchId_).deviations)
            if (d.stepId == step)
                id = d.id;
        if (id.isEmpty())
            refused(line, QStringLiteral("step %1 has no deviation").arg(step));
        engine.approveContinuation(batchId_, id, line.args[1], password(line.args[2]));
    } else if (v == QLatin1String("correct")) {
        const QStringList f = fields(line.rest);
        engine.correct(actor(line), batchId_, step, f.value(0), f.value(1));
    } else if (v == QLatin1String("override")) {
        const auto kind = exec::overrideKindFromName(line.args[1]);
        if (!kind)
            refused(line, QStringLiteral("unknown override kind '%1' (manual_entry, "
                                         "cleaning_expired)")
                              .arg(line.args[1]));
        const QString id = engine.grantOverride(actor(line), batchId_, {step, *kind, line.rest},
                                                line.args[2], password(line.args[3]));
        printOut(QStringLiteral("line %1: override %2 signed\n").arg(line.number).arg(id));
    } else if (v == QLatin1String("close-deviation")) {
        const exec::DeviationEntry* d = engine.projection(batchId_).latestDeviationOn(step);
        if (!d)
            refused(line, QStringLiteral("step %1 has no deviation").arg(step));
        const QString id = d->id;  // the projection is refreshed by the call below
        const QStringList f = fields(line.rest);
        engine.closeDeviation(batchId_, {id, f.value(0), f.value(1)}, line.args[1],
                              password(line.args[2]));
        printOut(QStringLiteral("line %1: closed %2\n").arg(line.number).arg(id));
    } else if (v == QLatin1String("hold")) {
        engine.hold(actor(line), batchId_, line.rest);
    } else if (v == QLatin1String("resume")) {
        engine.resume(actor(line), batchId_, line.rest);
    }
}

int BatchScriptRunner::run(const std::vector<ScriptLine>& lines) {
    int executed = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        const ScriptLine& line = lines[i];
        if (done(lines, i))
            continue;
        try {
            execute(line);
            if (line.expectRefusal)
                failure(QStringLiteral("line %1 (%2): expected a '%3' refusal, but it succeeded")
                            .arg(line.number)
                            .arg(line.verb, *line.expectRefusal));
        } catch (const exec::ExecError& e) {
            if (line.expectRefusal && *line.expectRefusal == exec::execErrorKindName(e.kind())) {
                printOut(QStringLiteral("line %1: refused as expected: %2\n")
                             .arg(line.number)
                             .arg(e.message()));
            } else {
                refused(line, e.message());
            }
        } catch (const security::SecurityError& e) {
            if (line.expectRefusal && *line.expectRefusal == QLatin1String("security"))
                printOut(QStringLiteral("line %1: refused as expected: %2\n")
                             .arg(line.number)
                             .arg(e.message()));
            else
                refused(line, e.message());
        }
        ++executed;
    }
    return executed;
}

}  // namespace batch::cli
