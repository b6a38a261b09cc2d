#include "sampling/CountRule.h"

#include "model/MbrReader.h"
#include "sampling/CountExpression.h"
#include "sampling/SamplingTypes.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <array>
#include <cmath>

namespace batch::sampling {
namespace {

using model::detail::Need;
using model::detail::Reader;
using Kind = CountRule::Kind;

constexpr int kMaxRanges = 100;
constexpr int kMaxReferenceDepth = 16;

// Every size 1..1000 plus larger ones up to the largest lot: where real rules bend.
constexpr std::array<std::int64_t, 7> kLargeProbes{2000,      5000,      10'000,     100'000,
                                                   1'000'000, 5'000'000, kMaxLotSize};

QString sizeRange(std::int64_t from, std::int64_t to) {
    return from == to ? QString::number(from) : QStringLiteral("%1-%2").arg(from).arg(to);
}

// What is wrong with a raw expression result for a sample count, empty when nothing.
QString judgeResult(double r, std::int64_t n, bool checkCap) {
    if (std::isnan(r))
        return SamplingText::tr("gives no number (NaN) for N = %1").arg(n);
    if (!std::isfinite(r))
        return SamplingText::tr("gives an infinite count for N = %1").arg(n);
    if (r < 0)
        return SamplingText::tr("gives %1 for N = %2: a sample count cannot be negative")
            .arg(r)
            .arg(n);
    if (std::fabs(r - std::round(r)) > 1e-9 * std::max(1.0, std::fabs(r)))
        return SamplingText::tr(
                   "gives %1 for N = %2: a sample count must be a whole number "
                   "(use ceil(), floor() or round())")
            .arg(r, 0, 'g', 10)
            .arg(n);
    if (checkCap && std::round(r) > static_cast<double>(kMaxSamplesPerSource))
        return SamplingText::tr("gives %1 samples for N = %2 (at most %3 per source)")
            .arg(std::round(r), 0, 'f', 0)
            .arg(n)
            .arg(kMaxSamplesPerSource);
    return {};
}

void readRanges(Reader& reader, const QJsonObject& o, const QString& path, CountRule& rule,
                bool& ok) {
    const auto rows = reader.array(o, path, "ranges", Need::Required, 1, kMaxRanges);
    if (!rows) {
        ok = false;
        return;
    }
    const QString at = Reader::field(path, "ranges");
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const QString rowPath = Reader::index(at, i);
        const auto row = reader.objectAt(*rows, at, i);
        if (!row) {
            ok = false;
            continue;
        }
        reader.onlyKeys(*row, rowPath, {"min", "max", "count"});
        const auto min = reader.integer(*row, rowPath, "min", Need::Required, 1, kMaxLotSize);
        const auto max = reader.integer(*row, rowPath, "max", Need::Optional, 1, kMaxLotSize);
        const QJsonValue countValue = row->value(QLatin1String("count"));
        std::optional<std::int64_t> count;
        if (countValue.isDouble() && countValue.toDouble() < 0) {
            reader.error(Reader::field(rowPath, "count"),
                         SamplingText::tr("a sample count cannot be negative (%1)")
                             .arg(countValue.toDouble()));
        } else {
            count = reader.integer(*row, rowPath, "count", Need::Required, 0, kMaxSamplesPerSource);
        }
        if (!min || !count || (row->contains(QLatin1String("max")) && !max)) {
            ok = false;
            continue;
        }
        if (max && *max < *min) {
            reader.error(rowPath,
                         SamplingText::tr("max (%1) is below min (%2)").arg(*max).arg(*min));
            ok = false;
            continue;
        }
        rule.ranges.push_back({*min, max, *count});
    }
    if (!ok)
        return;
    // The table must give exactly one count for every lot size: from 1, no gaps, no
    // overlaps, open-ended at the top.
    const auto& r = rule.ranges;
    if (r.front().min != 1) {
        reader.error(Reader::field(Reader::index(at, 0), "min"),
                     SamplingText::tr("the table must start at lot size 1 (it starts at %1)")
                         .arg(r.front().min));
        ok = false;
    }
    for (std::size_t i = 1; i < r.size(); ++i) {
        const QString rowPath = Reader::index(at, static_cast<qsizetype>(i));
        const CountRange& prev = r[i - 1];
        if (!prev.max) {
            reader.error(Reader::field(Reader::index(at, static_cast<qsizetype>(i - 1)), "max"),
                         SamplingText::tr("only the last row may be open-ended (no max)"));
            ok = false;
            break;
        }
        if (r[i].min <= *prev.max) {
            const std::int64_t overlapTo = r[i].max ? std::min(*r[i].max, *prev.max) : *prev.max;
            reader.error(rowPath, SamplingText::tr("overlaps %1: lot sizes %2 are in both rows")
                                      .arg(Reader::index(at, static_cast<qsizetype>(i - 1)),
                                           sizeRange(std::max(r[i].min, prev.min), overlapTo)));
            ok = false;
        } else if (r[i].min > *prev.max + 1) {
            reader.error(rowPath, SamplingText::tr("gap after %1: lot sizes %2 have no row")
                                      .arg(Reader::index(at, static_cast<qsizetype>(i - 1)),
                                           sizeRange(*prev.max + 1, r[i].min - 1)));
            ok = false;
        }
    }
    if (ok && r.back().max) {
        reader.error(Reader::field(Reader::index(at, static_cast<qsizetype>(r.size() - 1)), "max"),
                     SamplingText::tr("the last row must be open-ended (leave out max) so that "
                                      "every lot size above %1 has a count")
                         .arg(*r.back().max));
        ok = false;
    }
}

void readExpression(Reader& reader, const QJsonObject& o, const QString& path, CountRule& rule,
                    bool& ok) {
    const auto text = reader.string(o, path, "expression", Need::Required, kMaxExpressionLength);
    if (!text) {
        ok = false;
        return;
    }
    const QString at = Reader::field(path, "expression");
    QString error;
    const auto expr = CountExpression::compile(*text, &error);
    if (!expr) {
        reader.error(at,
                     SamplingText::tr("\"%1\" is not a valid expression: %2").arg(*text, error));
        ok = false;
        return;
    }
    // Refused when defined rather than when a lot arrives: a rule that fails for some
    // plausible size is a bad rule. The cap on the count is left to evaluation, where the
    // actual lot size is known.
    for (std::int64_t n = 1; n <= 1000; ++n) {
        if (const QString why = judgeResult(expr->evaluate(double(n)), n, false); !why.isEmpty()) {
            reader.error(at, SamplingText::tr("\"%1\" %2").arg(*text, why));
            ok = false;
            return;
        }
    }
    for (std::int64_t n : kLargeProbes) {
        if (const QString why = judgeResult(expr->evaluate(double(n)), n, false); !why.isEmpty()) {
            reader.error(at, SamplingText::tr("\"%1\" %2").arg(*text, why));
            ok = false;
            return;
        }
    }
    rule.expression = expr->text();
}

}  // namespace

