// libFuzzer target for the offline verifier of JSON batch exports
// (core/export/JsonExportVerify.cpp, `batchctl export verify`). The verifier reads files
// from anywhere: it must never crash, hang or throw, and it may only call a file good
// when every check passed (a report that says ok must list no problem).
#include "export/JsonExport.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const batch::exports::ExportVerifyReport report = batch::exports::verifyBatchJson(input);
    if (report.ok != report.problems.isEmpty()) {
        std::fprintf(stderr, "fuzz_export_verify: ok=%d with %lld problem(s)\n", report.ok,
                     static_cast<long long>(report.problems.size()));
        std::abort();
    }
    (void)report.toJson();
    return 0;
}
