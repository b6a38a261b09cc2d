#pragma once

#include "sampling/SamplingTypes.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace batch::sampling {

// One test of a product specification (docs/sampling.md §Products).
//  numeric   a measured value in `unit`, rounded to `decimals` before it is compared
//            with the limits (the pharmacopoeial convention), at least one of min/max
//  conforms  a yes/no observation (identity, appearance): "conforms" or "does_not_conform"
struct TestSpec {
    enum class Type { Numeric, Conforms };
    QString code;
    QString name;
    QString method;  // optional reference, e.g. "Ph. Eur. 2.5.12"
    Type type = Type::Numeric;
    QString unit;
    int decimals = 0;
    std::optional<double> min;
    std::optional<double> max;
    QString requirement;  // conforms only: what is expected, e.g. "IR spectrum matches"

    // "98.0 - 102.0 %", "NMT 0.5 %", "NLT 99.0 %", "Conforms (IR spectrum matches)"
    QString describe() const;
    QJsonObject toJson() const;
    // Reads what toJson wrote (the snapshot stored with a lot's planned tests).
    static TestSpec fromJson(const QJsonObject& o);
    bool operator==(const TestSpec&) const = default;
};

struct Product {
    QString code;
    QString name;
    ProductKind kind = ProductKind::RawMaterial;
    QString sizeUnit;  // what a lot size counts: "containers", "drums", "pallets"
    std::vector<TestSpec> tests;

    const TestSpec* test(const QString& code) const;
    QJsonObject toJson() const;
    bool operator==(const Product&) const = default;
};

// A result checked against its specification.
struct CheckedResult {
    QString reported;  // what the record and the certificate show ("99.4", "conforms")
    bool outOfSpecification = false;
    QString message;  // why it is out of specification, empty otherwise
};

// Checks an entered value. Numeric: a decimal number (at most 12 digits before and 9
// after the point), rounded half away from zero to the test's decimals and compared with
// the limits. Conforms: "conforms" or "does_not_conform". Throws SamplingError(Invalid)
// for anything else, naming the test and the expected form.
CheckedResult checkResult(const TestSpec& test, const QString& value);

// The parsed value of a spec limit formatted with the test's decimals ("98.0").
QString formatLimit(double value, int decimals);

}  // namespace batch::sampling
