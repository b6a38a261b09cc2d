#include "exec/ValueCheck.h"

#include "exec/ExecTypes.h"
#include "model/Scaling.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace batch::exec {
namespace {

using model::StepKind;
using K = ExecError::Kind;

// The weigh-path messages below go through this wrapper: lupdate files a tr() in this
// namespace under the context "batch::exec", so that is where they are looked up (with
// "BatchEngine" they were never found and reached the operator in English). Everything
// else uses ExecText::tr (context "BatchEngine").
QString tr(const char* text) {
    return QCoreApplication::translate("batch::exec", text);
}

[[noreturn]] void invalid(const model::Step& step, const QString& why) {
    throw ExecError(K::InvalidValue, ExecText::tr("Step %1: %2").arg(step.id, why));
}

QString numberText(double v) {
    return QString::number(v, 'g', 12);
}

void requireInstrumentFields(const model::Step& step, const StepInput& in) {
    if (in.instrumentId.trimmed().isEmpty() || in.rawFrame.isEmpty() || !in.stable.has_value())
        invalid(step, tr("an instrument value needs the instrument id, the raw frame and the "
                         "stability flag."));
    if (!*in.stable)
        throw ExecError(
            K::Unstable,
            tr("Step %1: the reading is not stable; wait for a stable reading.").arg(step.id));
}

QString requireNonEmpty(const model::Step& step, const QString& value, const QString& what) {
    const QString v = value.trimmed();
    if (v.isEmpty())
        invalid(step, ExecText::tr("%1 is required.").arg(what));
    if (v.size() > 200)
        invalid(step, ExecText::tr("%1 is longer than 200 characters.").arg(what));
    return v;
}

}  // namespace

QString limitLevelName(LimitLevel level) {
    switch (level) {
        case LimitLevel::None:
            return {};
        case LimitLevel::Ok:
            return QStringLiteral("ok");
        case LimitLevel::Alert:
            return QStringLiteral("alert");
        case LimitLevel::Action:
            return QStringLiteral("action");
    }
    return {};
}

QString normaliseDecimal(const model::Step& step, const QString& text, int decimals) {
    static const QRegularExpression kDecimal(QStringLiteral("^-?[0-9]{1,12}(\\.([0-9]{1,6}))?$"));
    const QRegularExpressionMatch m = kDecimal.match(text.trimmed());
    if (!m.hasMatch())
        invalid(step, ExecText::tr("\"%1\" is not a decimal number.").arg(text));
    if (m.captured(2).size() > decimals)
        invalid(step,
                ExecText::tr("\"%1\" has more than %2 decimal places.").arg(text).arg(decimals));
    return model::roundDecimal(text.trimmed().toDouble(), decimals);
}

LimitLevel classify(const model::Step& step, const BatchProjection& batch, double value,
                    QString* limitText) {
    if (step.kind == StepKind::Weigh) {
        const QStringList t = batch.weighTargets.value(step.id).split(QLatin1Char('|'));
        if (t.size() != 3)
            return LimitLevel::None;
        if (limitText)
            *limitText = tr("target %1, low %2, high %3").arg(t[0], t[1], t[2]);
        return value < t[1].toDouble() || value > t[2].toDouble() ? LimitLevel::Action
                                                                  : LimitLevel::Ok;
    }
    const model::Limits& l = step.limits;
    if (!l.any())
        return LimitLevel::None;
    if (limitText) {
        QStringList parts;
        if (l.low)
            parts << ExecText::tr("low %1").arg(numberText(*l.low));
        if (l.high)
            parts << ExecText::tr("high %1").arg(numberText(*l.high));
        if (l.alertLow)
            parts << ExecText::tr("alert low %1").arg(numberText(*l.alertLow));
        if (l.alertHigh)
            parts << ExecText::tr("alert high %1").arg(numberText(*l.alertHigh));
        *limitText = parts.join(QStringLiteral(", "));
    }
    if ((l.low && value < *l.low) || (l.high && value > *l.high))
        return LimitLevel::Action;
    if ((l.alertLow && value < *l.alertLow) || (l.alertHigh && value > *l.alertHigh))
        return LimitLevel::Alert;
    return LimitLevel::Ok;
}

CheckedValue checkValue(const model::MasterBatchRecord& mbr, const model::Step& step,
                        const BatchProjection& batch, const StepInput& in) {
    CheckedValue out;
    out.source = in.fromInstrument() ? QStringLiteral("instrument") : QStringLiteral("manual");
    switch (step.kind) {
        case StepKind::Instruction:
        case StepKind::Timer:
            if (!in.value.isEmpty() && in.value != QLatin1String("ack"))
                invalid(step, ExecText::tr("this step takes no value (acknowledge only)."));
            out.value = QStringLiteral("acknowledged");
            return out;
        case StepKind::Checklist:
            // Every item must be ticked: the operator confirms them all at once.
            if (in.value != QLatin1String("all"))
                invalid(step, ExecText::tr(
                                  "every item of the checklist must be ticked (value \"all\")."));
            out.value = QStringLiteral("all %1 items checked").arg(step.items.size());
            return out;
        case StepKind::Choice:
            if (!step.options.contains(in.value))
                invalid(step, ExecText::tr("\"%1\" is not one of the options: %2.")
                                  .arg(in.value, step.options.join(QStringLiteral(", "))));
            out.value = in.value;
            return out;
        case StepKind::Text:
            if (in.value.trimmed().isEmpty())
                invalid(step, ExecText::tr("a text is required."));
            if (in.value.size() > step.maxLength)
                invalid(step, ExecText::tr("the text has %1 characters; at most %2 are allowed.")
                                  .arg(in.value.size())
                                  .arg(step.maxLength));
            out.value = in.value;
            return out;
        case StepKind::MaterialScan:
            out.value = requireNonEmpty(step, in.value, ExecText::tr("the scanned lot id"));
            return out;
        case StepKind::EquipmentCheck:
            out.value = requireNonEmpty(step, in.value, ExecText::tr("the scanned equipment id"));
            return out;
        case StepKind::Sample:
            out.value = requireNonEmpty(step, in.value, ExecText::tr("the sample label id"));
            if (!out.value.startsWith(step.labelPrefix))
                invalid(step,
                        ExecText::tr("the sample label must start with %1.").arg(step.labelPrefix));
            return out;
        case StepKind::Signature:
        case StepKind::Calculation:
            invalid(step, ExecText::tr("this step is not completed with an entered value."));
        case StepKind::Numeric:
        case StepKind::Weigh:
            break;
    }

    QString unit = step.unit;
    if (step.kind == StepKind::Weigh) {
        const model::Material* material = mbr.material(step.material);
        unit = material ? material->unit : QString();
        requireInstrumentFields(step, in);
    } else if (in.fromInstrument()) {
        requireInstrumentFields(step, in);
    } else if (step.source == model::ValueSource::Instrument) {
        out.manualWhereInstrumentExpected = true;
    }
    if (!in.unit.isEmpty() && in.unit != unit)
        invalid(step, tr("the unit is %1, not %2.").arg(unit, in.unit));
    out.unit = unit;
    out.value = normaliseDecimal(step, in.value, step.decimals);
    const double v = out.value.toDouble();
    if (step.kind == StepKind::Weigh && v < step.minimumWeight)
        invalid(step, tr("%1 %2 is below the minimum weight of %3 %2 for this balance step.")
                          .arg(out.value, unit, numberText(step.minimumWeight)));
    out.limit = classify(step, batch, v, &out.limitText);
    return out;
}

}  // namespace batch::exec
