#pragma once

#include "dialogs/TouchDialog.h"
#include "exec/BatchEngine.h"

#include <QStringList>

#include <functional>

class QButtonGroup;
class QLineEdit;

namespace batch::security {
class UserService;
}

namespace batch::ui {

// What an engine action reports to a dialog: a result (an id, a message) or the
// engine's refusal, already translated. The dialog closes only on success.
struct ActionOutcome {
    QString result;
    QString refusal;
    bool ok() const { return refusal.isEmpty(); }
};

// Raise a deviation on the current step: category, what happened, what was done at
// once; optionally the batch goes on hold in the same transaction.
class DeviationDialog : public TouchDialog {
    Q_OBJECT
public:
    using Raise = std::function<ActionOutcome(const exec::DeviationRequest&)>;
    // Stable category codes recorded in the DeviationRaised event.
    static QStringList categories();
    static QString categoryTitle(const QString& code);

    DeviationDialog(const QString& stepTitle, const QString& stepId,
                    const QString& attemptedValue, Raise raise, QWidget* parent = nullptr);
    QString deviationId() const { return deviationId_; }
    QSize sizeHint() const override;

private:
    void submit();

    QString stepId_;
    QString attemptedValue_;
    Raise raise_;
    QButtonGroup* category_;
    QPlainTextEdit* description_;
    QPlainTextEdit* action_;
    QPushButton* hold_;
    QString deviationId_;
};

// A comment on the batch (or the current step) for the record.
class CommentDialog : public TouchDialog {
    Q_OBJECT
public:
    using Add = std::function<ActionOutcome(const QString& text)>;
    CommentDialog(const QString& about, Add add, QWidget* parent = nullptr);

private:
    Add add_;
    QPlainTextEdit* text_;
};

// A reason for a hold or a resume. A resume is a decision about the batch: it may be
// given by another person (a supervisor at the station), who re-authenticates here;
// the engine decides whether that person may.
class ReasonDialog : public TouchDialog {
    Q_OBJECT
public:
    struct Input {
        QString reason;
        QString byUserId;  // empty: the signed-in user
        QString password;  // with byUserId
    };
    using Apply = std::function<ActionOutcome(const Input&)>;
    ReasonDialog(const QString& title, const QString& explanation, const QString& actionText,
                 const QString& actionObjectName, bool allowOtherPerson, Apply apply,
                 QWidget* parent = nullptr);

private:
    Apply apply_;
    QPlainTextEdit* reason_;
    QPushButton* other_ = nullptr;
    QLineEdit* userId_ = nullptr;
    QLineEdit* password_ = nullptr;
    QList<QWidget*> otherFields_;
};

}  // namespace batch::ui
