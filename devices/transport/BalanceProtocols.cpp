// The three serial balance protocols as plans of exchanges (BalanceProtocol.h): MT-SICS
// level 0/1, Sartorius SBI and the A&D standard format. Each one's parser does the
// bytes; these say which command answers what and how replies combine.
#include "transport/BalanceProtocol.h"

#include "instruments/Decimal.h"
#include "protocols/AndParser.h"
#include "protocols/MtSicsCommands.h"
#include "protocols/MtSicsParser.h"
#include "protocols/SartoriusSbiParser.h"

namespace batch::devices {
namespace {

using Accepts = std::function<bool(const Reply&)>;

Exchange exchange(QByteArray bytes, Accepts accepts, int replies = 1) {
    Exchange e;
    e.bytes = std::move(bytes);
    e.accepts = std::move(accepts);
    e.replies = replies;
    return e;
}

Exchange stable(Exchange e) {
    e.waitsForStability = true;
    return e;
}

Exchange optional(Exchange e) {
    e.optional = true;
    return e;
}

Exchange fireAndForget(QByteArray bytes) {
    return exchange(
        std::move(bytes), [](const Reply&) { return false; }, 0);
}

BalanceAnswer answer(const Reply& reply) {
    BalanceAnswer a;
    a.reply = reply;
    return a;
}

// Capture: the net weight first, the tare after it (when it came, and unless the net
// was an error).
std::optional<BalanceAnswer> capture(const QList<Reply>& replies, QString* error) {
    if (replies.isEmpty()) {
        *error = QStringLiteral("no reply");
        return std::nullopt;
    }
    BalanceAnswer a = answer(replies.front());
    if (replies.size() > 1 && replies[1].isWeight())
        a.tare = replies[1];
    return a;
}

// The answer when every reply names its command: the last one, or for Capture the net and
// the tare.
std::optional<BalanceAnswer> lastOrCapture(BalanceOp op, const QList<Reply>& replies,
                                           QString* error) {
    if (op == BalanceOp::Capture)
        return capture(replies, error);
    if (replies.isEmpty()) {
        *error = QStringLiteral("no reply");
        return std::nullopt;
    }
    return answer(replies.back());
}

// ---------------------------------------------------------------------------------------
// MT-SICS: every reply names the command it answers; ES/ET/EL answer anything.

class MtSicsProtocol : public BalanceProtocol {
public:
    BalanceProtocolKind kind() const override { return BalanceProtocolKind::MtSics; }
    Replies feed(QByteArrayView bytes) override { return parser_.feed(bytes); }
    void resetParser() override { parser_.reset(); }
    const ParserStats& stats() const override { return parser_.stats(); }

    static Accepts answeredBy(const QByteArray& id) {
        return [id](const Reply& r) {
            return r.id == id || r.id == "ES" || r.id == "ET" || r.id == "EL";
        };
    }

    QList<Exchange> identify() const override {
        // "@" stops a stream and cancels pending commands; it answers like I4.
        return {exchange(mtsics::reset(), answeredBy("I4")),
                optional(exchange(mtsics::balanceData(), answeredBy("I2")))};
    }

    std::optional<BalanceIdentity> identity(const QList<Reply>& replies) const override {
        if (replies.isEmpty() || replies[0].kind != ReplyKind::Info ||
            replies[0].texts.value(0).trimmed().isEmpty())
            return std::nullopt;
        BalanceIdentity id;
        id.serialNumber = replies[0].texts.value(0).trimmed();
        if (replies.size() > 1 && replies[1].kind == ReplyKind::Info) {
            // I2 A "<type> <capacity> <unit>": the type may contain spaces.
            QStringList words =
                replies[1].texts.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() >= 3 && isDecimalText(words[words.size() - 2].toLatin1()))
                words = words.mid(0, words.size() - 2);
            id.model = words.join(QLatin1Char(' '));
        }
        return id;
    }

    bool supports(BalanceOp) const override { return true; }

