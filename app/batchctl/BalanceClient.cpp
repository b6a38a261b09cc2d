#include "BalanceClient.h"

#include "instruments/Decimal.h"
#include "record/Event.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTimer>

namespace batch::cli {

using devices::BalanceAnswer;
using devices::BalanceConnection;
using devices::ConnectionState;

BalanceClient::BalanceClient(devices::BalanceSettings settings)
    : connection_(std::make_unique<BalanceConnection>(std::move(settings))) {
    connection_->start();
}

bool BalanceClient::waitConnected(int timeoutMs, QString* error) {
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(connection_.get(), &BalanceConnection::stateChanged, &loop,
                     [&](ConnectionState s) {
                         if (s == ConnectionState::Connected || s == ConnectionState::Refused)
                             loop.quit();
                     });
    if (connection_->state() != ConnectionState::Connected &&
        connection_->state() != ConnectionState::Refused) {
        timer.start(timeoutMs);
        loop.exec();
    }
    switch (connection_->state()) {
        case ConnectionState::Connected:
            return true;
        case ConnectionState::Refused:
            *error = QStringLiteral("refused: %1").arg(connection_->stateDetail());
            return false;
        default:
            *error = QStringLiteral("no balance on %1 within %2 ms%3")
                         .arg(connection_->settings().serial.portName)
                         .arg(timeoutMs)
                         .arg(connection_->stateDetail().isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (%1)").arg(connection_->stateDetail()));
            return false;
    }
}

std::optional<BalanceAnswer> BalanceClient::run(devices::BalanceOp op, int timeoutMs,
                                                QString* error) {
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    std::optional<BalanceAnswer> answer;
    bool done = false;
    quint64 id = 0;
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(connection_.get(), &BalanceConnection::replied, &loop,
                     [&](quint64 i, const BalanceAnswer& a) {
                         if (i != id)
                             return;
                         answer = a;
                         done = true;
                         loop.quit();
                     });
    QObject::connect(connection_.get(), &BalanceConnection::failed, &loop,
                     [&](quint64 i, const QString& why) {
                         if (i != id)
                             return;
                         *error = why;
                         done = true;
                         loop.quit();
                     });
    id = connection_->request(op);
    timer.start(timeoutMs);
    loop.exec();
    if (!done)
        *error = QStringLiteral("no answer to %1 within %2 ms")
                     .arg(devices::balanceOpName(op))
                     .arg(timeoutMs);
    return answer;
}

QString readingJsonLine(qint64 utcMs, const devices::Reply& reply) {
    const auto str = [](const QString& s) {
        // A JSON string literal: QJsonDocument escapes quotes and control characters.
        const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(a.mid(1, a.size() - 2));
    };
    QString line = QStringLiteral("{\"t\":%1").arg(str(record::formatUtcMillis(utcMs)));
    if (reply.isWeight()) {
        const auto value = instruments::Decimal::parse(reply.valueText);
        line += QStringLiteral(",\"value\":%1,\"unit\":%2,\"stable\":%3")
                    .arg(value ? value->text() : QStringLiteral("null"), str(reply.unit),
                         reply.stable ? QStringLiteral("true") : QStringLiteral("false"));
    } else {
        line += QStringLiteral(",\"error\":%1,\"message\":%2")
                    .arg(str(devices::errorCodeName(reply.error)), str(reply.errorText));
    }
    return line + QStringLiteral(",\"raw\":%1}").arg(str(QString::fromLatin1(reply.raw)));
}

}  // namespace batch::cli
