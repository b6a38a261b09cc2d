#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace batch::devices {

// What an instrument said in one frame, independent of the protocol that carried it.
// A weight keeps the value text exactly as the balance sent it: the record stores that
// text (and the raw frame), never a re-formatted double, so no digit is invented or lost.
enum class ReplyKind {
    Weight,  // a weight value (stable or dynamic), possibly with a status such as tare
    Ack,     // a command was executed (MT-SICS "Z A", "TAC A", "ZI S", A&D <AK>, ...)
    Info,    // identification text (serial number, model, software version)
    Error,   // anything that is not a usable answer: see ErrorCode
};

enum class ErrorCode {
    None,
    Busy,               // MT-SICS "I": not executable now (busy, or no stability in time)
    BadParameter,       // MT-SICS "L"
    Overload,           // above capacity (or above the zero/tare range for Z/T)
    Underload,          // below the underload limit (or below the zero range)
    SyntaxError,        // MT-SICS "ES": command not understood
    TransmissionError,  // MT-SICS "ET": parity/overrun on the balance side
    LogicalError,       // MT-SICS "EL": command understood but not executable
    DeviceError,        // a system error reported in place of a weight / HID fault
    NeedsCalibration,   // HID POS status 7, Sartorius "Stat C"
    NeedsRezero,        // HID POS status 8
    CommandRejected,    // A&D "EC,Exx"
};

struct Reply {
    ReplyKind kind = ReplyKind::Error;
    // The reply identifier as sent: MT-SICS "S", "T", "TA", "I4", "Z", ...; SBI the
    // 6-character ID code trimmed ("N", "G#", or empty); A&D the header ("ST", "US").
    QByteArray id;
    QString valueText;  // decimal text exactly as sent, e.g. "-0.0012"; empty if none
    double value = 0.0;
    QString unit;  // 1-5 characters as sent ("g", "kg", "ozt", "PCS"); may be empty
    bool stable = false;
    ErrorCode error = ErrorCode::None;
    int errorCode = 0;       // protocol-specific number (MT-SICS system error, SBI Err ###)
    QString errorText;       // human text for logs and the operator (not translated here)
    QStringList texts;       // quoted strings of an Info reply, unquoted
    bool moreLines = false;  // MT-SICS status "B": further lines of this reply follow
    // The frame bytes as received, without the line terminator (CR/LF) for text
    // protocols; the whole input report for HID.
    QByteArray raw;

    bool isWeight() const { return kind == ReplyKind::Weight; }
    bool isError() const { return kind == ReplyKind::Error; }
};

using Replies = QList<Reply>;

// Counters every parser keeps, so that a noisy line shows up in diagnostics instead of
// silently disappearing.
struct ParserStats {
    quint64 frames = 0;          // frames that produced a Reply
    quint64 garbageFrames = 0;   // complete frames that matched no reply form
    quint64 overlongFrames = 0;  // frames dropped for exceeding the maximum length
    quint64 discardedBytes = 0;  // bytes of garbage and over-long frames

    // Counts one complete frame: a parsed reply goes to `out`, an unparsed frame is
    // counted as garbage (the same bookkeeping for every line-based protocol).
    void take(std::optional<Reply>&& reply, const QByteArray& frame, Replies& out) {
        if (reply) {
            ++frames;
            out.append(std::move(*reply));
        } else {
            ++garbageFrames;
            discardedBytes += static_cast<quint64>(frame.size());
        }
    }
};

QString errorCodeName(ErrorCode code);

// An error reply of any protocol: the command id it answers, the code and the text.
inline Reply errorReply(const QByteArray& id, ErrorCode code, const QString& text) {
    Reply r;
    r.kind = ReplyKind::Error;
    r.id = id;
    r.error = code;
    r.errorText = text;
    return r;
}

}  // namespace batch::devices
