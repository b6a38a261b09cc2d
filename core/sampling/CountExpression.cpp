#include "sampling/CountExpression.h"

#include "exec/MuParserText.h"
#include "sampling/SamplingTypes.h"

#include <muParser.h>

#include <cmath>

namespace batch::sampling {
namespace {

using mu_text::fromMu;
using mu_text::toMu;

double ceilFn(double v) {
    return std::ceil(v);
}
double floorFn(double v) {
    return std::floor(v);
}
double roundFn(double v) {
    return std::round(v);
}  // half away from zero

// muParser's '=' assigns to a variable; a count rule has no business doing that. '==',
// '!=', '<=' and '>=' are comparisons and stay allowed.
bool hasAssignment(const QString& text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('='))
            continue;
        const QChar before = i > 0 ? text[i - 1] : QChar();
        const QChar after = i + 1 < text.size() ? text[i + 1] : QChar();
        if (after == QLatin1Char('=')) {
            ++i;  // "==": skip both
            continue;
        }
        if (before == QLatin1Char('!') || before == QLatin1Char('<') || before == QLatin1Char('>'))
            continue;
        return true;
    }
    return false;
}

}  // namespace

struct CountExpression::Impl {
    mu::Parser parser;
    double n = 1;  // muParser keeps a pointer to it: Impl never moves once made
};

CountExpression::CountExpression(QString text, std::unique_ptr<Impl> impl)
    : text_(std::move(text)), impl_(std::move(impl)) {}
CountExpression::CountExpression(CountExpression&&) noexcept = default;
CountExpression& CountExpression::operator=(CountExpression&&) noexcept = default;
CountExpression::~CountExpression() = default;

std::optional<CountExpression> CountExpression::compile(const QString& text, QString* error) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = SamplingText::tr("the expression is empty");
        return std::nullopt;
    }
    if (trimmed.size() > kMaxExpressionLength) {
        *error = SamplingText::tr("the expression is too long (%1 characters, at most %2)")
                     .arg(trimmed.size())
                     .arg(kMaxExpressionLength);
        return std::nullopt;
    }
    if (hasAssignment(trimmed)) {
        *error = SamplingText::tr(
            "assignment ('=') is not allowed; the expression may only "
            "use the lot size N");
        return std::nullopt;
    }
    auto impl = std::make_unique<Impl>();
    try {
        impl->parser.DefineVar(toMu(QStringLiteral("N")), &impl->n);
        impl->parser.DefineFun(toMu(QStringLiteral("ceil")), ceilFn);
        impl->parser.DefineFun(toMu(QStringLiteral("floor")), floorFn);
        impl->parser.DefineFun(toMu(QStringLiteral("round")), roundFn);
        impl->parser.SetExpr(toMu(trimmed));
        // Parsing happens on the first evaluation; do it now so that a bad expression is
        // refused when the rule is defined, not when a lot arrives.
        impl->parser.Eval();
        if (impl->parser.GetNumResults() != 1) {
            *error = SamplingText::tr(
                         "the expression must give one value (it gives %1; "
                         "',' separates several)")
                         .arg(impl->parser.GetNumResults());
            return std::nullopt;
        }
    } catch (const mu::Parser::exception_type& e) {
        *error = e.GetPos() >= 0 ? SamplingText::tr("%1 (at position %2)")
                                       .arg(fromMu(e.GetMsg()))
                                       .arg(e.GetPos() + 1)
                                 : fromMu(e.GetMsg());
        return std::nullopt;
    }
    return CountExpression(trimmed, std::move(impl));
}

double CountExpression::evaluate(double n) const {
    impl_->n = n;
    try {
        return impl_->parser.Eval();
    } catch (const mu::Parser::exception_type&) {
        return std::nan("");
    }
}

}  // namespace batch::sampling