    QList<Exchange> plan(BalanceOp op) const override {
        switch (op) {
            case BalanceOp::ReadStable:
                return {stable(exchange(mtsics::sendStable(), answeredBy("S")))};
            case BalanceOp::ReadImmediate:
                return {exchange(mtsics::sendImmediate(), answeredBy("S"))};
            case BalanceOp::Tare:
                return {stable(exchange(mtsics::tare(), answeredBy("T")))};
            case BalanceOp::Zero:
                return {stable(exchange(mtsics::zero(), answeredBy("Z")))};
            case BalanceOp::TareValue:
                return {exchange(mtsics::tareQuery(), answeredBy("TA"))};
            case BalanceOp::Capture:
                return {stable(exchange(mtsics::sendStable(), answeredBy("S"))),
                        exchange(mtsics::tareQuery(), answeredBy("TA"))};
        }
        return {};
    }

    std::optional<BalanceAnswer> result(BalanceOp op, const QList<Reply>& replies,
                                        QString* error) override {
        return lastOrCapture(op, replies, error);
    }

    QList<Exchange> startStream() const override { return {fireAndForget(mtsics::sendRepeat())}; }
    QList<Exchange> stopStream() const override {
        return {exchange(mtsics::reset(), answeredBy("I4"))};
    }
    bool isStreamLine(const Reply& reply) const override { return reply.id == "S"; }
    bool allowedWhileStreaming(BalanceOp op) const override {
        // S and SI would be answered by "S" lines: indistinguishable from the stream.
        return op == BalanceOp::Tare || op == BalanceOp::Zero || op == BalanceOp::TareValue;
    }

private:
    MtSicsParser parser_;
};

// ---------------------------------------------------------------------------------------
// Sartorius SBI: prints carry no command id, tare and zero are not acknowledged, and no
// command reports the tare. The plan prints before and after taring, and the tare in
// force is tracked here: known once this connection zeroed the balance (zero clears the
// tare), then increased by every tare it set.

class SbiProtocol : public BalanceProtocol {
public:
    BalanceProtocolKind kind() const override { return BalanceProtocolKind::Sbi; }
    Replies feed(QByteArrayView bytes) override { return parser_.feed(bytes); }
    void resetParser() override { parser_.reset(); }
    const ParserStats& stats() const override { return parser_.stats(); }
    void prepare(const Exchange& e) override {
        if (e.expectText > 0)
            parser_.expectText(e.expectText);
    }

    static bool isPrint(const Reply& r) { return r.kind == ReplyKind::Weight || r.isError(); }
    static bool isText(const Reply& r) { return r.kind == ReplyKind::Info; }

    static Exchange print(bool untilStable) {
        Exchange e = exchange(sbi::print(), isPrint);
        if (untilStable) {
            e.waitsForStability = true;
            e.repeatUntilStable = true;
        }
        return e;
    }

    static Exchange text(const QByteArray& command) {
        Exchange e = exchange(command, isText);
        e.expectText = 1;
        return e;
    }

    QList<Exchange> identify() const override {
        return {text(sbi::serialNumber()), optional(text(sbi::model()))};
    }

    std::optional<BalanceIdentity> identity(const QList<Reply>& replies) const override {
        if (replies.isEmpty() || !isText(replies[0]) || replies[0].texts.value(0).isEmpty())
            return std::nullopt;
        BalanceIdentity id;
        id.serialNumber = replies[0].texts.value(0);
        if (replies.size() > 1 && isText(replies[1]))
            id.model = replies[1].texts.value(0);
        return id;
    }

    bool supports(BalanceOp) const override { return true; }

    QList<Exchange> plan(BalanceOp op) const override {
        switch (op) {
            case BalanceOp::ReadStable:
            case BalanceOp::Capture:
                return {print(true)};
            case BalanceOp::ReadImmediate:
                return {print(false)};
            case BalanceOp::Tare:
                return {print(true), fireAndForget(sbi::tare()), print(true)};
            case BalanceOp::Zero:
                return {fireAndForget(sbi::zero()), print(true)};
            case BalanceOp::TareValue:
                return {};  // answered from what this connection did (see above)
        }
        return {};
    }

