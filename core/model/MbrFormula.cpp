#include "model/MbrFormula.h"

#include "model/MbrReader.h"

#include <array>
#include <vector>

namespace batch::model {
namespace {

using detail::MbrText;

// muParser's built-in functions (muParser 2.3); nothing else may be called.
constexpr std::array kFunctions{"sin",  "cos",  "tan",   "asin",  "acos",  "atan", "sinh",
                                "cosh", "tanh", "asinh", "acosh", "atanh", "log2", "log10",
                                "log",  "ln",   "exp",   "sqrt",  "sign",  "rint", "abs",
                                "min",  "max",  "sum",   "avg"};
// muParser's built-in constants.
constexpr std::array kConstants{"_pi", "_e"};

bool isFunction(const QString& name) {
    for (const char* f : kFunctions)
        if (name == QLatin1String(f))
            return true;
    return false;
}

bool isConstant(const QString& name) {
    for (const char* c : kConstants)
        if (name == QLatin1String(c))
            return true;
    return false;
}

bool identStart(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
}

bool identChar(QChar c) {
    return identStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool digit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Binary operators, longest first so that "<=" is not read as "<".
constexpr std::array kBinary{"&&", "||", "==", "!=", "<=", ">=", "+", "-",
                             "*",  "/",  "^",  "<",  ">",  "?",  ":"};

int binaryAt(const QString& f, qsizetype i) {
    for (const char* op : kBinary) {
        const auto len = static_cast<qsizetype>(qstrlen(op));
        if (QStringView(f).mid(i, len) == QLatin1String(op))
            return static_cast<int>(len);
    }
    return 0;
}

}  // namespace

bool isReservedName(const QString& name) {
    return name == kVarBatchSize || name == kVarTheoreticalYield || isFunction(name) ||
           isConstant(name);
}

FormulaScan scanFormula(const QString& f) {
    FormulaScan scan;
    // One entry per open parenthesis: true when it opened a function's argument list,
    // the only place where a comma is allowed (a top-level comma would make muParser
    // return several results).
    std::vector<bool> parens;
    bool expectOperand = true;
    qsizetype i = 0;
    const auto fail = [&](const QString& message) {
        scan.error = message;
        scan.variables.clear();
        return scan;
    };
    while (i < f.size()) {
        const QChar c = f.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype pos = i + 1;
        if (expectOperand) {
            if (digit(c) || (c == QLatin1Char('.') && i + 1 < f.size() && digit(f.at(i + 1)))) {
                while (i < f.size() && (digit(f.at(i)) || f.at(i) == QLatin1Char('.'))) ++i;
                if (i < f.size() && (f.at(i) == QLatin1Char('e') || f.at(i) == QLatin1Char('E'))) {
                    qsizetype j = i + 1;
                    if (j < f.size() &&
                        (f.at(j) == QLatin1Char('+') || f.at(j) == QLatin1Char('-')))
                        ++j;
                    if (j >= f.size() || !digit(f.at(j)))
                        return fail(MbrText::tr("malformed number at position %1").arg(pos));
                    i = j;
                    while (i < f.size() && digit(f.at(i))) ++i;
                }
                if (f.mid(pos - 1, i - pos + 1).count(QLatin1Char('.')) > 1)
                    return fail(MbrText::tr("malformed number at position %1").arg(pos));
                expectOperand = false;
            } else if (identStart(c)) {
                const qsizetype start = i;
                while (i < f.size() && identChar(f.at(i))) ++i;
                const QString name = f.mid(start, i - start);
                qsizetype j = i;
                while (j < f.size() && f.at(j).isSpace()) ++j;
                if (j < f.size() && f.at(j) == QLatin1Char('(')) {
                    if (!isFunction(name))
                        return fail(MbrText::tr("unknown function \"%1\"").arg(name));
                    parens.push_back(true);
                    i = j + 1;
                } else {
                    if (!isConstant(name) && !scan.variables.contains(name))
                        scan.variables.append(name);
                    expectOperand = false;
                }
            } else if (c == QLatin1Char('(')) {
                parens.push_back(false);
                ++i;
            } else if (c == QLatin1Char('-') || c == QLatin1Char('+')) {
                ++i;  // unary sign
            } else {
                return fail(
                    MbrText::tr("expected a number, a step id or \"(\" at position %1").arg(pos));
            }
            continue;
        }
        if (c == QLatin1Char(')')) {
            if (parens.empty())
                return fail(MbrText::tr("unbalanced \")\" at position %1").arg(pos));
            parens.pop_back();
            ++i;
        } else if (c == QLatin1Char(',')) {
            if (parens.empty() || !parens.back())
                return fail(
                    MbrText::tr("\",\" outside a function's arguments at position %1").arg(pos));
            expectOperand = true;
            ++i;
        } else if (const int len = binaryAt(f, i); len > 0) {
            expectOperand = true;
            i += len;
        } else {
            return fail(MbrText::tr("expected an operator at position %1").arg(pos));
        }
    }
    if (expectOperand)
        return fail(MbrText::tr("the formula is incomplete"));
    if (!parens.empty())
        return fail(MbrText::tr("a \"(\" is not closed"));
    return scan;
}

}  // namespace batch::model
