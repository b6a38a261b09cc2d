#include "CliClock.h"

#include <QThread>

#ifdef BATCHCTL_TEST_CLOCK
#include <QFile>
#include <QSaveFile>
#include <atomic>
#endif

namespace batch::cli {

#ifdef BATCHCTL_TEST_CLOCK
namespace {

QString offsetFile() {
    return qEnvironmentVariable("BATCHCTL_TEST_CLOCK_FILE");
}

std::int64_t readOffset() {
    QFile f(offsetFile());
    if (offsetFile().isEmpty() || !f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}

std::atomic<std::int64_t>& offset() {
    static std::atomic<std::int64_t> value{readOffset()};
    return value;
}

}  // namespace

record::Clock cliClock() {
    return [system = record::systemClock()] { return system() + offset().load(); };
}

void cliWait(int seconds) {
    offset() += static_cast<std::int64_t>(seconds) * 1000;
    if (offsetFile().isEmpty())
        return;
    QSaveFile f(offsetFile());
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QByteArray::number(static_cast<qlonglong>(offset().load())));
        f.commit();
    }
}
#else
record::Clock cliClock() {
    return record::systemClock();
}

void cliWait(int seconds) {
    QThread::sleep(static_cast<unsigned long>(seconds));
}
#endif

}  // namespace batch::cli
