#pragma once

#include "exec/ValueCheck.h"
#include "instruments/Instrument.h"
#include "transport/BalanceSettings.h"
#include "transport/HidScaleWorker.h"

#include <QString>

#include <optional>

namespace batch::devices {

// From an instrument master entry to the settings of its transport: protocol, port and
// line settings, the serial number on file (checked on connect), and whether the port may
// be a simulator's pseudo-terminal (only for instruments registered as simulated).
// nullopt with *error when the entry names no (or a malformed) serial connection.
std::optional<BalanceSettings> balanceSettingsFor(const instruments::Instrument& instrument,
                                                  QString* error);
// The same for a USB HID POS scale (protocol "hid-pos").
std::optional<HidScaleWorker::Settings> hidSettingsFor(const instruments::Instrument& instrument,
                                                       QString* error);

// A balance answer (Capture: net + tare) as the engine's StepInput for
// BatchEngine::complete() / checkInstrumentReading(): net, gross = net + tare and tare as
// exact decimals, unit, raw frame, stability, the serial number that answered and the time
// the frame arrived. The scripted operator and the HMI build their weighings with it.
exec::StepInput stepInputFrom(const QString& instrumentId, const BalanceAnswer& answer);

}  // namespace batch::devices