    std::optional<BalanceAnswer> result(BalanceOp op, const QList<Reply>& replies,
                                        QString* error) override {
        switch (op) {
            case BalanceOp::TareValue: {
                if (!tare_) {
                    *error = QStringLiteral(
                        "SBI reports no tare: the tare is known once the balance was zeroed "
                        "from the station");
                    return std::nullopt;
                }
                return answer(tareReply());
            }
            case BalanceOp::Capture: {
                std::optional<BalanceAnswer> a = capture(replies, error);
                if (a && tare_)
                    a->tare = tareReply();
                return a;
            }
            case BalanceOp::Tare:
            case BalanceOp::Zero:
                return settle(op, replies, error);
            case BalanceOp::ReadStable:
            case BalanceOp::ReadImmediate:
                break;
        }
        if (replies.isEmpty()) {
            *error = QStringLiteral("no reply");
            return std::nullopt;
        }
        return answer(replies.back());
    }

    QList<Exchange> startStream() const override { return {fireAndForget(sbi::print())}; }
    QList<Exchange> stopStream() const override { return {fireAndForget(sbi::print())}; }
    bool isStreamLine(const Reply& reply) const override { return isPrint(reply); }
    bool allowedWhileStreaming(BalanceOp) const override { return false; }
    void connectionReset() override { tare_.reset(); }

private:
    // Tare: [print before, ESC U, print after]; zero: [ESC V, print after]. The print
    // after must read zero, or the balance did not do it (out of the tare/zero range).
    std::optional<BalanceAnswer> settle(BalanceOp op, const QList<Reply>& replies, QString* error) {
        if (replies.isEmpty() || replies.back().isError())
            return replies.isEmpty() ? std::nullopt : std::optional(answer(replies.back()));
        const Reply& after = replies.back();
        const auto net = instruments::Decimal::parse(after.valueText);
        if (!net || net->scaled != 0) {
            *error =
                QStringLiteral("the balance did not %1: it reads %2 %3 afterwards")
                    .arg(op == BalanceOp::Tare ? QStringLiteral("tare") : QStringLiteral("zero"),
                         after.valueText, after.unit);
            return std::nullopt;
        }
        if (op == BalanceOp::Zero) {
            tare_ = instruments::Decimal::fromScaled(0, net->decimals);
            unit_ = after.unit;
        } else if (tare_ && replies.size() >= 2 && replies.front().unit == unit_) {
            if (const auto before = instruments::Decimal::parse(replies.front().valueText))
                tare_ = *tare_ + *before;
            else
                tare_.reset();
        } else {
            tare_.reset();  // tared on top of a tare we never knew
        }
        return answer(after);
    }

    Reply tareReply() const {
        Reply r;
        r.kind = ReplyKind::Weight;
        r.id = "T";
        r.valueText = tare_->text();
        r.value = tare_->toDouble();
        r.unit = unit_;
        r.stable = true;
        return r;
    }

    SartoriusSbiParser parser_;
    std::optional<instruments::Decimal> tare_;
    QString unit_;
};

// ---------------------------------------------------------------------------------------
// A&D standard format: data lines carry their header, control commands answer <AK>
// twice (received, done) or EC,Exx.

class AndProtocol : public BalanceProtocol {
public:
    BalanceProtocolKind kind() const override { return BalanceProtocolKind::And; }
    Replies feed(QByteArrayView bytes) override { return parser_.feed(bytes); }
    void resetParser() override { parser_.reset(); }
    const ParserStats& stats() const override { return parser_.stats(); }

    static bool isData(const Reply& r) {
        return r.id == "ST" || r.id == "US" || r.id == "QT" || r.id == "OL";
    }
    static Accepts data() {
        return [](const Reply& r) { return isData(r) || r.id == "EC"; };
    }
    static Accepts answeredBy(const QByteArray& id) {
        return [id](const Reply& r) { return r.id == id || r.id == "EC"; };
    }

