#pragma once

#include <QString>
#include <QStringList>

namespace batch::model {

// Built-in variables every calculation formula may use besides earlier step ids.
inline const QString kVarBatchSize = QStringLiteral("batchSize");                // of this batch
inline const QString kVarTheoreticalYield = QStringLiteral("theoreticalYield");  // scaled

// The result of a syntactic scan of a calculation formula (muParser syntax). It does not
// evaluate anything: it only proves that the formula is made of numbers, operators,
// parentheses, the functions muParser provides and identifiers, so that the validator can
// check that every identifier names an earlier step.
struct FormulaScan {
    QStringList variables;  // identifiers used as variables, first-use order, no duplicates
    QString error;          // translated; empty when the formula is well-formed
    bool ok() const { return error.isEmpty(); }
};

FormulaScan scanFormula(const QString& formula);

// Names a step id may not take: the built-in variables and muParser's functions.
bool isReservedName(const QString& name);

}  // namespace batch::model
