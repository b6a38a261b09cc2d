// libFuzzer target for the MVA model files (core/mva: pca, pls, bem and blm JSON): any input
// either loads into a model whose arrays agree in shape or throws MvaError; never a crash,
// sanitizer report or other exception. Each input is tried as it is and once more with its
// content hash recomputed, so that mutations reach the shape and value checks behind the
// hash. A model that loads is also used once (a row scored) to prove its shapes hold.
#include "mva/BatchEvolution.h"
#include "mva/BatchLevel.h"
#include "mva/ModelJson.h"
#include "mva/MvaError.h"
#include "mva/PlsModelJson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>
#include <limits>
#include <vector>

namespace {

using namespace batch::mva;

void use(const QJsonObject& o) {
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format == QLatin1String("batchstation.mva.pca")) {
        const PcaModel m = pcaModelFromJson(o);
        if (m.loadings.rows() != static_cast<Eigen::Index>(m.names.size()))
            std::abort();
        Scorer s(m);
        std::vector<double> row(m.names.size(), 0.5);
        s.score(row.data());
        row[0] = std::numeric_limits<double>::quiet_NaN();
        s.score(row.data());
    } else if (format == QLatin1String("batchstation.mva.pls")) {
        SoftSensor s(plsModelFromJson(o));
        std::vector<double> row(s.model().xNames.size(), 1.0);
        s.predict(row.data());
    } else if (format == QLatin1String("batchstation.mva.bem")) {
        const BatchEvolutionModel m = bemFromJson(o);
        BemScorer s(m);
        std::vector<double> row(m.variables().size(), 0.25);
        s.score(m.grid(0) - 1.0, row.data());
        s.score(m.grid(m.grid.size() - 1) + 1.0, row.data());
    } else if (format == QLatin1String("batchstation.mva.blm")) {
        const BatchLevelModel m = blmFromJson(o);
        BatchTrajectory b;
        b.maturity = m.grid.head(std::min<Eigen::Index>(2, m.grid.size()));
        b.x = Eigen::MatrixXd::Constant(b.maturity.size(), static_cast<Eigen::Index>(m.variables.size()), 1.0);
        scoreBatchLevel(m, b);
    }
}

void attempt(const QJsonObject& o) {
    try {
        use(o);
    } catch (const MvaError&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > (size_t{1} << 20))
        return 0;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(data),
                                                        static_cast<qsizetype>(size)));
    if (!doc.isObject())
        return 0;
    QJsonObject o = doc.object();
    attempt(o);
    // Past the hash: the same object with a content hash that matches, also nested ones.
    for (const char* nested : {"observation_model", "batch_model"}) {
        QJsonObject inner = o.value(QLatin1String(nested)).toObject();
        if (!inner.isEmpty()) {
            inner[QStringLiteral("content_hash")] = contentHash(inner);
            o[QLatin1String(nested)] = inner;
        }
    }
    o[QStringLiteral("content_hash")] = contentHash(o);
    attempt(o);
    return 0;
}
