#pragma once

// Asserting that an action is refused with a given kind and a message that says why.

#include <QtTest>

#include <functional>
#include <optional>

// The exception of type Error that `f` throws, if any.
template <typename Error>
std::optional<Error> refusalOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    return std::nullopt;
}

// `expr` must throw ErrorType whose kind() is `expectedKind` and whose message() contains
// `fragment`.
#define QVERIFY_REFUSED_AS(ErrorType, expr, expectedKind, fragment)                            \
    do {                                                                                       \
        const std::optional<ErrorType> r_ = refusalOf<ErrorType>([&] { expr; });               \
        QVERIFY2(r_.has_value(), "expected a refusal: " #expr);                                \
        QVERIFY2(r_->kind() == (expectedKind), qPrintable(r_->message()));                     \
        QVERIFY2(r_->message().contains(QStringLiteral(fragment)), qPrintable(r_->message())); \
    } while (0)
