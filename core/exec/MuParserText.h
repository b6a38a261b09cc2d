#pragma once

// Internal to batch_core: muParser is built for either narrow or wide strings; these
// convert QString to and from whichever its build uses. Shared by the calculation steps
// (exec/Calculator.cpp) and the sample count expressions (sampling/CountExpression.cpp).

#include <QString>

#include <muParser.h>

#include <string>
#include <type_traits>

namespace batch::mu_text {

template <typename S = mu::string_type>
S toMu(const QString& s) {
    if constexpr (std::is_same_v<S, std::wstring>)
        return s.toStdWString();
    else
        return s.toStdString();
}

template <typename S = mu::string_type>
QString fromMu(const S& s) {
    if constexpr (std::is_same_v<S, std::wstring>)
        return QString::fromStdWString(s);
    else
        return QString::fromStdString(s);
}

}  // namespace batch::mu_text
