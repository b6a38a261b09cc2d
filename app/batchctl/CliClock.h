#pragma once

#include "record/Event.h"

namespace batch::cli {

// The clock of every store batchctl opens: the system clock. A build made for tests
// (BATCHCTL_TEST_CLOCK, the batchctl_testclock target in tests/) adds an offset kept in
// the file named by $BATCHCTL_TEST_CLOCK_FILE, so that scripted timers of 30 minutes can
// pass in CI; the shipped batchctl has no such switch.
record::Clock cliClock();

// `wait N` of a batch script: sleeps N seconds (in the test build: advances the offset).
void cliWait(int seconds);

}  // namespace batch::cli
