#pragma once

// Drives ui::SignatureDialog, the one signature dialog of every screen, the way a user
// does: credentials and comment typed into its fields, Sign pressed (or Enter in the
// password field, which bypasses a disabled button), and what it shows read back.
#include "dialogs/SignatureDialog.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

namespace sigtest {

template <typename T>
T* part(batch::ui::SignatureDialog* d, const char* name) {
    T* w = d->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("signature dialog has no %s", name);
    return w;
}

inline QPushButton* signButton(batch::ui::SignatureDialog* d) {
    return part<QPushButton>(d, "signButton");
}
inline QLineEdit* password(batch::ui::SignatureDialog* d) {
    return part<QLineEdit>(d, "signaturePassword");
}
inline QString commentLabel(batch::ui::SignatureDialog* d) {
    return part<QLabel>(d, "signatureCommentLabel")->text();
}
inline QString meaning(batch::ui::SignatureDialog* d) {
    return part<QLabel>(d, "signatureMeaning")->text();
}

// The user id only where the dialog asks for it (the first signature of a session, or
// another person), the password always.
inline void setCredentials(batch::ui::SignatureDialog* d, const QString& id, const QString& pw) {
    auto* uid = part<QLineEdit>(d, "signatureUserId");
    if (!uid->isHidden())
        uid->setText(id);
    password(d)->setText(pw);
}

inline void setComment(batch::ui::SignatureDialog* d, const QString& text) {
    part<QPlainTextEdit>(d, "signatureComment")->setPlainText(text);
}

inline void pressSign(batch::ui::SignatureDialog* d) {
    QVERIFY2(signButton(d)->isEnabled(), qPrintable(d->missingInput()));
    QTest::mouseClick(signButton(d), Qt::LeftButton);
}

// A use whose service refuses to sign without a reason: the label says "(required)",
// Sign is disabled while the comment is empty, Enter in the password field is refused in
// the dialog with a message naming what is missing, and the dialog stays open. Returns
// what failed (empty: all held). The caller checks that nothing was recorded.
inline QString refusesWithoutReason(batch::ui::SignatureDialog* d, const QString& id,
                                    const QString& pw) {
    setComment(d, QString());
    if (!commentLabel(d).endsWith(QStringLiteral("(required)")))
        return QStringLiteral("comment label is \"%1\"").arg(commentLabel(d));
    setCredentials(d, id, pw);
    if (signButton(d)->isEnabled())
        return QStringLiteral("Sign is enabled without a reason");
    QTest::mouseClick(signButton(d), Qt::LeftButton);  // a disabled button does nothing
    QTest::keyClick(password(d), Qt::Key_Return);
    if (!d->isVisible())
        return QStringLiteral("the dialog closed without a reason");
    const QString shown = d->banner()->text();
    if (!shown.contains(QStringLiteral("required")))
        return QStringLiteral("the dialog says \"%1\"").arg(shown);
    return {};
}

// The dialog over its dimmed window at 1280x800 and 1920x1080 (it fits itself to the
// window, as when it opens): `<base>-1280x800.png` and `<base>-1920x1080.png`. The
// window is left at 1280x800. Returns false when a file could not be written.
inline bool shootOverWindow(QWidget* window, batch::ui::SignatureDialog* d, const QString& base) {
    const auto fit = [&](QSize size) {
        window->resize(size);
        QApplication::processEvents();
        d->fitToWindow();
        QApplication::processEvents();
    };
    bool ok = true;
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        fit(size);
        QImage image = window->grab().toImage();
        QPainter p(&image);
        p.fillRect(image.rect(), QColor(0, 0, 0, 70));  // as a modal dialog dims it
        p.drawPixmap(d->geometry().topLeft() - window->geometry().topLeft(), d->grab());
        p.end();
        const QString file =
            QStringLiteral("%1-%2x%3.png").arg(base).arg(size.width()).arg(size.height());
        ok = image.save(file) && ok;
    }
    fit(QSize(1280, 800));
    return ok;
}

}  // namespace sigtest
