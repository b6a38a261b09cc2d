#pragma once

#include "model/Mbr.h"

#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace batch::model {

// Where a step sits in the procedure.
struct StepLocation {
    const Step* step = nullptr;
    int unitProcedure = 0;
    int operation = 0;  // index within the unit procedure
    int branch = -1;    // -1: the operation's sequential phases
    int phase = 0;      // index within the phase list (of the branch, if any)
    int order = 0;      // position in document order
};

// The order rules of a master batch record, for the execution engine: operations run
// one after the other; inside an operation the phases run in order, or, for an operation
// with branches, each branch runs in order and the branches in any interleaving; every
// branch must be complete before the next operation. The state is just the set of
// completed step ids (the engine's projection of StepCompleted events). The sequence
// refers into `mbr`, which must outlive it.
class StepSequence {
public:
    explicit StepSequence(const MasterBatchRecord& mbr);

    const std::vector<StepLocation>& steps() const { return steps_; }  // document order
    std::optional<StepLocation> find(const QString& stepId) const;

    // The steps that may be executed now, in document order: the first open step of the
    // current operation, or the first open step of each of its unfinished branches.
    // Empty once every step is complete.
    std::vector<const Step*> next(const QSet<QString>& completed) const;
    bool finished(const QSet<QString>& completed) const;

    // Why `stepId` may not be executed now (translated), or an empty string if it may.
    QString refusal(const QString& stepId, const QSet<QString>& completed) const;

private:
    // [first, last) indexes into steps_ of each operation, in order.
    struct Span {
        size_t first = 0;
        size_t last = 0;
    };
    const Span* currentOperation(const QSet<QString>& completed) const;

    std::vector<StepLocation> steps_;
    std::vector<Span> operations_;
};

}  // namespace batch::model
