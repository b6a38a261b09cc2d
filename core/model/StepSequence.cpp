#include "model/StepSequence.h"

#include "model/MbrReader.h"

namespace batch::model {

using detail::MbrText;

StepSequence::StepSequence(const MasterBatchRecord& mbr) {
    int order = 0;
    for (size_t u = 0; u < mbr.unitProcedures.size(); ++u) {
        const UnitProcedure& up = mbr.unitProcedures[u];
        for (size_t o = 0; o < up.operations.size(); ++o) {
            const Operation& op = up.operations[o];
            Span span{steps_.size(), steps_.size()};
            const auto add = [&](const std::vector<Step>& phases, int branch) {
                for (size_t p = 0; p < phases.size(); ++p)
                    steps_.push_back({&phases[p], static_cast<int>(u), static_cast<int>(o), branch,
                                      static_cast<int>(p), order++});
            };
            add(op.phases, -1);
            for (size_t b = 0; b < op.branches.size(); ++b)
                add(op.branches[b].phases, static_cast<int>(b));
            span.last = steps_.size();
            if (span.last > span.first)
                operations_.push_back(span);
        }
    }
}

std::optional<StepLocation> StepSequence::find(const QString& stepId) const {
    for (const StepLocation& l : steps_)
        if (l.step->id == stepId)
            return l;
    return std::nullopt;
}

const StepSequence::Span* StepSequence::currentOperation(const QSet<QString>& completed) const {
    for (const Span& span : operations_)
        for (size_t i = span.first; i < span.last; ++i)
            if (!completed.contains(steps_[i].step->id))
                return &span;
    return nullptr;
}

std::vector<const Step*> StepSequence::next(const QSet<QString>& completed) const {
    std::vector<const Step*> out;
    const Span* span = currentOperation(completed);
    if (!span)
        return out;
    // Phase lists are contiguous in steps_; take the first open step of each list.
    int openList = -2;  // branch index of the list whose first open step was taken
    for (size_t i = span->first; i < span->last; ++i) {
        const StepLocation& l = steps_[i];
        if (l.branch == openList || completed.contains(l.step->id))
            continue;
        out.push_back(l.step);
        openList = l.branch;
    }
    return out;
}

bool StepSequence::finished(const QSet<QString>& completed) const {
    return currentOperation(completed) == nullptr;
}

QString StepSequence::refusal(const QString& stepId, const QSet<QString>& completed) const {
    const auto location = find(stepId);
    if (!location)
        return MbrText::tr("The MBR has no step \"%1\".").arg(stepId);
    if (completed.contains(stepId))
        return MbrText::tr("Step \"%1\" is already completed.").arg(stepId);
    const std::vector<const Step*> open = next(completed);
    const Step* first = nullptr;
    for (const Step* s : open) {
        if (s->id == stepId)
            return {};
        // Prefer naming the step that blocks this one in its own branch.
        const auto l = find(s->id);
        if (!first ||
            (l->operation == location->operation && l->unitProcedure == location->unitProcedure &&
             l->branch == location->branch))
            first = s;
    }
    if (!first)
        return MbrText::tr("Step \"%1\" cannot be executed: every step is complete.").arg(stepId);
    return MbrText::tr("Step \"%1\" cannot be executed yet: \"%2\" (%3) comes first.")
        .arg(stepId, first->id, first->title);
}

}  // namespace batch::model
