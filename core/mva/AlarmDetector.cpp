#include "mva/AlarmDetector.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace batch::mva {
namespace {

constexpr std::array<std::pair<AlarmStatistic, const char*>, 4> kNames{{
    {AlarmStatistic::T2, "t2"},
    {AlarmStatistic::Spe, "spe"},
    {AlarmStatistic::DModX, "dmodx"},
    {AlarmStatistic::Score, "score"},
}};

QString tr(const char* text) {
    return QCoreApplication::translate("batch::mva::AlarmDetector", text);
}

QString number(double d) {
    return QString::number(d, 'g', 4);
}

}  // namespace

QString alarmStatisticName(AlarmStatistic s) {
    for (const auto& [k, n] : kNames)
        if (k == s)
            return QString::fromLatin1(n);
    return {};
}

std::optional<AlarmStatistic> alarmStatisticFromName(const QString& name) {
    for (const auto& [k, n] : kNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

QString AlarmCondition::key() const {
    const QString n = alarmStatisticName(statistic);
    return statistic == AlarmStatistic::Score ? n + QLatin1Char(':') + QString::number(component)
                                              : n;
}

QString contributorWords(const std::vector<Contributor>& cs) {
    QStringList parts;
    for (const Contributor& c : cs) {
        QString words = QString::fromStdString(c.variable);
        words.replace(QLatin1Char('_'), QLatin1Char(' '));
        parts << words + QLatin1Char(' ') + (c.high ? tr("high") : tr("low"));
    }
    return parts.join(QStringLiteral(", "));
}

AlarmDetector::AlarmDetector(const BatchEvolutionModel& model, AlarmConfig config)
    : model_(model), config_(config), maturityName_(model.maturityName) {
    config_.consecutive = std::max(1, config_.consecutive);
    config_.clearConsecutive = std::max(1, config_.clearConsecutive);
    if (config_.t2)
        tracks_.push_back({{AlarmStatistic::T2, 0}});
    if (config_.spe)
        tracks_.push_back({{AlarmStatistic::Spe, 0}});
    if (config_.dmodx)
        tracks_.push_back({{AlarmStatistic::DModX, 0}});
    if (config_.scores)
        for (Eigen::Index a = 0; a < model.components(); ++a)
            tracks_.push_back({{AlarmStatistic::Score, static_cast<int>(a + 1)}});
}

bool AlarmDetector::active(const AlarmCondition& c) const {
    for (const Track& t : tracks_)
        if (t.condition == c)
            return t.active;
    return false;
}

std::vector<Contributor> AlarmDetector::contributors(const BemPoint& p,
                                                     const AlarmCondition& c) const {
    const Eigen::Index k = p.deviation.size();
    Eigen::VectorXd weight(k);
    switch (c.statistic) {
        case AlarmStatistic::Spe:
        case AlarmStatistic::DModX:
            weight = p.speContrib;  // e_k^2: the variables the model cannot explain
            break;
        case AlarmStatistic::T2:
            weight = p.scoreContrib;  // the distance from the average batch, per variable
            break;
        case AlarmStatistic::Score: {
            // c_k = d_k r_ka sums to t_a - mean t_a; ranked in the direction of the excursion.
            const Eigen::Index a = c.component - 1;
            const Eigen::MatrixXd& pl = model_.pca.loadings;
            const Eigen::VectorXd r = (pl * (pl.transpose() * pl).inverse()).col(a);
            const double sign = p.scores(a) >= p.scoreMean(a) ? 1.0 : -1.0;
            weight = sign * p.deviation.cwiseProduct(r);
            break;
        }
    }
    std::vector<Eigen::Index> order(static_cast<size_t>(k));
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](Eigen::Index a, Eigen::Index b) { return weight(a) > weight(b); });
    std::vector<Contributor> out;
    for (Eigen::Index j : order) {
        if (static_cast<int>(out.size()) >= config_.topContributors || !(weight(j) > 0))
            break;
        out.push_back({model_.variables()[static_cast<size_t>(j)], weight(j), p.deviation(j) >= 0});
    }
    return out;
}

std::vector<AlarmChange> AlarmDetector::feed(const BemPoint& p) {
    std::vector<AlarmChange> changes;
    if (!p.scored)
        return changes;
    const QString at =
        tr("at %1 %2").arg(QString::fromStdString(maturityName_), number(p.maturity));
    for (Track& t : tracks_) {
        double value = 0, limit = 0;
        QString what;
        bool beyond = false;
        switch (t.condition.statistic) {
            case AlarmStatistic::T2:
                value = p.t2;
                limit = p.t2_99;
                beyond = value > limit;
                what = tr("Hotelling T2 above its 99 % limit");
                break;
            case AlarmStatistic::Spe:
                value = p.spe;
                limit = p.spe99;
                beyond = value > limit;
                what = tr("SPE above its 99 % limit");
                break;
            case AlarmStatistic::DModX:
                value = p.dmodx;
                limit = p.dmodx_99;
                beyond = value > limit;
                what = tr("DModX above its 99 % limit");
                break;
            case AlarmStatistic::Score: {
                const Eigen::Index a = t.condition.component - 1;
                value = p.scores(a);
                const bool low = value < p.scoreLow(a);
                beyond = low || value > p.scoreHigh(a);
                limit = low ? p.scoreLow(a) : p.scoreHigh(a);
                what = (low ? tr("score t%1 below its -3 SD band")
                            : tr("score t%1 above its +3 SD band"))
                           .arg(t.condition.component);
                break;
            }
        }
        if (beyond) {
            t.under = 0;
            ++t.over;
            if (!t.active && t.over >= config_.consecutive) {
                t.active = true;
                AlarmChange c{AlarmChange::Kind::Raised,    t.condition, p.maturity, value, limit,
                              contributors(p, t.condition), {}};
                c.message = what + QLatin1Char(' ') + at +
                            tr(" (%1 points in a row): %2")
                                .arg(t.over)
                                .arg(contributorWords(c.contributors));
                changes.push_back(std::move(c));
            }
        } else {
            t.over = 0;
            ++t.under;
            if (t.active && t.under >= config_.clearConsecutive) {
                t.active = false;
                AlarmChange c{
                    AlarmChange::Kind::Cleared, t.condition, p.maturity, value, limit, {}, {}};
                c.message = tr("%1 back within its limit %2")
                                .arg(alarmStatisticName(t.condition.statistic), at);
                changes.push_back(std::move(c));
            }
        }
    }
    return changes;
}

}  // namespace batch::mva
