#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace batch::sampling {

// A sample-count expression on the lot size N, e.g. "ceil(sqrt(N)) + 1", evaluated with
// muParser: arithmetic, comparisons, the ternary operator and muParser's functions plus
// ceil, floor and round (half away from zero). It is an expression evaluator, not a
// language: no assignment (a bare '=' is refused), no variable but N, no loops, and at
// most kMaxExpressionLength characters.
class CountExpression {
public:
    // Compiles `text`; on failure returns nullopt and sets *error to a message that says
    // what is wrong (muParser's message and the position it names).
    static std::optional<CountExpression> compile(const QString& text, QString* error);

    CountExpression(CountExpression&&) noexcept;
    CountExpression& operator=(CountExpression&&) noexcept;
    ~CountExpression();

    // The raw result for lot size n (may be NaN, negative or fractional: callers judge).
    double evaluate(double n) const;
    const QString& text() const { return text_; }

private:
    struct Impl;
    CountExpression(QString text, std::unique_ptr<Impl> impl);

    QString text_;
    std::unique_ptr<Impl> impl_;
};

}  // namespace batch::sampling
