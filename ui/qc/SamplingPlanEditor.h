#pragma once

#include "sampling/SamplingPlan.h"
#include "sampling/Specification.h"
#include "security/Users.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace batch::sampling {
class SamplingServices;
}

namespace batch::ui {

class StatusBanner;

// The sampling plan editor: a plan's sources, each with its count rule (a fixed number, a
// range table on the lot size, an expression on N or a shared named rule), the tests of
// its sample template at Full and the subset at Reduced. Every edit goes through the same
// parser and cross check as a master data file, with the path of each problem; a preview
// shows the samples for any lot size and level. Saving (administrators, with a reason)
// is one master data change on record; everyone else sees the plan read-only.
class SamplingPlanEditor : public QWidget {
    Q_OBJECT
public:
    explicit SamplingPlanEditor(sampling::SamplingServices& sampling, QWidget* parent = nullptr);

    void setUser(const security::User& user);
    void refresh();
    void clear();
    void selectPlan(const QString& planId);
    void selectSource(int index);
    void setPreview(qint64 size, sampling::Level level);

    int sourceCount() const;
    QString previewText() const;
    QString bannerText() const;
    bool canSave() const;

private:
    struct CountEditor {
        QComboBox* kind = nullptr;
        QLineEdit* value = nullptr;
    };
    void loadPlan(const QString& planId);
    void fillSources();
    void showSource(int index);
    bool applySource();
    void addSource();
    void removeSource();
    void updatePreview();
    void save();
    void setEditable(bool editable);
    std::optional<sampling::CountRule> readCount(const CountEditor& editor, const QString& path,
                                                 bool allowSame);
    void showCount(const CountEditor& editor, const std::optional<sampling::CountRule>& rule);
    void fillTests(const sampling::SampleTemplate& source);
    QStringList checkedTests(const std::vector<QCheckBox*>& boxes) const;
    bool validate(const sampling::SamplingPlan& plan);

    sampling::SamplingServices& sampling_;
    std::optional<security::User> user_;
    std::optional<sampling::SamplingPlan> plan_;  // the edited copy
    sampling::Product product_;
    int current_ = -1;
    bool dirty_ = false;

    QComboBox* plans_;
    QLabel* productLabel_;
    QTableWidget* sources_;
    QPushButton* add_;
    QPushButton* remove_;
    QLineEdit* sourceName_;
    CountEditor count_;
    CountEditor reducedCount_;
    QGridLayout* testsGrid_;
    std::vector<QWidget*> testRows_;  // everything fillTests put into the grid
    std::vector<QCheckBox*> fullTests_;
    std::vector<QCheckBox*> reducedTests_;
    QPushButton* apply_;
    QLineEdit* previewSize_;
    QComboBox* previewLevel_;
    QLabel* preview_;
    QLineEdit* reason_;
    QPushButton* save_;
    StatusBanner* banner_;
    QLabel* readOnly_;
};

}  // namespace batch::ui
