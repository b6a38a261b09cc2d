#pragma once

#include <QElapsedTimer>
#include <QLineEdit>

namespace batch::ui {

// A field for barcode scanners that work as a keyboard wedge: the scanner "types" the
// code as a fast burst of key presses ending in Enter. A burst (every key within
// kMaxScanGapMs of the previous one, at least kMinScanLength characters, then Enter)
// is announced as scanned(); Enter after slower, typed input as entered(). Either way
// the text is what the operator sees in the field, and what is submitted. A scan into
// a field that already holds text replaces it with the scanned code.
class ScanField : public QLineEdit {
    Q_OBJECT
public:
    static constexpr int kMaxScanGapMs = 40;
    static constexpr int kMinScanLength = 3;

    explicit ScanField(QWidget* parent = nullptr);

    // True when the current text came from one scanner burst (not edited since).
    bool isScanned() const { return scanned_; }

Q_SIGNALS:
    void scanned(const QString& code);
    void entered(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QElapsedTimer sinceLastKey_;
    QString burst_;  // the characters of the current fast burst
    bool scanned_ = false;
};

}  // namespace batch::ui
