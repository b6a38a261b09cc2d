#include "widgets/ScanField.h"

#include <QKeyEvent>

namespace batch::ui {

ScanField::ScanField(QWidget* parent) : QLineEdit(parent) {
    setObjectName(QStringLiteral("scanField"));
    setProperty("fieldRole", QStringLiteral("scan"));
    setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | Qt::ImhPreferLatin);
    setMaxLength(200);
    connect(this, &QLineEdit::textEdited, this, [this] { scanned_ = false; });
}

void ScanField::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const qint64 gap = sinceLastKey_.isValid() ? sinceLastKey_.elapsed() : -1;
    const bool fast = gap >= 0 && gap <= kMaxScanGapMs;
    sinceLastKey_.start();
    if (enter) {
        const QString code = burst_;
        burst_.clear();
        if (fast && code.size() >= kMinScanLength) {
            setText(code);
            scanned_ = true;
            QLineEdit::keyPressEvent(event);  // returnPressed() for those who want it
            Q_EMIT scanned(code);
            return;
        }
        QLineEdit::keyPressEvent(event);
        scanned_ = false;
        if (!text().trimmed().isEmpty())
            Q_EMIT entered(text());
        return;
    }
    const QString typed = event->text();
    if (!typed.isEmpty() && typed.at(0).isPrint()) {
        // A pause ends a burst: a scanner never pauses inside a code.
        if (!fast)
            burst_.clear();
        burst_ += typed;
    } else {
        burst_.clear();
    }
    QLineEdit::keyPressEvent(event);
}

}  // namespace batch::ui
