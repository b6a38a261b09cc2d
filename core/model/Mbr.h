#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace batch::model {

// The master batch record (docs/mbr-format.md): an ISA-88 procedure made of unit
// procedures > operations > phases (the steps an operator executes). This is the parsed,
// validated form; MbrParser is the only way to obtain one from JSON, so everything in
// here has already passed every check of the format.

enum class StepKind {
    Instruction,
    Numeric,
    Weigh,
    MaterialScan,
    EquipmentCheck,
    Choice,
    Checklist,
    Text,
    Timer,
    Calculation,
    Sample,
    Signature,
};

QString stepKindName(StepKind kind);  // "instruction", "numeric", ... (as in the JSON)
std::optional<StepKind> stepKindFromName(const QString& name);

// Where a numeric value comes from. An instrument step entered by hand is an exception.
enum class ValueSource { Manual, Instrument };

// Whether an instrument step may be entered by hand (docs/mbr-format.md §3): allowed (an
// exception), only under a supervisor's override, or never.
enum class ManualEntry { Allowed, Override, Forbidden };
QString manualEntryName(ManualEntry mode);  // "allowed" | "override" | "forbidden"
std::optional<ManualEntry> manualEntryFromName(const QString& name);

// The step kinds whose completion is a person's entry, to which the entry window applies.
bool takesEntryWindow(StepKind kind);

// Inclusive bounds; either side may be absent (e.g. "LOD <= 2.0 %").
struct Limits {
    std::optional<double> low;  // action / specification limit
    std::optional<double> high;
    std::optional<double> alertLow;  // alert limits: inside the action limits
    std::optional<double> alertHigh;

    bool any() const { return low || high || alertLow || alertHigh; }
};

struct Tolerance {
    enum class Kind { Percent, Absolute };
    Kind kind = Kind::Percent;
    double value = 0;  // percent of the target, or the absolute amount in the material unit
};

struct Material {
    QString code;
    QString name;
    double quantity = 0;  // per MBR batch size
    QString unit;
};

struct EquipmentClass {
    QString code;
    QString name;
};

struct Quantity {
    double value = 0;
    QString unit;
};

// One phase. Only the members of its kind are meaningful (see the kind's section in
// docs/mbr-format.md); the parser leaves the others empty.
struct Step {
    QString id;  // stable, unique in the document; a formula identifier
    QString title;
    StepKind kind = StepKind::Instruction;
    QString path;  // JSON path, e.g. "unitProcedures[0].operations[1].phases[2]"

    // instruction
    QString text;
    QString image;  // relative path inside the MBR package, optional

    // numeric, calculation, weigh (unit of a weigh step is the material's unit)
    QString unit;
    int decimals = 0;
    std::optional<double> target;
    Limits limits;
    ValueSource source = ValueSource::Manual;

    // weigh, numeric (source instrument): required instrument class
    QString instrumentClass;
    // numeric (source instrument): may the value be entered by hand instead
    ManualEntry manualEntry = ManualEntry::Allowed;
    // numeric, calculation, weigh: after an action-limit deviation, the step continues only
    // once a supervisor has signed the continuation (otherwise the deviation suffices)
    bool supervisorContinuation = false;
    // Steps a person completes (takesEntryWindow): seconds of running batch time after the
    // step became current within which its entry is contemporaneous; a later entry is a
    // late_entry exception. nullopt: the site default bound at batch start; 0: no window.
    std::optional<std::int64_t> entryWindowSeconds;

    // weigh, materialScan
    QString material;
    // weigh
    Tolerance tolerance;
    double minimumWeight = 0;

    // equipmentCheck: clean, calibrated and not in use by another batch are always checked
    QString equipmentClass;
    // equipmentCheck: a supervisor may override an expired clean hold time (never dirty,
    // uncalibrated or in use by another batch)
    bool cleaningOverride = false;

    // choice / checklist
    QStringList options;
    QStringList items;

    // text
    int maxLength = 0;

    // timer (seconds): the step cannot complete before min; past max is an overrun
    std::int64_t minSeconds = 0;
    std::int64_t maxSeconds = 0;

    // calculation (muParser syntax over earlier step ids and the built-in variables)
    QString formula;
    QStringList references;  // step ids the formula uses, in first-use order

    // sample
    QString labelPrefix;
    int sampleQuantity = 0;

    // signature
    QString meaning;            // security::meaningName spelling, e.g. "Performed"
    QStringList requiredRoles;  // security::roleName spelling, any of them suffices
    bool verifiedBy = false;    // a second, different person verifies

    bool producesValue() const {
        return kind == StepKind::Numeric || kind == StepKind::Weigh ||
               kind == StepKind::Calculation;
    }
};

// Parallel branches of one operation run in any interleaving; all must complete before
// the next operation starts.
struct Branch {
    QString id;
    QString title;
    std::vector<Step> phases;
};

struct Operation {
    QString id;
    QString title;
    std::vector<Step> phases;      // sequential; empty when the operation has branches
    std::vector<Branch> branches;  // parallel; empty when the operation has phases
};

struct UnitProcedure {
    QString id;
    QString title;
    std::vector<Operation> operations;
};

struct MasterBatchRecord {
    QString format;  // "batchstation-mbr/1"
    QString mbrId;
    QString version;  // "MAJOR.MINOR"
    QString title;
    QString productCode;
    QString productName;
    Quantity batchSize;
    Quantity theoreticalYield;
    std::vector<Material> materials;
    std::vector<EquipmentClass> equipmentClasses;
    std::vector<UnitProcedure> unitProcedures;

    const Material* material(const QString& code) const;
    const EquipmentClass* equipmentClass(const QString& code) const;
    // Every step in document order (branches in declaration order).
    std::vector<const Step*> steps() const;
    const Step* step(const QString& id) const;
};

// Version "MAJOR.MINOR" as a comparable pair; nullopt when malformed.
std::optional<std::pair<int, int>> parseVersion(const QString& version);

}  // namespace batch::model
