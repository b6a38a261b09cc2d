#include "widgets/NumericEntry.h"

#include "LocaleFormat.h"
#include "widgets/Controls.h"
#include "widgets/NumericKeypad.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace batch::ui {

void NumericField::mouseReleaseEvent(QMouseEvent* event) {
    // QLineEdit asks for the software input panel on a click, whatever the field takes.
    const bool sip = qApp->autoSipEnabled();
    qApp->setAutoSipEnabled(false);
    QLineEdit::mouseReleaseEvent(event);
    qApp->setAutoSipEnabled(sip);
}

void NumericField::focusInEvent(QFocusEvent* event) {
    QLineEdit::focusInEvent(event);
    // Coming from a text field, the text keyboard may still be up: the keypad is ours.
    // After the focus change has been handled (the input context reacts to it too).
    QTimer::singleShot(0, this, [this] {
        if (hasFocus())
            QGuiApplication::inputMethod()->hide();
    });
}

NumericEntry::NumericEntry(const QString& unit, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("NumericEntry"));
    field_ = new NumericField(this);
    field_->setObjectName(QStringLiteral("numericValue"));
    field_->setProperty("fieldRole", QStringLiteral("value"));
    field_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    field_->setMaxLength(24);
    // Numbers come from the keypad; the virtual text keyboard must not cover it.
    field_->setAttribute(Qt::WA_InputMethodEnabled, false);
    unit_ = makeLabel(unit, QStringLiteral("unit"), this);
    unit_->setWordWrap(false);
    keypad_ = new NumericKeypad(this);
    keypad_->setTarget(field_);

    auto* row = new QHBoxLayout;
    row->setSpacing(12);
    row->addWidget(field_, 1);
    row->addWidget(unit_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addLayout(row);
    layout->addWidget(keypad_);
    connect(field_, &QLineEdit::textChanged, this, &NumericEntry::edited);
    connect(field_, &QLineEdit::returnPressed, this, &NumericEntry::submitted);
    setFocusProxy(field_);
}

QString NumericEntry::canonical() const { return fmt::canonical(field_->text()); }

std::optional<double> NumericEntry::number() const {
    bool ok = false;
    const double v = canonical().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

void NumericEntry::setText(const QString& localText) { field_->setText(localText); }

void NumericEntry::setUnit(const QString& unit) { unit_->setText(unit); }

void NumericEntry::setKeypadVisible(bool visible) { keypad_->setVisible(visible); }

}  // namespace batch::ui
