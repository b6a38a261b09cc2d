#include "instruments/BalanceLink.h"

#include "transport/BalanceConnection.h"

namespace batch::ui {

MtSicsBalanceLink::MtSicsBalanceLink(InstrumentInfo info, devices::BalanceConnection& connection,
                                     QObject* parent)
    : BalanceLink(parent), info_(std::move(info)), connection_(connection) {
    connect(&connection_, &devices::BalanceConnection::stateChanged, this,
            [this](devices::ConnectionState state, const QString& detail) {
                if (state != devices::ConnectionState::Connected)
                    latest_.reset();  // nothing read before a disconnect may be captured
                else
                    connection_.startStream();
                Q_EMIT stateChanged(state, detail);
            });
    connect(&connection_, &devices::BalanceConnection::reading, this,
            [this](const devices::Reading& r) {
                latest_ = r;
                Q_EMIT reading(r);
            });
    connect(&connection_, &devices::BalanceConnection::replied, this,
            [this](quint64 id, const devices::BalanceAnswer& answer) {
                const devices::Reply& reply = answer.reply;
                const QString command = pending_.take(id);
                if (command.isEmpty())
                    return;
                if (reply.isError())
                    Q_EMIT commandFailed(command, reply.errorText.isEmpty()
                                                      ? devices::errorCodeName(reply.error)
                                                      : reply.errorText);
                else
                    Q_EMIT commandDone(command);
            });
    connect(&connection_, &devices::BalanceConnection::failed, this,
            [this](quint64 id, const QString& reason) {
                const QString command = pending_.take(id);
                if (!command.isEmpty())
                    Q_EMIT commandFailed(command, reason);
            });
    if (connection_.state() == devices::ConnectionState::Connected)
        connection_.startStream();
}

devices::ConnectionState MtSicsBalanceLink::state() const { return connection_.state(); }

QString MtSicsBalanceLink::stateDetail() const { return connection_.stateDetail(); }

std::shared_ptr<const devices::LiveReadings> MtSicsBalanceLink::liveReadings() const {
    return connection_.liveReadings();
}

void MtSicsBalanceLink::tare() { pending_.insert(connection_.tare(), QStringLiteral("tare")); }

void MtSicsBalanceLink::zero() { pending_.insert(connection_.zero(), QStringLiteral("zero")); }

}  // namespace batch::ui
