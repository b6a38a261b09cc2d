#pragma once

#include "exec/BatchProjection.h"
#include "model/Mbr.h"

#include <QHash>
#include <QString>

namespace batch::exec {

// Evaluates a calculation step's formula with muParser (an expression evaluator: no
// assignment, no code execution) over the values in force of the earlier steps it
// references and the built-in variables, and returns the result rounded half away from
// zero to the step's decimals. Throws ExecError InvalidValue when a referenced value is
// missing or the result is not a finite number (e.g. division by zero). `pending` holds
// values that replace the value in force of a step (a correction being written in the
// same transaction, and the calculations recomputed from it).
QString evaluateCalculation(const model::MasterBatchRecord& mbr, const model::Step& step,
                            const BatchProjection& batch,
                            const QHash<QString, QString>* pending = nullptr);

}  // namespace batch::exec