std::optional<QJsonArray> rangesFromText(const QString& text, QString* error) {
    static const QRegularExpression row(
        QStringLiteral("^\\s*(\\d{1,8})\\s*(?:-\\s*(\\d{1,8})|(\\+))\\s*:\\s*(-?\\d{1,8})\\s*$"));
    QJsonArray rows;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > kMaxRanges) {
        *error = SamplingText::tr("a range table needs 1 to %1 rows such as \"1-10: 2; 11+: 3\"")
                     .arg(kMaxRanges);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QRegularExpressionMatch m = row.match(parts[i]);
        if (!m.hasMatch()) {
            *error = SamplingText::tr(
                         "row %1 \"%2\" is not MIN-MAX: COUNT or MIN+: COUNT "
                         "(e.g. 1-10: 2; 11+: 3)")
                         .arg(i + 1)
                         .arg(parts[i].trimmed().left(40));
            return std::nullopt;
        }
        QJsonObject o{{QStringLiteral("min"), m.captured(1).toLongLong()},
                      {QStringLiteral("count"), m.captured(4).toLongLong()}};
        if (!m.captured(2).isEmpty())
            o.insert(QStringLiteral("max"), m.captured(2).toLongLong());
        rows.append(o);
    }
    return rows;
}

QJsonObject CountRule::toJson() const {
    switch (kind) {
        case Kind::Literal:
            return {{QStringLiteral("literal"), static_cast<qint64>(literal)}};
        case Kind::Ranges: {
            QJsonArray rows;
            for (const CountRange& r : ranges) {
                QJsonObject row{{QStringLiteral("min"), static_cast<qint64>(r.min)},
                                {QStringLiteral("count"), static_cast<qint64>(r.count)}};
                if (r.max)
                    row.insert(QStringLiteral("max"), static_cast<qint64>(*r.max));
                rows.append(row);
            }
            return {{QStringLiteral("ranges"), rows}};
        }
        case Kind::Expression:
            return {{QStringLiteral("expression"), expression}};
        case Kind::Reference:
            return {{QStringLiteral("rule"), reference}};
    }
    return {};
}