    QList<Exchange> identify() const override {
        return {fireAndForget(andd::cancel()), exchange(andd::serialNumber(), answeredBy("SN")),
                optional(exchange(andd::modelName(), answeredBy("TN")))};
    }

    std::optional<BalanceIdentity> identity(const QList<Reply>& replies) const override {
        if (replies.isEmpty() || replies[0].id != "SN" || replies[0].texts.value(0).isEmpty())
            return std::nullopt;
        BalanceIdentity id;
        id.serialNumber = replies[0].texts.value(0);
        if (replies.size() > 1 && replies[1].id == "TN")
            id.model = replies[1].texts.value(0);
        return id;
    }

    bool supports(BalanceOp) const override { return true; }

    QList<Exchange> plan(BalanceOp op) const override {
        switch (op) {
            case BalanceOp::ReadStable:
                return {stable(exchange(andd::stableQuery(), data()))};
            case BalanceOp::ReadImmediate:
                return {exchange(andd::query(), data())};
            case BalanceOp::Tare:
                return {stable(exchange(andd::tare(), answeredBy("AK"), 2))};
            case BalanceOp::Zero:
                return {stable(exchange(andd::zero(), answeredBy("AK"), 2))};
            case BalanceOp::TareValue:
                return {exchange(andd::tareQuery(), answeredBy("PT"))};
            case BalanceOp::Capture:
                return {stable(exchange(andd::stableQuery(), data())),
                        exchange(andd::tareQuery(), answeredBy("PT"))};
        }
        return {};
    }

    std::optional<BalanceAnswer> result(BalanceOp op, const QList<Reply>& replies,
                                        QString* error) override {
        return lastOrCapture(op, replies, error);
    }

    QList<Exchange> startStream() const override { return {fireAndForget(andd::streamStart())}; }
    QList<Exchange> stopStream() const override { return {fireAndForget(andd::cancel())}; }
    bool isStreamLine(const Reply& reply) const override { return isData(reply); }
    bool allowedWhileStreaming(BalanceOp op) const override {
        return op == BalanceOp::Tare || op == BalanceOp::Zero || op == BalanceOp::TareValue;
    }

private:
    AndParser parser_;
};

}  // namespace

QString balanceProtocolName(BalanceProtocolKind kind) {
    switch (kind) {
        case BalanceProtocolKind::MtSics:
            return QStringLiteral("mt-sics");
        case BalanceProtocolKind::Sbi:
            return QStringLiteral("sbi");
        case BalanceProtocolKind::And:
            return QStringLiteral("and");
    }
    return {};
}

std::optional<BalanceProtocolKind> balanceProtocolFromName(const QString& name) {
    for (const BalanceProtocolKind k :
         {BalanceProtocolKind::MtSics, BalanceProtocolKind::Sbi, BalanceProtocolKind::And}) {
        if (balanceProtocolName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString balanceOpName(BalanceOp op) {
    switch (op) {
        case BalanceOp::ReadStable:
            return QStringLiteral("read stable");
        case BalanceOp::ReadImmediate:
            return QStringLiteral("read immediately");
        case BalanceOp::Tare:
            return QStringLiteral("tare");
        case BalanceOp::Zero:
            return QStringLiteral("zero");
        case BalanceOp::TareValue:
            return QStringLiteral("tare value");
        case BalanceOp::Capture:
            return QStringLiteral("capture");
    }
    return {};
}

std::unique_ptr<BalanceProtocol> makeBalanceProtocol(BalanceProtocolKind kind) {
    switch (kind) {
        case BalanceProtocolKind::MtSics:
            return std::make_unique<MtSicsProtocol>();
        case BalanceProtocolKind::Sbi:
            return std::make_unique<SbiProtocol>();
        case BalanceProtocolKind::And:
            return std::make_unique<AndProtocol>();
    }
    return nullptr;
}

}  // namespace batch::devices
