#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct hid_device_;

namespace batch::devices {

// A USB HID POS scale as libhidapi (hidraw backend) sees it: the alternative to reading
// /dev/hidrawN directly, selectable per instrument. The device is named either by its
// hidraw path ("/dev/hidraw3") or by "usb:VVVV:PPPP[:SERIAL]" (hex vendor and product
// id, optional USB serial number), which survives re-enumeration. Reads are
// non-blocking; the worker polls. Used on the worker thread only.
class HidapiDevice {
public:
    struct ScaleInfo {
        QString path;
        quint16 vendorId = 0;
        quint16 productId = 0;
        QString serialNumber;
        QString product;
    };

    // Opens the device; nullptr with the reason in *error.
    static std::unique_ptr<HidapiDevice> open(const QString& name, QString* error);
    // Every HID device whose top-level collection is on the scale usage page (0x8D).
    static QList<ScaleInfo> enumerateScales();

    ~HidapiDevice();
    HidapiDevice(const HidapiDevice&) = delete;
    HidapiDevice& operator=(const HidapiDevice&) = delete;

    enum class ReadResult { Report, Nothing, Failed };
    // One input report into *report (the report id first, as hidraw delivers it).
    ReadResult read(QByteArray* report, QString* error);
    QString serialNumber() const;

private:
    explicit HidapiDevice(hid_device_* device) : device_(device) {}
    hid_device_* device_;
};

}  // namespace batch::devices
