// `batchctl balance ...`: talk to a balance on a serial port (MT-SICS, SBI, A&D) or a USB
// HID scale, and run the balance simulator (docs/cli.md). No store is opened: these are
// commissioning and diagnosis tools; the record only ever gets weights through the
// engine's weigh path (`batch run` scripts, the station's HMI).
#include "BalanceClient.h"
#include "Commands.h"

#include "record/Event.h"
#include "simulator/BalanceSimulator.h"
#include "simulator/SimulatorControl.h"
#include "transport/HidScaleConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>
#include <cmath>
#include <csignal>

namespace batch::cli {
namespace {

using devices::BalanceOp;
using devices::BalanceSettings;

QString opt(const char* name) {
    return QString::fromLatin1(name);
}

void addLineOptions(Command& cmd) {
    cmd.option(opt("port"),
               QStringLiteral("Serial port (/dev/ttyUSB0, a /dev/serial/by-id link, a pty) or, for "
                              "hid-pos, /dev/hidrawN or usb:VVVV:PPPP[:SERIAL]."),
               QStringLiteral("path"), true);
    cmd.option(opt("protocol"), QStringLiteral("mt-sics, sbi, and or hid-pos."),
               QStringLiteral("name"), true);
    cmd.option(opt("baud"), QStringLiteral("Baud rate (default 9600)."), QStringLiteral("n"));
    cmd.option(opt("data-bits"), QStringLiteral("5-8 (default 8)."), QStringLiteral("n"));
    cmd.option(opt("parity"), QStringLiteral("none, even, odd, mark, space (default none)."),
               QStringLiteral("p"));
    cmd.option(opt("stop-bits"), QStringLiteral("1, 1.5, 2 (default 1)."), QStringLiteral("n"));
    cmd.option(opt("flow-control"), QStringLiteral("none, hardware, software (default none)."),
               QStringLiteral("f"));
    cmd.option(opt("hid-backend"), QStringLiteral("hid-pos: hidraw (default) or hidapi."),
               QStringLiteral("b"));
    cmd.option(opt("expect-serial"),
               QStringLiteral("Refuse a balance that reports another serial number."),
               QStringLiteral("serial"));
    cmd.flag(opt("simulator"),
             QStringLiteral("Allow a pseudo-terminal (the balance simulator); refused otherwise."));
    cmd.option(opt("timeout-ms"),
               QStringLiteral("How long to wait for the balance and each answer (default 8000)."),
               QStringLiteral("ms"));
    cmd.flag(opt("json"), QStringLiteral("Print JSON (one object per line)."));
}

int intOption(const Command& cmd, const char* name, int fallback, int min, int max) {
    if (!cmd.isSet(opt(name)))
        return fallback;
    bool ok = false;
    const int v = cmd.value(opt(name)).toInt(&ok);
    if (!ok || v < min || v > max)
        usageError(QStringLiteral("batchctl %1: --%2 must be a number from %3 to %4")
                       .arg(cmd.path(), opt(name))
                       .arg(min)
                       .arg(max));
    return v;
}

template <typename T>
T named(const Command& cmd, const char* name, const std::optional<T>& parsed, T fallback) {
    if (!cmd.isSet(opt(name)))
        return fallback;
    if (!parsed)
        usageError(QStringLiteral("batchctl %1: --%2: '%3' is not allowed (see --help)")
                       .arg(cmd.path(), opt(name), cmd.value(opt(name))));
    return *parsed;
}

BalanceSettings serialSettings(const Command& cmd) {
    BalanceSettings s;
    const auto protocol = devices::balanceProtocolFromName(cmd.require(opt("protocol")));
    if (!protocol)
        usageError(QStringLiteral("batchctl %1: --protocol is mt-sics, sbi, and or hid-pos")
                       .arg(cmd.path()));
    s.protocol = *protocol;
    s.serial.portName = cmd.require(opt("port"));
    s.serial.baudRate = intOption(cmd, "baud", 9600, 50, 4'000'000);
    s.serial.dataBits =
        named(cmd, "data-bits", devices::dataBitsFromNumber(intOption(cmd, "data-bits", 8, 5, 8)),
              QSerialPort::Data8);
    s.serial.parity = named(cmd, "parity", devices::parityFromName(cmd.value(opt("parity"))),
                            QSerialPort::NoParity);
    s.serial.stopBits =
        named(cmd, "stop-bits", devices::stopBitsFromName(cmd.value(opt("stop-bits"))),
              QSerialPort::OneStop);
    s.serial.flowControl =
        named(cmd, "flow-control", devices::flowControlFromName(cmd.value(opt("flow-control"))),
              QSerialPort::NoFlowControl);
    s.expectedSerialNumber = cmd.value(opt("expect-serial"));
    s.allowSimulator = cmd.isSet(opt("simulator"));
    const int timeout = intOption(cmd, "timeout-ms", 8000, 100, 600'000);
    s.stableTimeoutMs = std::min(timeout, 5000);
    return s;
}

bool isHid(const Command& cmd) {
    return cmd.require(opt("protocol")) == QLatin1String("hid-pos");
}

QString hex(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex(' '));
}

void printReading(const Command& cmd, qint64 utcMs, devices::Reply reply, bool hidRaw) {
    if (hidRaw)
        reply.raw = hex(reply.raw).toLatin1();
    if (cmd.isSet(opt("json"))) {
        printOut(readingJsonLine(utcMs, reply) + QLatin1Char('\n'));
        return;
    }
    const QString when = record::formatUtcMillis(utcMs);
    if (reply.isWeight())
        printOut(QStringLiteral("%1  %2 %3  %4  [%5]\n")
                     .arg(when, reply.valueText, reply.unit,
                          reply.stable ? QStringLiteral("stable") : QStringLiteral("dynamic"),
                          QString::fromLatin1(reply.raw)));
    else
        printOut(QStringLiteral("%1  error: %2 (%3)  [%4]\n")
                     .arg(when, reply.errorText, devices::errorCodeName(reply.error),
                          QString::fromLatin1(reply.raw)));
}

// Ends an event loop on SIGINT/SIGTERM (self-pipe: nothing but write() in the handler).
class StopSignals {
public:
    explicit StopSignals(QEventLoop& loop) {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds_) != 0)
            return;
        pipe() = fds_[1];
        std::signal(SIGINT, &StopSignals::handler);
        std::signal(SIGTERM, &StopSignals::handler);
        notifier_ = std::make_unique<QSocketNotifier>(fds_[0], QSocketNotifier::Read);
        QObject::connect(notifier_.get(), &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    }
    ~StopSignals() {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        notifier_.reset();
        pipe() = -1;
        ::close(fds_[0]);
        ::close(fds_[1]);
    }

private:
    // The write end the handler uses: a signal handler can reach nothing else.
    static int& pipe() {
        static int fd = -1;
        return fd;
    }
    static void handler(int) {
        const char c = 's';
        if (pipe() >= 0)
            (void)!::write(pipe(), &c, 1);
    }
    int fds_[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> notifier_;
};

int readHid(const Command& cmd, int count, bool stream) {
    devices::HidScaleWorker::Settings s;
    s.path = cmd.require(opt("port"));
    s.backend = cmd.value(opt("hid-backend")) == QLatin1String("hidapi")
                    ? devices::HidScaleWorker::Backend::Hidapi
                    : devices::HidScaleWorker::Backend::Hidraw;
    s.expectedSerialNumber = cmd.value(opt("expect-serial"));
    const int timeout = intOption(cmd, "timeout-ms", 8000, 100, 600'000);
    devices::HidScaleConnection scale(s);
    QEventLoop loop;
    StopSignals stop(loop);
    int printed = 0;
    QTimer idle;
    idle.setSingleShot(true);
    QObject::connect(&idle, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&scale, &devices::HidScaleConnection::reading, &loop,
                     [&](const devices::Reading& r) {
                         printReading(cmd, r.receivedUtcMs, r.reply, true);
                         idle.start(timeout);
                         if (!stream && ++printed >= count)
                             loop.quit();
                     });
    QObject::connect(&scale, &devices::HidScaleConnection::stateChanged, &loop,
                     [&](devices::ConnectionState st) {
                         if (st == devices::ConnectionState::Refused)
                             loop.quit();
                     });
    scale.start();
    idle.start(timeout);
    loop.exec();
    if (scale.state() == devices::ConnectionState::Refused)
        failure(QStringLiteral("refused: %1").arg(scale.stateDetail()));
    if (!stream && printed < count)
        failure(QStringLiteral("timeout: %1 of %2 readings from %3 (%4)")
                    .arg(printed)
                    .arg(count)
                    .arg(s.path, scale.stateDetail()));
    return kExitOk;
}

BalanceClient connected(const Command& cmd) {
    BalanceClient client(serialSettings(cmd));
    QString error;
    if (!client.waitConnected(intOption(cmd, "timeout-ms", 8000, 100, 600'000), &error))
        failure(error);
    return client;
}

int readBalance(const QStringList& args) {
    Command cmd(QStringLiteral("balance read"),
                QStringLiteral("Read weights from a balance and print them, one per line (JSON "
                               "lines with --json: t, value, unit, stable, raw). By default one "
                               "immediate reading (SI, Q, ESC P); --stable waits for a stable "
                               "one; --stream prints the balance's continuous output (SIR, SBI "
                               "auto print) until --count readings or Ctrl-C."));
    addLineOptions(cmd);
    cmd.option(opt("count"), QStringLiteral("Number of readings (default 1)."),
               QStringLiteral("n"));
    cmd.flag(opt("stream"), QStringLiteral("Continuous output until --count or Ctrl-C."));
    cmd.flag(opt("stable"), QStringLiteral("Each reading waits for a stable value."));
    if (!cmd.parse(args))
        return kExitOk;
    const bool stream = cmd.isSet(opt("stream"));
    const int count = intOption(cmd, "count", 1, 1, 1'000'000);
    if (isHid(cmd))
        return readHid(cmd, count, stream);
    BalanceClient client = connected(cmd);
    const int timeout = intOption(cmd, "timeout-ms", 8000, 100, 600'000);
    if (!stream) {
        for (int i = 0; i < count; ++i) {
            QString error;
            const auto a = client.run(
                cmd.isSet(opt("stable")) ? BalanceOp::ReadStable : BalanceOp::ReadImmediate,
                timeout, &error);
            if (!a)
                failure(error);
            printReading(cmd, a->receivedUtcMs, a->reply, false);
        }
        return kExitOk;
    }
    QEventLoop loop;
    StopSignals stop(loop);
    QTimer idle;
    idle.setSingleShot(true);
    QObject::connect(&idle, &QTimer::timeout, &loop, &QEventLoop::quit);
    int printed = 0;
    const bool limited = cmd.isSet(opt("count"));
    QObject::connect(&client.connection(), &devices::BalanceConnection::reading, &loop,
                     [&](const devices::Reading& r) {
                         printReading(cmd, r.receivedUtcMs, r.reply, false);
                         idle.start(timeout);
                         if (limited && ++printed >= count)
                             loop.quit();
                     });
    client.connection().startStream();
    idle.start(timeout);
    loop.exec();
    client.connection().stopStream();
    if (limited && printed < count)
        failure(QStringLiteral("timeout: the stream stopped after %1 of %2 readings")
                    .arg(printed)
                    .arg(count));
    return kExitOk;
}

int tareOrZero(const QStringList& args, BalanceOp op) {
    const bool tare = op == BalanceOp::Tare;
    Command cmd(
        QStringLiteral("balance %1").arg(tare ? QStringLiteral("tare") : QStringLiteral("zero")),
        tare ? QStringLiteral("Tare the balance once the value is stable, then print the "
                              "tare in force.")
             : QStringLiteral("Zero the balance once the value is stable."));
    addLineOptions(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    if (isHid(cmd))
        usageError(QStringLiteral("batchctl %1: HID POS scales take no commands").arg(cmd.path()));
    BalanceClient client = connected(cmd);
    const int timeout = intOption(cmd, "timeout-ms", 8000, 100, 600'000);
    QString error;
    const auto a = client.run(op, timeout, &error);
    if (!a)
        failure(error);
    if (a->reply.isError())
        failure(QStringLiteral("refused by the balance: %1 [%2]")
                    .arg(a->reply.errorText, QString::fromLatin1(a->reply.raw)));
    std::optional<devices::BalanceAnswer> t;
    if (tare && !(t = client.run(BalanceOp::TareValue, timeout, &error)))
        printErr(QStringLiteral("tared; the tare value is not available: %1\n").arg(error));
    const devices::Reply& shown = t ? t->reply : a->reply;
    if (cmd.isSet(opt("json")))
        printOut(readingJsonLine(t ? t->receivedUtcMs : a->receivedUtcMs, shown) +
                 QLatin1Char('\n'));
    else
        printOut(t ? QStringLiteral("tared: tare %1 %2\n").arg(shown.valueText, shown.unit)
                   : QStringLiteral("%1\n").arg(tare ? QStringLiteral("tared")
                                                     : QStringLiteral("zeroed")));
    return kExitOk;
}

int info(const QStringList& args) {
    Command cmd(QStringLiteral("balance info"),
                QStringLiteral("Identify the balance: serial number and model as it reports them, "
                               "protocol and port."));
    addLineOptions(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    if (isHid(cmd))
        usageError(
            QStringLiteral("batchctl balance info: for HID scales use `balance read`; "
                           "the USB serial number is checked with --expect-serial"));
    BalanceClient client = connected(cmd);
    const devices::BalanceIdentity id = client.connection().identity();
    const QString protocol = devices::balanceProtocolName(client.connection().settings().protocol);
    const QString port = client.connection().settings().serial.portName;
    if (cmd.isSet(opt("json")))
        printOut(
            QString::fromUtf8(QJsonDocument(QJsonObject{{opt("serial_number"), id.serialNumber},
                                                        {opt("model"), id.model},
                                                        {opt("protocol"), protocol},
                                                        {opt("port"), port}})
                                  .toJson(QJsonDocument::Compact)) +
            QLatin1Char('\n'));
    else
        printOut(QStringLiteral("serial number  %1\nmodel          %2\nprotocol       %3\n"
                                "port           %4\n")
                     .arg(id.serialNumber, id.model, protocol, port));
    return kExitOk;
}

// Decimal places of a readability text ("0.0001" -> 4).
int decimalsOf(const QString& readability) {
    const qsizetype point = readability.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : int(readability.size() - point - 1);
}

int simulate(const QStringList& args) {
    Command cmd(
        QStringLiteral("balance simulate"),
        QStringLiteral(
            "Run a simulated balance on a pseudo-terminal: PATH becomes a symlink to the pty's "
            "slave, and the simulator answers there as the manual of the protocol specifies. "
            "Controlled while running by lines on stdin and on the control socket "
            "(PATH.ctl unless --control): place|load <mass>, remove, noise, drift, mute on|off, "
            "slow <ms>, garbage <text>, unplug, replug, rate, sequence, autoprint, idcodes, "
            "error <n>[b|t], status, quit. Production guard: drivers refuse pseudo-terminals "
            "unless told they talk to a simulator (--simulator, instruments registered as "
            "simulated, demo mode), and PATH may not be under /dev. Ends on quit, SIGINT or "
            "SIGTERM."));
    cmd.option(opt("protocol"), QStringLiteral("mt-sics, sbi or and."), QStringLiteral("name"),
               true);
    cmd.option(opt("pty"), QStringLiteral("The symlink to create (not under /dev)."),
               QStringLiteral("path"), true);
    cmd.option(opt("control"), QStringLiteral("Control socket (default: PATH.ctl)."),
               QStringLiteral("path"));
    cmd.option(opt("rate"), QStringLiteral("Stream rate in Hz (default 10)."),
               QStringLiteral("hz"));
    cmd.option(opt("serial"), QStringLiteral("Serial number it reports (default B021002593)."),
               QStringLiteral("text"));
    cmd.option(opt("model"), QStringLiteral("Model it reports (default SIM-XS205)."),
               QStringLiteral("text"));
    cmd.option(opt("capacity"), QStringLiteral("Capacity in the unit (default 220)."),
               QStringLiteral("n"));
    cmd.option(opt("readability"), QStringLiteral("One digit, e.g. 0.01 (default)."),
               QStringLiteral("d"));
    cmd.option(opt("unit"), QStringLiteral("g (default), kg, mg, ..."), QStringLiteral("u"));
    cmd.option(opt("settle-ms"),
               QStringLiteral("Time constant of settling after a load change (default 600)."),
               QStringLiteral("ms"));
    cmd.flag(opt("sequence"), QStringLiteral("Number stream lines in the value (tests)."));
    cmd.flag(opt("autoprint"), QStringLiteral("SBI: ESC P starts/stops automatic printing."));
    cmd.flag(opt("id-codes"), QStringLiteral("SBI: 22-character output with ID codes."));
    if (!cmd.parse(args))
        return kExitOk;
    const auto protocol =
        devices::sim::BalanceSimulator::protocolFromName(cmd.require(opt("protocol")));
    if (!protocol)
        usageError(QStringLiteral("batchctl balance simulate: --protocol is mt-sics, sbi or and"));
    const QString link = QFileInfo(cmd.require(opt("pty"))).absoluteFilePath();
    if (link.startsWith(QLatin1String("/dev/")))
        usageError(QStringLiteral("batchctl balance simulate: --pty %1 is under /dev; a simulator "
                                  "never takes the place of a device node")
                       .arg(link));
    devices::sim::BalanceSpec spec;
    if (cmd.isSet(opt("serial")))
        spec.serialNumber = cmd.value(opt("serial"));
    if (cmd.isSet(opt("model")))
        spec.model = cmd.value(opt("model"));
    if (cmd.isSet(opt("unit")))
        spec.unit = cmd.value(opt("unit"));
    const auto positive = [&](const char* name, double fallback) {
        if (!cmd.isSet(opt(name)))
            return fallback;
        bool ok = false;
        const double v = cmd.value(opt(name)).toDouble(&ok);
        if (!ok || !(v > 0.0) || !std::isfinite(v))
            usageError(QStringLiteral("batchctl balance simulate: --%1 must be a positive number")
                           .arg(opt(name)));
        return v;
    };
    spec.capacity = positive("capacity", spec.capacity);
    if (cmd.isSet(opt("readability"))) {
        spec.readability = positive("readability", spec.readability);
        spec.decimals = decimalsOf(cmd.value(opt("readability")));
    }
    spec.settleMs = positive("settle-ms", spec.settleMs);
    devices::sim::BalanceSimulator sim(*protocol, link, spec);
    sim.setStreamRate(positive("rate", 10.0));
    sim.setSequenceInValue(cmd.isSet(opt("sequence")));
    sim.setAutoPrint(cmd.isSet(opt("autoprint")));
    sim.setIdCodes(cmd.isSet(opt("id-codes")));
    QString error;
    if (!sim.start(&error))
        failure(QStringLiteral("cannot start the simulator: %1").arg(error));
    QEventLoop loop;
    StopSignals stop(loop);
    devices::sim::SimulatorControl control(
        sim, [&] { QTimer::singleShot(0, &loop, &QEventLoop::quit); });
    const QString controlPath =
        cmd.isSet(opt("control")) ? cmd.value(opt("control")) : link + QStringLiteral(".ctl");
    devices::sim::ControlSocketServer server(control, controlPath);
    if (!server.listen(&error))
        failure(QStringLiteral("cannot open the control socket: %1").arg(error));
    // stdin: the same language; end of input only ends reading it.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &loop, [&] {
        char buffer[512];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            return;
        }
        pending.append(buffer, int(n));
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            printOut(QString::fromUtf8(control.execute(pending.left(end))) + QLatin1Char('\n'));
            pending.remove(0, end + 1);
        }
        if (pending.size() > devices::sim::SimulatorControl::kMaxLine)
            pending.clear();
    });
    printOut(QStringLiteral("simulating %1 on %2 (%3); control socket %4\n")
                 .arg(cmd.value(opt("protocol")), link, sim.pty().slavePath(), controlPath));
    loop.exec();
    return kExitOk;
}

}  // namespace

std::vector<Subcommand> balanceSubcommands() {
    return {
        {QStringLiteral("read"), QStringLiteral("Read weights (JSON lines with --json)"),
         readBalance},
        {QStringLiteral("tare"), QStringLiteral("Tare the balance"),
         [](const QStringList& a) { return tareOrZero(a, BalanceOp::Tare); }},
        {QStringLiteral("zero"), QStringLiteral("Zero the balance"),
         [](const QStringList& a) { return tareOrZero(a, BalanceOp::Zero); }},
        {QStringLiteral("info"), QStringLiteral("Serial number and model of the balance"), info},
        {QStringLiteral("simulate"),
         QStringLiteral("Run a simulated balance on a pty (demo and tests)"), simulate},
    };
}

}  // namespace batch::cli
