#pragma once

#include "simulator/ProtocolResponder.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace batch::devices::sim {

// Serves a ProtocolResponder on a pseudo-terminal, so that a real QSerialPort client
// (or any serial terminal) talks to the simulated balance through the kernel's tty
// layer. openpty() gives the pair; the slave is put in raw mode and kept open by us (a
// master whose slave has no opener reads EIO, and the client may come and go); a
// symlink at the caller's path points to the slave (/dev/pts/N) and is removed on
// unplug and destruction. All I/O is non-blocking on the master, driven by
// QSocketNotifier and a 5 ms tick timer on the owning thread's event loop.
//
// Fault injection: mute (commands are swallowed, nothing is sent), slow replies
// (command replies are delayed but stay in command order, as a serial balance answers;
// stream lines are not delayed), garbage bytes, unplug/replug (the pty is closed, so the
// client's reads fail as with a pulled USB adapter; replug makes a new pty behind the
// same symlink).
class PtySimulator : public QObject {
    Q_OBJECT
public:
    PtySimulator(ProtocolResponder& responder, QString linkPath, QObject* parent = nullptr);
    ~PtySimulator() override;

    // Creates the pty and the symlink (replacing a stale symlink, never a regular file).
    // Returns false with a reason in *error.
    bool start(QString* error = nullptr);

    QString linkPath() const { return linkPath_; }
    QString slavePath() const { return slavePath_; }
    bool isPlugged() const { return masterFd_ >= 0; }
    qint64 nowMs() const { return clock_.elapsed(); }

    void setMuted(bool muted) { muted_ = muted; }
    bool isMuted() const { return muted_; }
    void setSlowReplies(int delayMs) { replyDelayMs_ = delayMs > 0 ? delayMs : 0; }
    void injectGarbage(const QByteArray& bytes) { send(bytes); }
    void unplug();
    bool replug(QString* error = nullptr);

    quint64 bytesReceived() const { return bytesReceived_; }
    quint64 bytesSent() const { return bytesSent_; }

Q_SIGNALS:
    void commandBytesReceived(const QByteArray& bytes);

private:
    bool openPty(QString* error);
    void closePty();
    void onReadable();
    void onWritable();
    void onTick();
    void send(const QByteArray& bytes);
    void flush();

    ProtocolResponder& responder_;
    QString linkPath_;
    QString slavePath_;
    int masterFd_ = -1;
    int slaveFd_ = -1;
    std::unique_ptr<QSocketNotifier> readNotifier_;
    std::unique_ptr<QSocketNotifier> writeNotifier_;
    QTimer tick_;
    QElapsedTimer clock_;
    QByteArray outQueue_;  // bytes the kernel did not take yet (pty buffer full)
    bool muted_ = false;
    int replyDelayMs_ = 0;
    QList<QPair<qint64, QByteArray>> delayed_;  // slow replies: (due ms, bytes), in order
    quint64 bytesReceived_ = 0;
    quint64 bytesSent_ = 0;
};

}  // namespace batch::devices::sim
