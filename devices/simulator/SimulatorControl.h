#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace batch::devices::sim {

class BalanceSimulator;

// The control language of a running simulator, one command per line (the control
// socket of `batchctl balance simulate` and its stdin speak it):
//   place <mass>         put mass on the pan (adds)       load <mass>   the pan holds exactly
//   <mass> remove               empty the pan                    noise <sd>    standard deviation
//   drift <per-second>   slow drift of the signal          mute on|off   stop/restart answering
//   slow <ms>            delay command replies             garbage <t>   send bytes (\r \n \xHH)
//   unplug | replug      pull / reconnect the cable        rate <hz>     stream rate
//   sequence on|off      number the stream in the value    autoprint on|off (SBI)
//   idcodes on|off       SBI 22-character format           error <n>[b|t] MT-SICS system error
//   stability-timeout <ms>                                 status        one line of state
//   quit                 end the simulator
// Every command answers one line: "ok[ ...]" or "error: <why>". Bounded: a line longer
// than kMaxLine is refused.
class SimulatorControl {
public:
    static constexpr int kMaxLine = 256;

    explicit SimulatorControl(BalanceSimulator& simulator, std::function<void()> quit = {})
        : simulator_(simulator), quit_(std::move(quit)) {}

    QByteArray execute(const QByteArray& line);

    // "a\r\n\x06" -> the bytes; nullopt-like empty plus *ok=false for a bad escape.
    static QByteArray unescape(const QByteArray& text, bool* ok);

private:
    BalanceSimulator& simulator_;
    std::function<void()> quit_;
};

// Serves SimulatorControl on a UNIX domain socket at `path` (POSIX sockets and
// QSocketNotifier: devices links Qt Core only). The socket file is created with mode
// 0600 (owner only) and removed again on destruction. Clients send lines and read one
// reply line per command; several clients may be connected at once.
class ControlSocketServer : public QObject {
    Q_OBJECT
public:
    ControlSocketServer(SimulatorControl& control, QString path, QObject* parent = nullptr);
    ~ControlSocketServer() override;

    bool listen(QString* error);
    QString path() const { return path_; }

private:
    struct Client;
    void onAccept();
    void onClientReadable(Client* client);
    void drop(Client* client);

    SimulatorControl& control_;
    QString path_;
    int fd_ = -1;
    std::unique_ptr<QSocketNotifier> notifier_;
    QList<Client*> clients_;
};

// Sends one command to the control socket at `path` and returns its reply line
// ("ok ..." / "error: ..."), or an empty string with *error set when the socket cannot
// be reached or does not answer within `timeoutMs`. Blocking; for the CLI and scripts.
QByteArray sendControlCommand(const QString& path, const QByteArray& command, int timeoutMs,
                              QString* error);

}  // namespace batch::devices::sim
