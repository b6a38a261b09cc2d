#pragma once

#include "sampling/Lot.h"
#include "sampling/StateChart.h"
#include "sampling/VariantStates.h"

#include <QChartView>

#include <vector>

namespace batch::ui {

// A variant's qualification state over time: a step line through the chart's states (from
// least to most trusted, bottom to top) with each lot as a marker at its state. Rejected
// lots are red squares named in the legend; accepted ones grey circles (ISA-101: colour
// only for the abnormal, and never alone).
class VariantStateChart : public QChartView {
    Q_OBJECT
public:
    explicit VariantStateChart(QWidget* parent = nullptr);

    void setHistory(const sampling::StateChart& chart,
                    const std::vector<sampling::VariantHistoryEntry>& history,
                    const std::vector<sampling::Lot>& lots, qint64 nowMs);
    void clear();
    int stateChangeCount() const { return changes_; }

private:
    int changes_ = 0;
};

}  // namespace batch::ui
