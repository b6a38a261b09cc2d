#include "model/MbrSteps.h"

#include "security/Roles.h"

#include <QRegularExpression>

namespace batch::model::detail {
namespace {

using N = Need;
using R = Reader;

constexpr int kMaxUnitLength = 16;
constexpr int kMaxTextLength = 4000;
constexpr int kMaxFormulaLength = 1000;
constexpr int kMaxDecimals = 6;
constexpr double kMaxTolerancePercent = 50;
constexpr std::int64_t kMaxTimerSeconds = 30LL * 24 * 3600;
constexpr std::int64_t kMaxEntryWindowSeconds = 30LL * 24 * 3600;

bool isMassUnit(const QString& unit) {
    return unit == QLatin1String("kg") || unit == QLatin1String("g") || unit == QLatin1String("mg");
}

QString num(double v) {
    return QString::number(v, 'g', 12);
}

// Action limits, alert limits inside them, and the target inside both.
void readLimits(Reader& r, const QJsonObject& o, const QString& path, Step& s) {
    s.target = r.number(o, path, "target", N::Optional);
    const auto lo = r.object(o, path, "limits", N::Optional);
    if (lo) {
        const QString lp = R::field(path, "limits");
        r.onlyKeys(*lo, lp, {"low", "high", "alertLow", "alertHigh"});
        Limits& l = s.limits;
        l.low = r.number(*lo, lp, "low", N::Optional);
        l.high = r.number(*lo, lp, "high", N::Optional);
        l.alertLow = r.number(*lo, lp, "alertLow", N::Optional);
        l.alertHigh = r.number(*lo, lp, "alertHigh", N::Optional);
        if (lo->isEmpty())
            r.error(lp, MbrText::tr("needs at least one of low, high, alertLow, alertHigh"));
        // With an inverted pair every further comparison would only repeat the problem.
        if (l.low && l.high && !(*l.high > *l.low)) {
            r.error(lp, MbrText::tr("high must be greater than low"));
            return;
        }
        if (l.alertLow && l.alertHigh && !(*l.alertHigh > *l.alertLow)) {
            r.error(lp, MbrText::tr("alertHigh must be greater than alertLow"));
            return;
        }
        if (l.alertLow && l.low && *l.alertLow < *l.low)
            r.error(lp, MbrText::tr("alertLow must not be below low: alert limits lie within "
                                    "the action limits"));
        if (l.alertLow && l.high && !(*l.alertLow < *l.high))
            r.error(lp, MbrText::tr("alertLow must be below high"));
        if (l.alertHigh && l.high && *l.alertHigh > *l.high)
            r.error(lp, MbrText::tr("alertHigh must not be above high: alert limits lie within "
                                    "the action limits"));
        if (l.alertHigh && l.low && !(*l.alertHigh > *l.low))
            r.error(lp, MbrText::tr("alertHigh must be above low"));
    }
    if (!s.target)
        return;
    const Limits& l = s.limits;
    const QString tp = R::field(path, "target");
    if ((l.low && *s.target < *l.low) || (l.high && *s.target > *l.high))
        r.error(tp, MbrText::tr("must lie within the limits low..high"));
    else if ((l.alertLow && *s.target < *l.alertLow) || (l.alertHigh && *s.target > *l.alertHigh))
        r.error(tp, MbrText::tr("must lie within the alert limits alertLow..alertHigh"));
}

// How long after the step became current its entry counts as contemporaneous (0: always).
void readEntryWindow(Reader& r, const QJsonObject& o, const QString& path, Step& s) {
    if (const auto w =
            r.integer(o, path, "entryWindowSeconds", N::Optional, 0, kMaxEntryWindowSeconds))
        s.entryWindowSeconds = *w;
}

// Whether the continuation after an action-limit deviation needs a supervisor's signature.
// Only a step with an action limit (low or high; a weigh step's tolerance) can need one.
void readContinuation(Reader& r, const QJsonObject& o, const QString& path, Step& s) {
    s.supervisorContinuation =
        r.boolean(o, path, "supervisorContinuation", N::Optional).value_or(false);
    if (s.supervisorContinuation && s.kind != StepKind::Weigh && !s.limits.low && !s.limits.high)
        r.error(R::field(path, "supervisorContinuation"),
                MbrText::tr("needs an action limit (low or high) to continue after"));
}

int readDecimals(Reader& r, const QJsonObject& o, const QString& path) {
    return static_cast<int>(
        r.integer(o, path, "decimals", N::Required, 0, kMaxDecimals).value_or(0));
}

void needEquipmentClass(Reader& r, const QString& path, const std::optional<QString>& code,
                        const MasterBatchRecord& header) {
    if (code && !header.equipmentClass(*code))
        r.error(path, MbrText::tr("\"%1\" is not one of the equipmentClasses").arg(*code));
}

const Material* needMaterial(Reader& r, const QString& path, const std::optional<QString>& code,
                             const MasterBatchRecord& header) {
    if (!code)
        return nullptr;
    const Material* m = header.material(*code);
    if (!m)
        r.error(path, MbrText::tr("\"%1\" is not in the bill of materials").arg(*code));
    return m;
}

void instruction(Reader& r, const QJsonObject& o, const QString& path, Step& s) {
    r.onlyKeys(o, path,
               {"id", "kind", "title", "description", "text", "image", "entryWindowSeconds"});
    readEntryWindow(r, o, path, s);
    s.text = r.string(o, path, "text", N::Required, kMaxTextLength).value_or(QString());
    const auto image = r.string(o, path, "image", N::Optional);
    if (!image)
        return;
    // A relative path inside the MBR package: never absolute, never climbing out of it.
    static const QRegularExpression re(
        QStringLiteral("^(?!/)(?!.*\\.\\.)[A-Za-z0-9_./-]{1,200}\\.(png|jpg|jpeg|svg)$"));
    if (!re.match(*image).hasMatch())
        r.error(R::field(path, "image"),
                MbrText::tr("must be a relative path to a .png, .jpg or .svg file inside the "
                            "MBR package"));
    else
        s.image = *image;
}

void numeric(Reader& r, const QJsonObject& o, const QString& path, Step& s,
             const MasterBatchRecord& header) {
    r.onlyKeys(
        o, path,
        {"id", "kind", "title", "description", "unit", "decimals", "target", "limits", "source",
         "instrumentClass", "manualEntry", "supervisorContinuation", "entryWindowSeconds"});
    readEntryWindow(r, o, path, s);
    s.unit = r.string(o, path, "unit", N::Required, kMaxUnitLength).value_or(QString());
    s.decimals = readDecimals(r, o, path);
    readLimits(r, o, path, s);
    const auto source = r.string(o, path, "source", N::Optional);
    if (source && *source == QLatin1String("instrument"))
        s.source = ValueSource::Instrument;
    else if (source && *source != QLatin1String("manual"))
        r.error(R::field(path, "source"), MbrText::tr("must be \"manual\" or \"instrument\""));
    const QString ip = R::field(path, "instrumentClass");
    const auto instrument =
        r.string(o, path, "instrumentClass",
                 s.source == ValueSource::Instrument ? N::Required : N::Optional);
    if (instrument && s.source != ValueSource::Instrument)
        r.error(ip, MbrText::tr("only allowed with source \"instrument\""));
    needEquipmentClass(r, ip, instrument, header);
    s.instrumentClass = instrument.value_or(QString());
    readContinuation(r, o, path, s);
    const QString mp = R::field(path, "manualEntry");
    if (const auto manual = r.string(o, path, "manualEntry", N::Optional, 16)) {
        const auto mode = manualEntryFromName(*manual);
        if (!mode)
            r.error(mp, MbrText::tr("must be \"allowed\", \"override\" or \"forbidden\""));
        else if (s.source != ValueSource::Instrument)
            r.error(mp, MbrText::tr("only allowed with source \"instrument\""));
        else
            s.manualEntry = *mode;
    }
}

void tolerance(Reader& r, const QJsonObject& o, const QString& path, Step& s,
               const Material* material) {
    const auto to = r.object(o, path, "tolerance", N::Required);
    if (!to)
        return;
    const QString tp = R::field(path, "tolerance");
    r.onlyKeys(*to, tp, {"percent", "absolute"});
    const auto percent = r.number(*to, tp, "percent", N::Optional);
    const auto absolute = r.number(*to, tp, "absolute", N::Optional);
    if (to->contains(QLatin1String("percent")) && to->contains(QLatin1String("absolute"))) {
        r.error(tp, MbrText::tr("give either percent or absolute, not both"));
    } else if (percent) {
        if (!(*percent > 0) || *percent > kMaxTolerancePercent)
            r.error(R::field(tp, "percent"),
                    MbrText::tr("must be greater than 0 and at most %1").arg(kMaxTolerancePercent));
        s.tolerance = {Tolerance::Kind::Percent, *percent};
    } else if (absolute) {
        if (!(*absolute > 0))
            r.error(R::field(tp, "absolute"), MbrText::tr("must be greater than 0"));
        else if (material && !(*absolute < material->quantity))
            r.error(R::field(tp, "absolute"), MbrText::tr("must be smaller than the target (%1 %2)")
                                                  .arg(num(material->quantity), material->unit));
        s.tolerance = {Tolerance::Kind::Absolute, *absolute};
    } else if (!to->contains(QLatin1String("percent")) &&
               !to->contains(QLatin1String("absolute"))) {
        r.error(tp, MbrText::tr("needs percent or absolute"));
    }
}

void weigh(Reader& r, const QJsonObject& o, const QString& path, Step& s,
           const MasterBatchRecord& header) {
    r.onlyKeys(o, path,
               {"id", "kind", "title", "description", "material", "decimals", "tolerance",
                "instrumentClass", "minimumWeight", "target", "supervisorContinuation"});
    readContinuation(r, o, path, s);
    if (o.contains(QLatin1String("target")))
        r.error(R::field(path, "target"),
                MbrText::tr("not allowed: a weigh target comes from the bill of materials and "
                            "the batch size"));
    const QString mp = R::field(path, "material");
    const auto code = r.string(o, path, "material", N::Required, 64);
    const Material* m = needMaterial(r, mp, code, header);
    if (m && !isMassUnit(m->unit))
        r.error(mp, MbrText::tr("material \"%1\" is measured in \"%2\"; weighing needs kg, g or mg")
                        .arg(m->code, m->unit));
    s.material = code.value_or(QString());
    s.unit = m ? m->unit : QString();
    s.decimals = readDecimals(r, o, path);
    tolerance(r, o, path, s, m);
    const auto instrument = r.string(o, path, "instrumentClass", N::Required, 64);
    needEquipmentClass(r, R::field(path, "instrumentClass"), instrument, header);
    s.instrumentClass = instrument.value_or(QString());
    s.source = ValueSource::Instrument;
    const auto minimum = r.number(o, path, "minimumWeight", N::Optional);
    if (minimum) {
        if (*minimum < 0)
            r.error(R::field(path, "minimumWeight"), MbrText::tr("must not be negative"));
        else if (m && m->quantity < *minimum)
            r.error(R::field(path, "minimumWeight"),
                    MbrText::tr("the target at the MBR batch size (%1 %2) is below the minimum "
                                "weight")
                        .arg(num(m->quantity), m->unit));
        s.minimumWeight = *minimum;
    }
}

void signature(Reader& r, const QJsonObject& o, const QString& path, Step& s) {
    r.onlyKeys(o, path,
               {"id", "kind", "title", "description", "meaning", "requiredRoles", "verifiedBy"});
    const auto meaning = r.string(o, path, "meaning", N::Required, 32);
    const auto parsed = meaning ? security::meaningFromName(*meaning) : std::nullopt;
    // Disposition meanings (Released, Rejected, Quarantined) belong to QA's decision on
    // the whole batch (core/review), never to a step of the recipe.
    using security::SignatureMeaning;
    if (meaning &&
        (!parsed || *parsed == SignatureMeaning::Released ||
         *parsed == SignatureMeaning::Rejected || *parsed == SignatureMeaning::Quarantined))
        r.error(R::field(path, "meaning"),
                MbrText::tr("must be one of Performed, Verified, Reviewed, Approved"));
    s.meaning = meaning.value_or(QString());
    const QString rp = R::field(path, "requiredRoles");
    if (const auto roles = r.array(o, path, "requiredRoles", N::Required, 1, 4)) {
        s.requiredRoles = r.stringList(*roles, rp, 32);
        for (qsizetype i = 0; i < s.requiredRoles.size(); ++i)
            if (!security::roleFromName(s.requiredRoles[i]))
                r.error(rp, MbrText::tr("unknown role \"%1\" (operator, supervisor, qa, admin)")
                                .arg(s.requiredRoles[i]));
    }
    s.verifiedBy = r.boolean(o, path, "verifiedBy", N::Optional).value_or(false);
}

void others(Reader& r, const QJsonObject& o, const QString& path, Step& s,
            const MasterBatchRecord& header) {
    switch (s.kind) {
        case StepKind::MaterialScan: {
            r.onlyKeys(o, path,
                       {"id", "kind", "title", "description", "material", "entryWindowSeconds"});
            const auto code = r.string(o, path, "material", N::Required, 64);
            needMaterial(r, R::field(path, "material"), code, header);
            s.material = code.value_or(QString());
            break;
        }
        case StepKind::EquipmentCheck: {
            r.onlyKeys(o, path,
                       {"id", "kind", "title", "description", "equipmentClass",
                        "entryWindowSeconds", "cleaningOverride"});
            s.cleaningOverride =
                r.boolean(o, path, "cleaningOverride", N::Optional).value_or(false);
            const auto code = r.string(o, path, "equipmentClass", N::Required, 64);
            needEquipmentClass(r, R::field(path, "equipmentClass"), code, header);
            s.equipmentClass = code.value_or(QString());
            break;
        }
        case StepKind::Choice: {
            r.onlyKeys(o, path,
                       {"id", "kind", "title", "description", "options", "entryWindowSeconds"});
            if (const auto a = r.array(o, path, "options", N::Required, 2, 50)) {
                s.options = r.stringList(*a, R::field(path, "options"), 200);
                if (s.options.size() < 2)
                    r.error(R::field(path, "options"),
                            MbrText::tr("needs at least 2 distinct options"));
            }
            break;
        }
        case StepKind::Checklist: {
            r.onlyKeys(o, path,
                       {"id", "kind", "title", "description", "items", "entryWindowSeconds"});
            if (const auto a = r.array(o, path, "items", N::Required, 1, 100))
                s.items = r.stringList(*a, R::field(path, "items"), 500);
            break;
        }
        case StepKind::Text:
            r.onlyKeys(o, path,
                       {"id", "kind", "title", "description", "maxLength", "entryWindowSeconds"});
            s.maxLength = static_cast<int>(
                r.integer(o, path, "maxLength", N::Required, 1, kMaxTextLength).value_or(0));
            break;
        case StepKind::Timer: {
            r.onlyKeys(o, path, {"id", "kind", "title", "description", "minSeconds", "maxSeconds"});
            const auto mn = r.integer(o, path, "minSeconds", N::Required, 0, kMaxTimerSeconds);
            const auto mx = r.integer(o, path, "maxSeconds", N::Required, 1, kMaxTimerSeconds);
            if (mn && mx && *mx < *mn)
                r.error(R::field(path, "maxSeconds"),
                        MbrText::tr("must not be less than minSeconds"));
            s.minSeconds = mn.value_or(0);
            s.maxSeconds = mx.value_or(0);
            break;
        }
        case StepKind::Calculation:
            r.onlyKeys(o, path,
                       {"id", "kind", "title", "description", "formula", "unit", "decimals",
                        "target", "limits", "supervisorContinuation"});
            s.formula =
                r.string(o, path, "formula", N::Required, kMaxFormulaLength).value_or(QString());
            s.unit = r.string(o, path, "unit", N::Required, kMaxUnitLength).value_or(QString());
            s.decimals = readDecimals(r, o, path);
            readLimits(r, o, path, s);
            readContinuation(r, o, path, s);
            break;
        case StepKind::Sample: {
            r.onlyKeys(o, path,
                       {"id", "kind", "title", "description", "labelPrefix", "quantity",
                        "entryWindowSeconds"});
            const auto prefix = r.string(o, path, "labelPrefix", N::Required, 16);
            static const QRegularExpression re(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,15}$"));
            if (prefix && !re.match(*prefix).hasMatch())
                r.error(R::field(path, "labelPrefix"),
                        MbrText::tr("must be capital letters, digits or \"-\""));
            s.labelPrefix = prefix.value_or(QString());
            s.sampleQuantity =
                static_cast<int>(r.integer(o, path, "quantity", N::Required, 1, 100).value_or(0));
            break;
        }
        default:
            break;
    }
}

}  // namespace

void parseStepBody(Reader& r, const QJsonObject& o, const QString& path, Step& step,
                   const MasterBatchRecord& header) {
    // The entry window of the kinds without their own parse function (see others()).
    if (takesEntryWindow(step.kind) && step.kind != StepKind::Instruction &&
        step.kind != StepKind::Numeric)
        readEntryWindow(r, o, path, step);
    switch (step.kind) {
        case StepKind::Instruction:
            instruction(r, o, path, step);
            break;
        case StepKind::Numeric:
            numeric(r, o, path, step, header);
            break;
        case StepKind::Weigh:
            weigh(r, o, path, step, header);
            break;
        case StepKind::Signature:
            signature(r, o, path, step);
            break;
        default:
            others(r, o, path, step, header);
            break;
    }
}

}  // namespace batch::model::detail
