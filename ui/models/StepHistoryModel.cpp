#include "models/StepHistoryModel.h"

#include "LocaleFormat.h"
#include "Theme.h"

#include <QHash>

namespace batch::ui {

StepHistoryModel::StepHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void StepHistoryModel::setBatch(const model::MasterBatchRecord* mbr,
                                const exec::BatchProjection* batch) {
    beginResetModel();
    mbr_ = mbr;
    batch_ = batch;
    rows_.clear();
    if (mbr && batch) {
        QHash<QString, int> number;
        int n = 0;
        for (const model::Step* s : mbr->steps())
            number.insert(s->id, ++n);
        for (const QString& id : batch->completionOrder)
            rows_.push_back({id, number.value(id)});
        for (const model::Step* s : mbr->steps()) {
            const exec::StepState* st = batch->step(s->id);
            if (st && st->state != exec::StepState::State::Completed &&
                st->state != exec::StepState::State::Pending)
                rows_.push_back({s->id, number.value(s->id)});
        }
    }
    endResetModel();
}

QString StepHistoryModel::stepIdAt(int row) const {
    return row >= 0 && row < int(rows_.size()) ? rows_[size_t(row)].stepId : QString();
}

int StepHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int StepHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepHistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !mbr_ || !batch_ || index.row() >= int(rows_.size()))
        return {};
    const Row& row = rows_[size_t(index.row())];
    const model::Step* step = mbr_->step(row.stepId);
    const exec::StepState* state = batch_->step(row.stepId);
    if (!step || !state)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return row.number;
        case Step: return step->title;
        case Value: {
            if (state->state == exec::StepState::State::Started)
                return tr("running since %1").arg(fmt::dateTime(state->startedUtc));
            if (state->state == exec::StepState::State::AwaitingSignature)
                return tr("awaiting signature");
            QString v = fmt::decimal(state->currentValue());
            if (!state->unit.isEmpty())
                v += QLatin1Char(' ') + state->unit;
            if (!state->corrections.empty())
                v += QLatin1Char(' ') + tr("(corrected)");
            return v;
        }
        case By: return state->performerId;
        case When:
            return fmt::dateTime(state->completedUtc.isEmpty() ? state->startedUtc
                                                               : state->completedUtc);
        case Signatures:
            return state->signatures.empty() ? QString()
                                             : tr("%n signature(s)", nullptr,
                                                  int(state->signatures.size()));
        }
    }
    if (role == Qt::DecorationRole && index.column() == Value) {
        if (state->limitState == QLatin1String("alert") ||
            state->limitState == QLatin1String("action") || !state->deviationId.isEmpty())
            return themeIcon(QStringLiteral("warning"));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StepHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("No.");
    case Step: return tr("Step");
    case Value: return tr("Value in force");
    case By: return tr("By");
    case When: return tr("When");
    case Signatures: return tr("Signatures");
    }
    return {};
}

}  // namespace batch::ui
