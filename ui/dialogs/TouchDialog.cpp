#include "dialogs/TouchDialog.h"

#include "Theme.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShowEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace batch::ui {

TouchDialog::TouchDialog(const QString& title, QWidget* parent)
    : QDialog(parent, Qt::Dialog | Qt::FramelessWindowHint) {
    setObjectName(QStringLiteral("TouchDialog"));
    setWindowTitle(title);
    setModal(true);
    setWindowModality(Qt::WindowModal);

    title_ = makeLabel(title, QStringLiteral("title"), this);
    title_->setObjectName(QStringLiteral("dialogTitle"));
    body_ = new QVBoxLayout;
    body_->setSpacing(10);
    banner_ = new StatusBanner(this);
    banner_->setObjectName(QStringLiteral("dialogBanner"));
    cancel_ = makeButton(tr("Cancel"), QString(), this);
    cancel_->setObjectName(QStringLiteral("dialogCancel"));
    cancel_->setIcon(themeIcon(QStringLiteral("close")));
    primary_ = makeButton(tr("OK"), QStringLiteral("primary"), this);
    primary_->setObjectName(QStringLiteral("dialogPrimary"));
    primary_->setMinimumWidth(220);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addWidget(cancel_);
    buttons->addStretch(1);
    buttons->addWidget(primary_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 26, 32, 26);
    layout->setSpacing(14);
    layout->addWidget(title_);
    layout->addLayout(body_, 1);
    layout->addWidget(banner_);
    layout->addLayout(buttons);
    setMinimumWidth(720);

    connect(cancel_, &QPushButton::clicked, this, &QDialog::reject);
    connect(primary_, &QPushButton::clicked, this, [this] {
        banner_->clear();
        Q_EMIT primaryPressed();
    });
}

void TouchDialog::setPrimary(const QString& text, const QString& objectName,
                             const QString& icon) {
    primary_->setText(text);
    primary_->setObjectName(objectName);
    if (!icon.isEmpty())
        primary_->setIcon(themeIcon(icon));
}

void TouchDialog::showRefusal(const QString& reason) {
    banner_->showMessage(StatusBanner::Kind::Error, reason);
    fitToWindow();
}

void TouchDialog::showWarning(const QString& text) {
    banner_->showMessage(StatusBanner::Kind::Warning, text);
    fitToWindow();
}

void TouchDialog::fitToWindow() {
    QWidget* w = parentWidget() ? parentWidget()->window() : nullptr;
    if (!w) {
        adjustSize();
        return;
    }
    const QRect area = w->geometry();
    const QSize room(area.width() - 40, area.height() - 40);
    // Wide enough for the content, but not wider than the window allows.
    QSize size = sizeHint().expandedTo(minimumSize()).boundedTo(room);
    if (layout() && layout()->hasHeightForWidth())
        size.setHeight(std::min(room.height(), layout()->totalHeightForWidth(size.width())));
    resize(size);
    move(area.center() - rect().center());
}

QLabel* TouchDialog::addFieldLabel(const QString& text) {
    auto* label = makeLabel(text, QStringLiteral("fieldLabel"), this);
    body_->addWidget(label);
    return label;
}

QPlainTextEdit* TouchDialog::addTextArea(const QString& label, const QString& objectName,
                                         int minimumHeight) {
    addFieldLabel(label);
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(minimumHeight);
    edit->setInputMethodHints(Qt::ImhNoPredictiveText);
    enableKineticScrolling(edit);
    body_->addWidget(edit);
    return edit;
}

void TouchDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    fitToWindow();  // centred over the window it belongs to, never larger than it
}

QString plainText(const QPlainTextEdit* edit) { return edit->toPlainText().trimmed(); }

}  // namespace batch::ui
