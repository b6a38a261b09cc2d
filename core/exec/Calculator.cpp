#include "exec/Calculator.h"

#include "exec/ExecTypes.h"
#include "exec/MuParserText.h"
#include "model/MbrFormula.h"
#include "model/Scaling.h"

#include <QCoreApplication>

#include <muParser.h>

#include <cmath>
#include <deque>

namespace batch::exec {
namespace {

using mu_text::fromMu;
using mu_text::toMu;

[[noreturn]] void fail(const model::Step& step, const QString& why) {
    throw ExecError(ExecError::Kind::InvalidValue,
                    QCoreApplication::translate("BatchEngine", "Step %1: %2").arg(step.id, why));
}

}  // namespace

QString evaluateCalculation(const model::MasterBatchRecord& mbr, const model::Step& step,
                            const BatchProjection& batch) {
    // muParser keeps pointers to the variables: a deque never moves its elements.
    std::deque<double> storage;
    mu::Parser parser;
    try {
        const double batchSize = batch.batchSize.toDouble();
        for (const QString& name : step.references) {
            double value = 0;
            if (name == model::kVarBatchSize) {
                value = batchSize;
            } else if (name == model::kVarTheoreticalYield) {
                value = model::scaledTheoreticalYield(mbr, batchSize);
            } else {
                const StepState* s = batch.step(name);
                if (!s || s->state != StepState::State::Completed)
                    fail(step, QCoreApplication::translate("BatchEngine",
                                                           "the value of step %1 is missing.")
                                   .arg(name));
                value = s->currentValue().toDouble();
            }
            storage.push_back(value);
            parser.DefineVar(toMu(name), &storage.back());
        }
        parser.SetExpr(toMu(step.formula));
        const double result = parser.Eval();
        if (!std::isfinite(result))
            fail(step, QCoreApplication::translate("BatchEngine",
                                                   "the formula has no finite result (%1).")
                           .arg(step.formula));
        return model::roundDecimal(result, step.decimals);
    } catch (const mu::Parser::exception_type& e) {
        fail(step, QCoreApplication::translate("BatchEngine", "the formula failed: %1")
                       .arg(fromMu(e.GetMsg())));
    } catch (const model::ScalingError& e) {
        fail(step, e.message());
    }
}

}  // namespace batch::exec
