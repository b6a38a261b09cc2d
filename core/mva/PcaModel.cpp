#include "mva/PcaModel.h"

namespace batch::mva {

void PcaModel::computeLimits() {
    const Eigen::Index n = observations;
    const Eigen::Index k = variables();
    const Eigen::Index a = components();
    lim.t2_95 = limits::t2PhaseII(n, a, 0.95);
    lim.t2_99 = limits::t2PhaseII(n, a, 0.99);
    lim.t2_phase1_95 = limits::t2PhaseI(n, a, 0.95);
    lim.t2_phase1_99 = limits::t2PhaseI(n, a, 0.99);
    lim.spe_box_95 = limits::speBox(speMean, speVariance, 0.95);
    lim.spe_box_99 = limits::speBox(speMean, speVariance, 0.99);
    bool jm = true;
    lim.spe_95 = limits::speJacksonMudholkar(theta, speMean, speVariance, 0.95, &jm);
    lim.spe_99 = limits::speJacksonMudholkar(theta, speMean, speVariance, 0.99);
    lim.speJacksonMudholkar = jm;
    if (k > a) {
        lim.dmodx_95 = limits::dmodx(n, k, a, 0.95);
        lim.dmodx_99 = limits::dmodx(n, k, a, 0.99);
    } else {
        lim.dmodx_95 = lim.dmodx_99 = 0.0;  // A = K: no residual space, DModX is 0
    }
}

}  // namespace batch::mva
