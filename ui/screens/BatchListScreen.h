#pragma once

#include <functional>

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace batch {
class Station;
}
namespace batch::security {
class Session;
struct User;
}  // namespace batch::security

namespace batch::ui {

class BatchListModel;
class StartBatchDialog;
class StatusBanner;

// The overview of batch execution at this station: the master batch records ready to
// start a batch from, the batches in progress, those on hold, and the latest finished
// ones. A touch on a batch opens it in the step runner; "Start a batch" opens the
// start dialog (MBR, batch id, batch size), whose input the engine checks.
class BatchListScreen : public QWidget {
    Q_OBJECT
public:
    static constexpr int kFinishedShown = 50;

    BatchListScreen(Station& station, security::Session& session, QWidget* parent = nullptr);
    // Called before a batch is started (MainWindowOptions::prepareBatch).
    void setPrepareBatch(
        std::function<void(const security::User& user, const QString& mbrId)> prepare) {
        prepare_ = std::move(prepare);
    }

    void refresh();
    void clear();
    void startBatch(const QString& mbrId = {});
    StartBatchDialog* openDialog() const;
    int count(const QString& section) const;  // "ready", "running", "on_hold", "finished"

Q_SIGNALS:
    void batchOpened(const QString& batchId);

private:
    QTableView* makeTable(BatchListModel* model, const QString& objectName);
    QWidget* section(const QString& title, const QString& icon, QTableView* table, QLabel** count,
                     QPushButton* action = nullptr);
    QString suggestBatchId() const;

    Station& station_;
    security::Session& session_;
    BatchListModel* ready_;
    BatchListModel* running_;
    BatchListModel* onHold_;
    BatchListModel* finished_;
    QLabel* readyCount_;
    QLabel* runningCount_;
    QLabel* onHoldCount_;
    QLabel* finishedCount_;
    StatusBanner* banner_;
    QPointer<StartBatchDialog> dialog_;
    std::function<void(const security::User& user, const QString& mbrId)> prepare_;
};

}  // namespace batch::ui
