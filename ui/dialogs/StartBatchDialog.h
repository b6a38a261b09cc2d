#pragma once

#include "dialogs/RecordDialogs.h"

class QButtonGroup;
class QLineEdit;

namespace batch::model {
class MbrRepository;
}

namespace batch::ui {

class NumericEntry;

// Start a batch: which master batch record (its effective version), the batch id and
// the batch size in the MBR's unit (the keypad; the MBR's size is proposed). The
// engine checks all three and scales the weigh targets.
class StartBatchDialog : public TouchDialog {
    Q_OBJECT
public:
    struct Choice {
        QString mbrId;
        QString title;
        QString version;
        QString defaultSize;  // canonical decimal
        QString unit;
    };
    using Start = std::function<ActionOutcome(const QString& batchId, const QString& mbrId,
                                              const QString& batchSize)>;

    StartBatchDialog(const QList<Choice>& choices, const QString& preselect,
                     const QString& suggestedId, Start start, QWidget* parent = nullptr);
    QString batchId() const;

private:
    void select(int index);

    QList<Choice> choices_;
    Start start_;
    QButtonGroup* mbr_;
    QLineEdit* id_;
    NumericEntry* size_;
};

}  // namespace batch::ui
