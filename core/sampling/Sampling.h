#pragma once

#include "sampling/LotService.h"
#include "sampling/MasterDataStore.h"
#include "sampling/VariantStates.h"

namespace batch::sampling {

// The sampling services of one station store, built by Station and handed out by
// reference: master data, variant qualification and the lot life cycle.
class SamplingServices {
public:
    SamplingServices(record::Journal& journal, security::SignatureService& signatures)
        : journal_(journal),
          masterData_(journal),
          variants_(journal, signatures),
          lots_(journal, signatures, masterData_, variants_) {}

    MasterDataStore& masterData() { return masterData_; }
    VariantStates& variants() { return variants_; }
    LotService& lots() { return lots_; }
    // The station clock (tests and simulations control it): what "now" means in views.
    std::int64_t nowMs() const { return journal_.nowMs(); }

private:
    record::Journal& journal_;
    MasterDataStore masterData_;
    VariantStates variants_;
    LotService lots_;
};

}  // namespace batch::sampling
