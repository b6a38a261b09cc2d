#pragma once

#include "dialogs/SignatureDialog.h"
#include "exec/BatchEngine.h"
#include "steps/StepInput.h"
#include "widgets/StatusBanner.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace batch {
class Station;
}
namespace batch::model {
class StepSequence;
}
namespace batch::security {
class Session;
}

namespace batch::ui {

class InstrumentHub;
class StatusBanner;
class StepHistoryView;
class TouchDialog;

// Finds the picture an instruction step refers to (a path relative to the MBR package).
using MbrImageResolver =
    std::function<QString(const model::MasterBatchRecord& mbr, const QString& relativePath)>;

// The step runner: one step at a time. At the top, where the step sits in the ISA-88
// procedure (procedure > unit procedure > operation > branch > phase) and how far the
// batch is; in the middle the instruction in large type (with its picture) and the
// input for the step's kind; at the bottom what the operator can do besides: the
// record so far (read-only), comment, deviation, hold or resume. Every action goes to
// the engine; its refusal is shown as it says it, in the operator's language.
class StepRunnerScreen : public QWidget {
    Q_OBJECT
public:
    StepRunnerScreen(Station& station, security::Session& session, InstrumentHub& hub,
                     MbrImageResolver images, QWidget* parent = nullptr);
    ~StepRunnerScreen() override;

    void open(const QString& batchId);
    void clear();  // sign-out: forget the batch
    QString batchId() const { return batchId_; }
    QString currentStepId() const;
    // The ISA-88 path of the current step, outermost first.
    QStringList procedurePath() const;
    StepInputWidget* input() const { return input_; }
    // The dialog the runner has open (for tests and screenshots), if any.
    TouchDialog* openDialog() const;
    StatusBanner* feedback() const { return feedback_; }

    // Actions (also the action bar's buttons).
    void showHistory(bool show);
    void raiseDeviation(const QString& attemptedValue = {});
    void addComment();
    void holdOrResume();
    void correctStep(const QString& stepId);
    void verifyStep(const QString& stepId);
    void approveContinuation(const QString& deviationId);
    // Manual entry on an instrument step whose MBR demands it: a supervisor signs an
    // override (reason in the comment) for the next completion of the current step.
    void requestOverride();

Q_SIGNALS:
    void backToBatches();
    void batchChanged();  // something was recorded: lists elsewhere may refresh

private:
    void reload();
    void showStep();
    void showFinished();
    void dropInput();
    void chooseStep(const QString& stepId);
    void complete(const exec::StepInput& input);
    void startTimer();
    void signCurrent();
    void showRecorded(const exec::CompletionResult& result);
    void showRefusal(const QString& reason, exec::ExecError::Kind kind);
    void updateBatchState();
    void updateDeviationPrompt();
    QString captureBlocker(const model::Step& step, const exec::StepInput& candidate) const;
    QString signedContent(const model::Step& step) const;
    QString stepLabel(const model::Step& step) const;
    void showDialog(TouchDialog* dialog);
    // After an engine action succeeded: its answer under the step, the screen refreshed.
    void afterAction(StatusBanner::Kind kind, const QString& text);
    // The signature dialog for `request`; on success the manifestation of the signature
    // (in `prefix`'s %1 when given) and, optionally, the record on `selectStep`.
    void openSignature(const SignatureRequest& request, SignFunction sign,
                       const QString& prefix = {}, const QString& selectStep = {});
    const security::User* actor() const;

    Station& station_;
    exec::BatchEngine& engine_;
    security::Session& session_;
    InstrumentHub& hub_;
    MbrImageResolver images_;
    QString batchId_;
    const exec::BatchProjection* batch_ = nullptr;
    const model::MasterBatchRecord* mbr_ = nullptr;
    std::unique_ptr<model::StepSequence> sequence_;
    QString current_;
    QString lastAttempt_;
    exec::ExecError::Kind refusalKind_ = exec::ExecError::Kind::InvalidValue;
    QPointer<TouchDialog> dialog_;

    QStackedWidget* pages_;
    QLabel* path_;
    QLabel* progressText_;
    QProgressBar* progress_;
    QLabel* stateIcon_;
    QLabel* state_;
    QWidget* branches_;
    QHBoxLayout* branchRow_;
    QButtonGroup* branchGroup_ = nullptr;
    QLabel* kindIcon_;
    QLabel* title_;
    QLabel* instruction_;
    QLabel* image_;
    QScrollArea* instructionArea_;
    QVBoxLayout* cardLayout_;
    QVBoxLayout* inputHost_;
    StepInputWidget* input_ = nullptr;
    StatusBanner* feedback_;
    QPushButton* feedbackAction_;
    StatusBanner* deviationPrompt_;
    QPushButton* continuation_;
    QString pendingDeviation_;
    QLabel* finished_;
    StepHistoryView* history_;
    QPushButton* historyButton_;
    QPushButton* holdButton_;
    QPushButton* deviationButton_;
    QPushButton* commentButton_;
};

}  // namespace batch::ui
