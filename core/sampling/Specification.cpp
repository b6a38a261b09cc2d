#include "sampling/Specification.h"

#include "model/Scaling.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace batch::sampling {
namespace {

const QString kConforms = QStringLiteral("conforms");
const QString kDoesNotConform = QStringLiteral("does_not_conform");

QString withUnit(const QString& text, const QString& unit) {
    return unit.isEmpty() ? text : text + QLatin1Char(' ') + unit;
}

}  // namespace

QString formatLimit(double value, int decimals) {
    try {
        return model::roundDecimal(value, decimals);
    } catch (const model::ScalingError&) {
        return QString::number(value, 'g', 12);
    }
}

QString TestSpec::describe() const {
    if (type == Type::Conforms)
        return requirement.isEmpty() ? SamplingText::tr("Conforms")
                                     : SamplingText::tr("Conforms (%1)").arg(requirement);
    if (min && max)
        return withUnit(
            QStringLiteral("%1 - %2").arg(formatLimit(*min, decimals), formatLimit(*max, decimals)),
            unit);
    if (max)
        return withUnit(SamplingText::tr("NMT %1").arg(formatLimit(*max, decimals)), unit);
    if (min)
        return withUnit(SamplingText::tr("NLT %1").arg(formatLimit(*min, decimals)), unit);
    return {};
}

QJsonObject TestSpec::toJson() const {
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("type"),
                   type == Type::Numeric ? QStringLiteral("numeric") : QStringLiteral("conforms")}};
    if (!method.isEmpty())
        o.insert(QStringLiteral("method"), method);
    if (type == Type::Numeric) {
        if (!unit.isEmpty())
            o.insert(QStringLiteral("unit"), unit);
        o.insert(QStringLiteral("decimals"), decimals);
        // Decimal strings: the canonical form of the record carries no fractions.
        if (min)
            o.insert(QStringLiteral("min"), formatLimit(*min, decimals));
        if (max)
            o.insert(QStringLiteral("max"), formatLimit(*max, decimals));
    } else if (!requirement.isEmpty()) {
        o.insert(QStringLiteral("requirement"), requirement);
    }
    return o;
}

TestSpec TestSpec::fromJson(const QJsonObject& o) {
    TestSpec t;
    t.code = o.value(QLatin1String("code")).toString();
    t.name = o.value(QLatin1String("name")).toString();
    t.method = o.value(QLatin1String("method")).toString();
    t.type = o.value(QLatin1String("type")).toString() == QLatin1String("conforms") ? Type::Conforms
                                                                                    : Type::Numeric;
    t.unit = o.value(QLatin1String("unit")).toString();
    t.decimals = std::clamp(o.value(QLatin1String("decimals")).toInt(), 0, 6);
    for (auto [k, limit] : {std::pair{"min", &t.min}, std::pair{"max", &t.max}}) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isString())
            *limit = v.toString().toDouble();
    }
    t.requirement = o.value(QLatin1String("requirement")).toString();
    return t;
}

const TestSpec* Product::test(const QString& testCode) const {
    for (const TestSpec& t : tests)
        if (t.code == testCode)
            return &t;
    return nullptr;
}

QJsonObject Product::toJson() const {
    QJsonArray specs;
    for (const TestSpec& t : tests) specs.append(t.toJson());
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), productKindName(kind)},
            {QStringLiteral("size_unit"), sizeUnit},
            {QStringLiteral("tests"), specs}};
}

CheckedResult checkResult(const TestSpec& test, const QString& value) {
    const QString v = value.trimmed();
    CheckedResult out;
    if (test.type == TestSpec::Type::Conforms) {
        if (v != kConforms && v != kDoesNotConform)
            throw SamplingError(SamplingError::Kind::Invalid,
                                SamplingText::tr("Test %1 takes \"conforms\" or "
                                                 "\"does_not_conform\", not \"%2\".")
                                    .arg(test.code, v.left(40)));
        out.reported = v;
        out.outOfSpecification = v == kDoesNotConform;
        if (out.outOfSpecification)
            out.message = SamplingText::tr("%1 (%2) does not conform to \"%3\".")
                              .arg(test.name, test.code, test.describe());
        return out;
    }
    static const QRegularExpression decimal(QStringLiteral("^[-+]?\\d{1,12}(\\.\\d{1,9})?$"));
    if (!decimal.match(v).hasMatch())
        throw SamplingError(SamplingError::Kind::Invalid,
                            SamplingText::tr("Test %1 takes a decimal number in %2 (e.g. 99.5), "
                                             "not \"%3\".")
                                .arg(test.code, test.unit, v.left(40)));
    try {
        out.reported = model::roundDecimal(v.toDouble(), test.decimals);
    } catch (const model::ScalingError& e) {
        throw SamplingError(SamplingError::Kind::Invalid,
                            SamplingText::tr("Test %1: %2").arg(test.code, e.message()));
    }
    const double reported = out.reported.toDouble();
    const bool low = test.min && reported < *test.min;
    const bool high = test.max && reported > *test.max;
    out.outOfSpecification = low || high;
    if (out.outOfSpecification)
        out.message =
            SamplingText::tr("%1 (%2): %3 %4 is %5 the specification %6.")
                .arg(test.name, test.code, out.reported, test.unit,
                     low ? SamplingText::tr("below") : SamplingText::tr("above"), test.describe());
    return out;
}

}  // namespace batch::sampling
