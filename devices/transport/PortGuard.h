#pragma once

#include <QString>

namespace batch::devices {

// True when `path` (after following symlinks) is the slave side of a pseudo-terminal:
// what the balance simulator serves. A real balance sits on a UART, a USB serial adapter
// or a serial server's tty, never on a pty, so the transports refuse ptys unless
// simulators are explicitly allowed (the production guard, devices/README.md).
bool isPseudoTerminal(const QString& path);

}  // namespace batch::devices