QString CountRule::describe() const {
    switch (kind) {
        case Kind::Literal:
            return QString::number(literal);
        case Kind::Ranges: {
            QStringList rows;
            for (const CountRange& r : ranges)
                rows << (r.max ? QStringLiteral("%1-%2: %3").arg(r.min).arg(*r.max).arg(r.count)
                               : QStringLiteral("%1+: %2").arg(r.min).arg(r.count));
            return rows.join(QStringLiteral("; "));
        }
        case Kind::Expression:
            return expression;
        case Kind::Reference:
            return SamplingText::tr("rule %1").arg(reference);
    }
    return {};
}

std::optional<CountRule> readCountRule(Reader& reader, const QJsonValue& value,
                                       const QString& path) {
    if (!value.isObject()) {
        reader.error(path, SamplingText::tr("a count rule must be an object with one of "
                                            "\"literal\", \"ranges\", \"expression\" or \"rule\""));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    reader.onlyKeys(o, path, {"literal", "ranges", "expression", "rule"});
    QStringList forms;
    for (const char* k : {"literal", "ranges", "expression", "rule"})
        if (o.contains(QLatin1String(k)))
            forms << QString::fromLatin1(k);
    if (forms.size() != 1) {
        reader.error(path, forms.isEmpty()
                               ? SamplingText::tr("needs one of \"literal\", \"ranges\", "
                                                  "\"expression\" or \"rule\"")
                               : SamplingText::tr("has %1: a count rule has exactly one form")
                                     .arg(forms.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    CountRule rule;
    bool ok = true;
    const QString& form = forms.first();
    if (form == QLatin1String("literal")) {
        rule.kind = Kind::Literal;
        const QJsonValue v = o.value(QLatin1String("literal"));
        if (v.isDouble() && v.toDouble() < 0) {
            reader.error(
                Reader::field(path, "literal"),
                SamplingText::tr("a sample count cannot be negative (%1)").arg(v.toDouble()));
            return std::nullopt;
        }
        const auto n = reader.integer(o, path, "literal", Need::Required, 0, kMaxSamplesPerSource);
        if (!n)
            return std::nullopt;
        rule.literal = *n;
    } else if (form == QLatin1String("ranges")) {
        rule.kind = Kind::Ranges;
        readRanges(reader, o, path, rule, ok);
    } else if (form == QLatin1String("expression")) {
        rule.kind = Kind::Expression;
        readExpression(reader, o, path, rule, ok);
    } else {
        rule.kind = Kind::Reference;
        const auto name = reader.string(o, path, "rule", Need::Required, kMaxIdLength);
        if (!name)
            return std::nullopt;
        if (!isValidId(*name)) {
            reader.error(Reader::field(path, "rule"),
                         SamplingText::tr("\"%1\" is not a valid count rule name").arg(*name));
            return std::nullopt;
        }
        rule.reference = *name;
    }
    if (!ok)
        return std::nullopt;
    return rule;
}

std::optional<CountRule> parseCountRule(const QJsonValue& value, std::vector<Issue>* issues,
                                        const QString& path) {
    Reader reader(50);
    auto rule = readCountRule(reader, value, path);
    *issues = reader.issues();
    if (!issues->empty())
        return std::nullopt;
    return rule;
}

QString checkReferences(const QString& name, const CountRule& rule, const CountRuleLookup& lookup) {
    QStringList chain;
    if (!name.isEmpty())
        chain << name;
    const CountRule* current = &rule;
    while (current->kind == Kind::Reference) {
        const QString next = current->reference;
        if (chain.contains(next))
            return SamplingText::tr("the count rules refer to each other in a cycle: %1")
                .arg((chain << next).join(QStringLiteral(" -> ")));
        chain << next;
        current = lookup ? lookup(next) : nullptr;
        if (!current)
            return SamplingText::tr("there is no count rule named \"%1\"").arg(next);
        if (chain.size() > kMaxReferenceDepth)
            return SamplingText::tr(
                       "the count rules refer to each other more than %1 levels "
                       "deep: %2")
                .arg(kMaxReferenceDepth)
                .arg(chain.join(QStringLiteral(" -> ")));
    }
    return {};
}

CountResult evaluateCount(const CountRule& rule, std::int64_t n, const CountRuleLookup& lookup) {
    if (n < 1 || n > kMaxLotSize)
        throw SamplingError(SamplingError::Kind::Invalid,
                            SamplingText::tr("the lot size must be between 1 and %1 (got %2)")
                                .arg(kMaxLotSize)
                                .arg(n));
    if (const QString why = checkReferences({}, rule, lookup); !why.isEmpty())
        throw SamplingError(SamplingError::Kind::Invalid, why);
    QStringList via;
    const CountRule* r = &rule;
    while (r->kind == Kind::Reference) {
        via << r->reference;
        r = lookup(r->reference);
    }
    const QString prefix =
        via.isEmpty() ? QString()
                      : SamplingText::tr("rule %1: ").arg(via.join(QStringLiteral(" -> ")));
    CountResult out;
    switch (r->kind) {
        case Kind::Literal:
            out.count = r->literal;
            out.explanation = prefix + SamplingText::tr("fixed count %1").arg(r->literal);
            break;
        case Kind::Ranges:
            for (const CountRange& row : r->ranges) {
                if (n >= row.min && (!row.max || n <= *row.max)) {
                    out.count = row.count;
                    out.explanation =
                        prefix + SamplingText::tr("N = %1 is in the row %2: %3")
                                     .arg(n)
                                     .arg(row.max
                                              ? QStringLiteral("%1-%2").arg(row.min).arg(*row.max)
                                              : QStringLiteral("%1+").arg(row.min))
                                     .arg(row.count);
                    break;
                }
            }
            if (out.explanation.isEmpty())
                throw SamplingError(SamplingError::Kind::Invalid,
                                    prefix + SamplingText::tr("the range table has no row for "
                                                              "lot size %1")
                                                 .arg(n));
            break;
        case Kind::Expression: {
            QString error;
            const auto expr = CountExpression::compile(r->expression, &error);
            if (!expr)
                throw SamplingError(
                    SamplingError::Kind::Invalid,
                    prefix + SamplingText::tr("\"%1\" is not a valid expression: %2")
                                 .arg(r->expression, error));
            const double value = expr->evaluate(double(n));
            if (const QString why = judgeResult(value, n, true); !why.isEmpty())
                throw SamplingError(
                    SamplingError::Kind::Invalid,
                    prefix +
                        SamplingText::tr("the count expression \"%1\" %2").arg(r->expression, why));
            out.count = static_cast<std::int64_t>(std::llround(value));
            out.explanation =
                prefix +
                SamplingText::tr("%1 at N = %2 gives %3").arg(r->expression).arg(n).arg(out.count);
            break;
        }
        case Kind::Reference:
            break;  // resolved above
    }
    if (out.count > kMaxSamplesPerSource)
        throw SamplingError(SamplingError::Kind::Invalid,
                            SamplingText::tr("%1 samples from one source are more than %2")
                                .arg(out.count)
                                .arg(kMaxSamplesPerSource));
    return out;
}

}  // namespace batch::sampling
