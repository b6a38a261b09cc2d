#include "simulator/BalanceSimulator.h"

#include "simulator/AndResponder.h"
#include "simulator/MtSicsResponder.h"
#include "simulator/SbiResponder.h"

namespace batch::devices::sim {

std::optional<BalanceSimulator::Protocol> BalanceSimulator::protocolFromName(const QString& name) {
    if (name == QLatin1String("mt-sics"))
        return Protocol::MtSics;
    if (name == QLatin1String("sbi"))
        return Protocol::Sbi;
    if (name == QLatin1String("and"))
        return Protocol::And;
    return std::nullopt;
}

BalanceSimulator::BalanceSimulator(Protocol protocol, const QString& linkPath, BalanceSpec spec,
                                   QObject* parent)
    : QObject(parent), protocol_(protocol), model_(std::move(spec)) {
    switch (protocol) {
        case Protocol::MtSics:
            responder_ = std::make_unique<MtSicsResponder>(model_);
            break;
        case Protocol::Sbi:
            responder_ = std::make_unique<SbiResponder>(model_);
            break;
        case Protocol::And:
            responder_ = std::make_unique<AndResponder>(model_);
            break;
    }
    pty_ = std::make_unique<PtySimulator>(*responder_, linkPath);
}

// The pty goes first: it refers to the responder until its last notifier is gone.
BalanceSimulator::~BalanceSimulator() {
    pty_.reset();
}

void BalanceSimulator::setAutoPrint(bool on) {
    if (auto* sbi = dynamic_cast<SbiResponder*>(responder_.get()))
        sbi->setAutoPrint(on);
}

void BalanceSimulator::setIdCodes(bool on) {
    if (auto* sbi = dynamic_cast<SbiResponder*>(responder_.get()))
        sbi->setIdCodes(on);
}

void BalanceSimulator::setSystemError(int code, char origin) {
    if (auto* mt = dynamic_cast<MtSicsResponder*>(responder_.get()))
        mt->setSystemError(code, origin);
}

}  // namespace batch::devices::sim
