#include "model/Mbr.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace batch::model {
namespace {

struct KindName {
    StepKind kind;
    const char* name;
};

constexpr std::array kKindNames{
    KindName{StepKind::Instruction, "instruction"},
    KindName{StepKind::Numeric, "numeric"},
    KindName{StepKind::Weigh, "weigh"},
    KindName{StepKind::MaterialScan, "materialScan"},
    KindName{StepKind::EquipmentCheck, "equipmentCheck"},
    KindName{StepKind::Choice, "choice"},
    KindName{StepKind::Checklist, "checklist"},
    KindName{StepKind::Text, "text"},
    KindName{StepKind::Timer, "timer"},
    KindName{StepKind::Calculation, "calculation"},
    KindName{StepKind::Sample, "sample"},
    KindName{StepKind::Signature, "signature"},
};

}  // namespace

QString stepKindName(StepKind kind) {
    for (const KindName& k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<StepKind> stepKindFromName(const QString& name) {
    for (const KindName& k : kKindNames)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QString manualEntryName(ManualEntry mode) {
    switch (mode) {
        case ManualEntry::Allowed:
            return QStringLiteral("allowed");
        case ManualEntry::Override:
            return QStringLiteral("override");
        case ManualEntry::Forbidden:
            return QStringLiteral("forbidden");
    }
    return {};
}

std::optional<ManualEntry> manualEntryFromName(const QString& name) {
    for (ManualEntry m : {ManualEntry::Allowed, ManualEntry::Override, ManualEntry::Forbidden})
        if (manualEntryName(m) == name)
            return m;
    return std::nullopt;
}

bool takesEntryWindow(StepKind kind) {
    switch (kind) {
        case StepKind::Instruction:
        case StepKind::Numeric:
        case StepKind::MaterialScan:
        case StepKind::EquipmentCheck:
        case StepKind::Choice:
        case StepKind::Checklist:
        case StepKind::Text:
        case StepKind::Sample:
            return true;
        // A weighing is captured by the balance as it happens; a timer has its own minimum
        // and maximum; a calculation is computed; a signature is its own time stamp.
        case StepKind::Weigh:
        case StepKind::Timer:
        case StepKind::Calculation:
        case StepKind::Signature:
            return false;
    }
    return false;
}

const Material* MasterBatchRecord::material(const QString& code) const {
    for (const Material& m : materials)
        if (m.code == code)
            return &m;
    return nullptr;
}

const EquipmentClass* MasterBatchRecord::equipmentClass(const QString& code) const {
    for (const EquipmentClass& e : equipmentClasses)
        if (e.code == code)
            return &e;
    return nullptr;
}

std::vector<const Step*> MasterBatchRecord::steps() const {
    std::vector<const Step*> out;
    for (const UnitProcedure& up : unitProcedures)
        for (const Operation& op : up.operations) {
            for (const Step& s : op.phases) out.push_back(&s);
            for (const Branch& b : op.branches)
                for (const Step& s : b.phases) out.push_back(&s);
        }
    return out;
}

const Step* MasterBatchRecord::step(const QString& id) const {
    for (const Step* s : steps())
        if (s->id == id)
            return s;
    return nullptr;
}

std::optional<std::pair<int, int>> parseVersion(const QString& version) {
    static const QRegularExpression re(
        QStringLiteral("^(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})$"));
    const QRegularExpressionMatch m = re.match(version);
    if (!m.hasMatch())
        return std::nullopt;
    return std::make_pair(m.captured(1).toInt(), m.captured(2).toInt());
}

}  // namespace batch::model
