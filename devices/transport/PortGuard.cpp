#include "transport/PortGuard.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace batch::devices {

bool isPseudoTerminal(const QString& path) {
    const QString target = QFileInfo(path).canonicalFilePath();
    if (target.isEmpty())
        return false;  // does not exist (yet): nothing to connect to either way
    if (target.startsWith(QLatin1String("/dev/pts/")))
        return true;
    struct stat st {};
    if (::stat(QFile::encodeName(target).constData(), &st) != 0 || !S_ISCHR(st.st_mode))
        return false;
    // Linux: Unix98 pty slaves are character majors 136-143 (devices.txt).
    const unsigned int m = major(st.st_rdev);
    return m >= 136 && m <= 143;
}

}  // namespace batch::devices
