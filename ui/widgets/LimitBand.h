#pragma once

#include <QWidget>

#include <optional>

namespace batch::ui {

// The normal range of a value, drawn the ISA-101 way: a calm bar with the normal zone
// in white, the alert zones in pale amber and everything beyond the action (or
// tolerance) limits in pale red, the target as a line, and the current value as a
// marker with its number. Limits that the step does not have are simply not drawn.
// The words for the state ("within limits", "above the alert limit") are the caller's:
// colour is never the only signal.
struct BandSpec {
    std::optional<double> low;  // action / specification / tolerance limits
    std::optional<double> high;
    std::optional<double> alertLow;
    std::optional<double> alertHigh;
    std::optional<double> target;
    int decimals = 2;
    QString unit;

    bool any() const { return low || high || alertLow || alertHigh || target; }
};

class LimitBand : public QWidget {
    Q_OBJECT
public:
    explicit LimitBand(QWidget* parent = nullptr);

    void setSpec(const BandSpec& spec);
    void setValue(std::optional<double> value);
    const BandSpec& spec() const { return spec_; }
    std::optional<double> value() const { return value_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int labelRows() const;
    struct Range {
        double from = 0;
        double to = 1;
    };
    Range range() const;

    BandSpec spec_;
    std::optional<double> value_;
};

}  // namespace batch::ui
