#pragma once

#include "IntegrityCheck.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace batch::ui {

struct ExportOutcome {
    bool ok = false;
    bool cancelled = false;
    QString message;  // what was written, or why not
};

// Runs one export of a batch record (pdf, json, csv, batchml, mbr-batchml; docs/export.md)
// off the UI thread, on a connection of its own, reporting progress and accepting a
// cancel; the result arrives once, on the UI thread. A cancelled export leaves no file.
class ExportJob : public QObject {
    Q_OBJECT
public:
    explicit ExportJob(ReadConnectionFactory openConnection, QObject* parent = nullptr);
    ~ExportJob() override;

    static QStringList formats();  // "pdf", "json", "csv", "batchml", "mbr-batchml"
    static QString suffix(const QString& format);

    void start(const QString& batchId, const QString& format, const QString& path,
               const QString& exportedBy);
    void cancel();
    bool isRunning() const { return watcher_.isRunning(); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const batch::ui::ExportOutcome& outcome);

private:
    ReadConnectionFactory open_;
    QFutureWatcher<ExportOutcome> watcher_;
};

}  // namespace batch::ui

Q_DECLARE_METATYPE(batch::ui::ExportOutcome)
