#include "transport/HidapiDevice.h"

#include <hidapi.h>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

#include <mutex>

namespace batch::devices {
namespace {

// Larger than any scale report: a longer report is read whole and rejected by the parser.
constexpr size_t kReadBuffer = 64;
constexpr unsigned short kScaleUsagePage = 0x8D;

// hid_init() is not thread-safe and keeps the library's own process-wide state; the
// workers of several scales start on different threads, so the first one initialises it.
void initialiseLibrary() {
    static std::once_flag once;
    std::call_once(once, [] { hid_init(); });
}

QString wide(const wchar_t* text) {
    return text ? QString::fromWCharArray(text) : QString();
}

// hid_open_path() of libhidapi 0.13 (Debian 12) crashes on a node without udev
// information (fixed upstream after 0.13.1, libusb/hidapi#580), so a path is checked to be
// a hidraw character device before it is handed over.
bool isHidrawNode(const QString& path) {
    const QFileInfo node(QFileInfo(path).canonicalFilePath());
    struct stat st {};
    if (!node.exists() || ::stat(QFile::encodeName(node.filePath()).constData(), &st) != 0 ||
        !S_ISCHR(st.st_mode))
        return false;
    return QFileInfo::exists(QStringLiteral("/sys/class/hidraw/%1").arg(node.fileName()));
}

QString lastError(hid_device* device) {
    const QString e = wide(hid_error(device));
    return e.isEmpty() ? QStringLiteral("unknown hidapi error") : e;
}

}  // namespace

std::unique_ptr<HidapiDevice> HidapiDevice::open(const QString& name, QString* error) {
    initialiseLibrary();
    hid_device* device = nullptr;
    static const QRegularExpression kUsb(
        QStringLiteral("^usb:([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})(?::(.+))?$"));
    const QRegularExpressionMatch m = kUsb.match(name);
    if (m.hasMatch()) {
        const auto vid = static_cast<unsigned short>(m.captured(1).toUInt(nullptr, 16));
        const auto pid = static_cast<unsigned short>(m.captured(2).toUInt(nullptr, 16));
        const std::wstring serial = m.captured(3).toStdWString();
        device = hid_open(vid, pid, serial.empty() ? nullptr : serial.c_str());
    } else if (isHidrawNode(name)) {
        device = hid_open_path(QFile::encodeName(name).constData());
    } else {
        *error = QStringLiteral("hidapi cannot open %1: not a hidraw device").arg(name);
        return nullptr;
    }
    if (!device) {
        *error = QStringLiteral("hidapi cannot open %1: %2").arg(name, lastError(nullptr));
        return nullptr;
    }
    hid_set_nonblocking(device, 1);
    return std::unique_ptr<HidapiDevice>(new HidapiDevice(device));
}

QList<HidapiDevice::ScaleInfo> HidapiDevice::enumerateScales() {
    initialiseLibrary();
    QList<ScaleInfo> out;
    hid_device_info* all = hid_enumerate(0, 0);
    for (const hid_device_info* d = all; d; d = d->next) {
        if (d->usage_page != kScaleUsagePage)
            continue;
        out.append({QString::fromLocal8Bit(d->path), d->vendor_id, d->product_id,
                    wide(d->serial_number), wide(d->product_string)});
    }
    hid_free_enumeration(all);
    return out;
}

HidapiDevice::~HidapiDevice() {
    hid_close(device_);
}

HidapiDevice::ReadResult HidapiDevice::read(QByteArray* report, QString* error) {
    unsigned char buffer[kReadBuffer];
    const int n = hid_read(device_, buffer, sizeof buffer);
    if (n < 0) {
        *error = lastError(device_);
        return ReadResult::Failed;
    }
    if (n == 0)
        return ReadResult::Nothing;
    *report = QByteArray(reinterpret_cast<const char*>(buffer), n);
    return ReadResult::Report;
}

QString HidapiDevice::serialNumber() const {
    wchar_t buffer[128] = {};
    if (hid_get_serial_number_string(device_, buffer, 127) != 0)
        return {};
    return wide(buffer);
}

}  // namespace batch::devices
