#include "models/BatchListModel.h"

#include "LocaleFormat.h"
#include "Theme.h"

#include <QFont>

namespace batch::ui {

BatchListModel::BatchListModel(bool mbrs, QObject* parent)
    : QAbstractTableModel(parent), mbrs_(mbrs) {}

void BatchListModel::setRows(std::vector<BatchRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

const BatchRow* BatchListModel::rowAt(int row) const {
    return row >= 0 && row < int(rows_.size()) ? &rows_[size_t(row)] : nullptr;
}

int BatchListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int BatchListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchListModel::data(const QModelIndex& index, int role) const {
    const BatchRow* r = rowAt(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return mbrs_ ? r->mbr : r->batchId;
        case Product: return r->product;
        case Detail: return r->detail;
        case Started: return mbrs_ ? r->size : fmt::dateTime(r->startedUtc);
        }
    }
    if (role == Qt::DecorationRole && index.column() == Id) {
        if (r->status == QLatin1String("on_hold"))
            return themeIcon(QStringLiteral("warning"));
        if (r->status == QLatin1String("finished"))
            return themeIcon(QStringLiteral("ok"));
        return themeIcon(mbrs_ ? QStringLiteral("instruction") : QStringLiteral("batch"));
    }
    if (role == Qt::ToolTipRole && !mbrs_)
        return tr("Started by %1").arg(r->startedBy);
    if (role == Qt::FontRole && index.column() == Id) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return mbrs_ ? tr("Master batch record") : tr("Batch");
    case Product: return tr("Product");
    case Detail: return mbrs_ ? tr("Product code") : tr("State");
    case Started: return mbrs_ ? tr("Default size") : tr("Started");
    }
    return {};
}

}  // namespace batch::ui
