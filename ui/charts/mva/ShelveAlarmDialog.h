#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace batch::ui::mva {

// Asks for what ISA-18.2 shelving needs (DESIGN.md §7a): a reason and a time limit. The
// time limit is chosen from fixed steps up to `maxMinutes`; "Shelve" stays disabled until a
// reason is given. The caller records the shelving (AlarmLog::shelve).
class ShelveAlarmDialog : public QDialog {
    Q_OBJECT
public:
    ShelveAlarmDialog(const QString& alarmText, int maxMinutes, QWidget* parent = nullptr);

    QString reason() const;
    int minutes() const;
    void setReason(const QString& reason);
    void setMinutes(int minutes);  // picks the step of that many minutes, if offered
    QPushButton* shelveButton() const { return shelve_; }

private:
    QPlainTextEdit* reason_;
    QComboBox* duration_;
    QPushButton* shelve_;
};

}  // namespace batch::ui::mva
