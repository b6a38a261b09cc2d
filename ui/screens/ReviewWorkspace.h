#pragma once

#include "ExportJob.h"
#include "IntegrityCheck.h"
#include "dialogs/SignatureDialog.h"
#include "review/BatchReview.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace batch {
class Station;
}
namespace batch::security {
class Session;
}

namespace batch::ui::mva {
class MvaBatchReview;
}

namespace batch::ui {

class AuditTrailModel;
class EventDetailView;
class StatusBanner;

// QA review by exception (desktop, qa role): the batches awaiting review with their open
// exceptions and deviations; for the chosen batch every exception with its full context
// and its review (comment + "Reviewed" signature), the deviations with their closure,
// what was verified compliant (with the full record one click away), the batch's audit
// trail with filters, the disposition (release, reject, quarantine) and exports that run
// off the UI thread with progress and cancel. Everything goes through ReviewService.
class ReviewWorkspace : public QWidget {
    Q_OBJECT
public:
    ReviewWorkspace(Station& station, security::Session& session,
                    ReadConnectionFactory openConnection, QWidget* parent = nullptr);
    ~ReviewWorkspace() override;

    void refresh();  // re-reads the queue and the open batch
    void clear();    // forgets everything shown (sign-out, user switch)
    void openBatch(const QString& batchId);
    QString currentBatch() const { return batchId_; }

    // The actions behind the buttons; each opens its dialog (returned for tests, already
    // shown non-modally: the caller may drive it and accept it).
    SignatureDialog* reviewSelectedException();
    SignatureDialog* closeSelectedDeviation();
    SignatureDialog* startDisposition();
    void startExport(const QString& format, const QString& path);
    void showFullRecord();

    ExportJob& exportJob() { return export_; }
    // The "Multivariate" tab: the batch's MVA charts, alarms and shelvings from the store.
    mva::MvaBatchReview* mvaReview() const { return mva_; }
    QProgressDialog* exportProgress() const { return progress_; }

Q_SIGNALS:
    void exportFinished(const batch::ui::ExportOutcome& outcome);

private:
    QWidget* buildQueue();
    QWidget* buildExceptionsTab();
    QWidget* buildDeviationsTab();
    QWidget* buildCompliantTab();
    QWidget* buildAuditTab();
    void fillQueue();
    void fillBatch();
    void fillAudit();
    void showSelectedException();
    void showSelectedDeviation();
    void chooseExport();
    void onExportFinished(const ExportOutcome& outcome);
    // The signature dialog for `request`, signed by the signed-in user only.
    SignatureDialog* signatureDialog(SignatureRequest request, SignFunction sign);
    QString signerId() const;

    Station& station_;
    security::Session& session_;
    ExportJob export_;
    QString batchId_;
    std::optional<review::BatchReview> review_;
    std::vector<record::EventRecord> auditEvents_;

    QTableWidget* queue_;
    QLabel* queueCount_;
    QLabel* batchTitle_;
    QLabel* batchFacts_;
    StatusBanner* readiness_;
    QPushButton* disposition_;
    QPushButton* exportButton_;
    QTabWidget* tabs_;
    QTableWidget* exceptions_;
    QTextBrowser* exceptionDetail_;
    QPushButton* reviewButton_;
    QTableWidget* deviations_;
    QTextBrowser* deviationDetail_;
    QPushButton* closeButton_;
    QTableWidget* summary_;
    QLabel* integrity_;
    QComboBox* auditType_;
    QLineEdit* auditText_;
    AuditTrailModel* auditModel_;
    EventDetailView* auditDetail_;
    QLabel* auditCount_;
    mva::MvaBatchReview* mva_;
    int mvaTab_ = -1;
    QProgressDialog* progress_ = nullptr;
};

}  // namespace batch::ui
