#include "widgets/NumericKeypad.h"

#include "Theme.h"
#include "widgets/Controls.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace batch::ui {
namespace {
const QString kBack = QStringLiteral("back");
const QString kClear = QStringLiteral("clear");
const QString kMinus = QStringLiteral("minus");
const QString kPoint = QStringLiteral("point");
}  // namespace

NumericKeypad::NumericKeypad(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("NumericKeypad"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    const char* rows[3][3] = {{"7", "8", "9"}, {"4", "5", "6"}, {"1", "2", "3"}};
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c) {
            const QString digit = QString::fromLatin1(rows[r][c]);
            grid->addWidget(key(digit, QStringLiteral("keypad") + digit), r, c);
        }
    grid->addWidget(key(QStringLiteral("0"), QStringLiteral("keypad0")), 3, 0, 1, 2);
    grid->addWidget(key(QLocale().decimalPoint(), QStringLiteral("keypadPoint")), 3, 2);

    auto* back = key(QString(), QStringLiteral("keypadBack"));
    back->setIcon(themeIcon(QStringLiteral("backspace")));
    back->setIconSize(QSize(32, 32));
    back->setAccessibleName(tr("Delete the last character"));
    back->setProperty("keypadKey", kBack);
    grid->addWidget(back, 0, 3);
    auto* clear = key(tr("Clear"), QStringLiteral("keypadClear"));
    clear->setProperty("keypadKey", kClear);
    grid->addWidget(clear, 1, 3);
    minus_ = key(QStringLiteral("−"), QStringLiteral("keypadMinus"));
    minus_->setProperty("keypadKey", kMinus);
    grid->addWidget(minus_, 2, 3);
    // Keeps the grid shape when the minus key is hidden.
    grid->setRowMinimumHeight(2, 64);
    for (QPushButton* b : findChildren<QPushButton*>())
        if (b->property("keypadKey").toString().isEmpty())
            b->setProperty("keypadKey", b->text() == QLocale().decimalPoint() ? kPoint : b->text());
}

QPushButton* NumericKeypad::key(const QString& text, const QString& objectName,
                                const QString& role) {
    auto* b = makeButton(text, role.isEmpty() ? QStringLiteral("key") : role, this);
    b->setObjectName(objectName);
    b->setFocusPolicy(Qt::NoFocus);  // the field keeps the focus (and its cursor)
    b->setAutoRepeat(objectName == QLatin1String("keypadBack"));
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(b, &QPushButton::clicked, this, [this, b] { press(b->property("keypadKey").toString()); });
    return b;
}

void NumericKeypad::setTarget(QLineEdit* field) { target_ = field; }

void NumericKeypad::setAllowNegative(bool allow) { minus_->setVisible(allow); }

void NumericKeypad::press(const QString& key) {
    if (!target_ || target_->isReadOnly() || !target_->isEnabled())
        return;
    QLineEdit* f = target_;
    if (key == kBack) {
        f->backspace();
    } else if (key == kClear) {
        f->clear();
    } else if (key == kMinus) {
        // Toggles the sign wherever the cursor is, as a calculator's +/- key does.
        const QString minus = QLocale().negativeSign();
        QString text = f->text();
        const int cursor = f->cursorPosition();
        if (text.startsWith(minus) || text.startsWith(QLatin1Char('-'))) {
            text.remove(0, 1);
            f->setText(text);
            f->setCursorPosition(qMax(0, cursor - 1));
        } else {
            f->setText(minus + text);
            f->setCursorPosition(cursor + 1);
        }
    } else if (key == kPoint) {
        const QString point = QLocale().decimalPoint();
        if (!f->text().contains(point))
            f->insert(point);
    } else {
        f->insert(key);
    }
    // Typing counts as input for the inactivity lock like a key press would; the key
    // buttons' own clicks already do, since they are mouse presses.
}

}  // namespace batch::ui
