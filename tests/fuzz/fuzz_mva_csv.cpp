// libFuzzer target for the MVA CSV reader (core/mva/Csv.h): any input either parses into a
// consistent table or throws MvaError; never a crash, sanitizer report or other exception.
#include "mva/Csv.h"
#include "mva/MvaError.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    batch::mva::CsvLimits limits;
    limits.maxColumns = 64;  // small bounds so that the bound checks themselves are reached
    limits.maxCells = 4096;
    limits.maxFieldBytes = 64;
    try {
        const batch::mva::CsvTable t = batch::mva::parseCsv(
            std::string_view(reinterpret_cast<const char*>(data), size), limits);
        if (t.names.empty() || t.values.cols() != static_cast<Eigen::Index>(t.names.size()) ||
            t.values.rows() < 1 || t.values.size() > static_cast<Eigen::Index>(limits.maxCells))
            std::abort();
        for (Eigen::Index i = 0; i < t.values.size(); ++i) {
            if (std::isinf(t.values.data()[i]))
                std::abort();
        }
    } catch (const batch::mva::MvaError&) {
    }
    return 0;
}
