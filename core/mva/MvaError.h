#pragma once

#include <stdexcept>
#include <string>

namespace batch::mva {

// Every input or model problem in core/mva is reported with this type; the message names
// the row, column or component concerned so that the CLI can print it unchanged.
class MvaError : public std::runtime_error {
public:
    explicit MvaError(const std::string& what) : std::runtime_error(what) {}
};

}  // namespace batch::mva
