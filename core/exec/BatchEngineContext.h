#pragma once

// Private to the BatchEngine implementation files: the pieces every command works with.
#include "exec/BatchEngine.h"
#include "log/Logging.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace batch::exec {

struct BatchEngine::Bound {
    explicit Bound(model::LoadedMbr loaded)
        : mbr(std::move(loaded.mbr)), contentHash(loaded.contentHash), sequence(mbr) {}
    model::MasterBatchRecord mbr;
    QString contentHash;
    model::StepSequence sequence;  // refers into mbr, hence built after it, never moved
};

struct BatchEngine::Context {
    BatchProjection& batch;
    const model::MasterBatchRecord& mbr;
    const model::StepSequence& sequence;
};

namespace engine {

// A master data refusal (lot, equipment) as the engine's refusal kind.
ExecError refusalOf(const masterdata::MasterDataError& error);

inline QString key(const char* name) {
    return QString::fromLatin1(name);
}

inline auto log() {
    static auto l = logging::logger("batch.core.exec");
    return l;
}

}  // namespace engine
}  // namespace batch::exec
