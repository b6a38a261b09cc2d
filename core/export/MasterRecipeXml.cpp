// The MBR as a BatchML MasterRecipe (BatchML-BatchInformation.xsd, B2MML V0701).
#include "export/BatchMlExport.h"
#include "export/BatchMlWriter.h"
#include "security/Roles.h"

#include <QDateTime>

#include <charconv>
#include <cmath>

namespace batch::exports {

namespace xml {

QString decimal(double v) {
    if (!std::isfinite(v))
        return QStringLiteral("0");
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    return QString::fromLatin1(buf, static_cast<qsizetype>(r.ptr - buf));
}

}  // namespace xml

QString xmlDateTime(const QString& tsUtc) {
    const QDateTime t = QDateTime::fromString(tsUtc, Qt::ISODateWithMs);
    return t.isValid() ? tsUtc : QStringLiteral("1970-01-01T00:00:00Z");
}

namespace {

using model::Step;
using model::StepKind;
using xml::element;
using xml::optional;

// One parameter of a phase (BatchParameterType): ID, Description, ParameterType,
// ParameterSubType, Value.
void parameter(QXmlStreamWriter& w, const QString& id, const QString& description, const char* type,
               const QStringList& values, const QString& interpretation, const QString& dataType,
               const QString& unit) {
    w.writeStartElement(QStringLiteral("Parameter"));
    element(w, "ID", id);
    optional(w, "Description", description);
    element(w, "ParameterType", QString::fromLatin1(type));
    xml::batchValue(w, "Value", values, interpretation, dataType, unit);
    w.writeEndElement();
}

void constant(QXmlStreamWriter& w, const QString& id, const QString& value,
              const QString& dataType = QStringLiteral("string"), const QString& unit = {}) {
    parameter(w, id, {}, "ProcessParameter", {value}, QStringLiteral("Constant"), dataType, unit);
}

void number(QXmlStreamWriter& w, const QString& id, std::optional<double> v, const QString& unit) {
    if (v)
        constant(w, id, xml::decimal(*v), QStringLiteral("decimal"), unit);
}

void stepParameters(QXmlStreamWriter& w, const Step& s, const model::MasterBatchRecord& mbr) {
    constant(w, QStringLiteral("kind"), model::stepKindName(s.kind));
    switch (s.kind) {
        case StepKind::Instruction:
            constant(w, QStringLiteral("text"), s.text);
            if (!s.image.isEmpty())
                constant(w, QStringLiteral("image"), s.image);
            break;
        case StepKind::Numeric:
        case StepKind::Calculation:
            constant(w, QStringLiteral("unit"), s.unit);
            constant(w, QStringLiteral("decimals"), QString::number(s.decimals),
                     QStringLiteral("integer"));
            number(w, QStringLiteral("target"), s.target, s.unit);
            number(w, QStringLiteral("low"), s.limits.low, s.unit);
            number(w, QStringLiteral("high"), s.limits.high, s.unit);
            number(w, QStringLiteral("alertLow"), s.limits.alertLow, s.unit);
            number(w, QStringLiteral("alertHigh"), s.limits.alertHigh, s.unit);
            if (s.kind == StepKind::Calculation)
                parameter(w, QStringLiteral("formula"), {}, "ProcessParameter", {s.formula},
                          QStringLiteral("Equation"), QStringLiteral("string"), s.unit);
            else
                constant(w, QStringLiteral("source"),
                         s.source == model::ValueSource::Instrument ? QStringLiteral("instrument")
                                                                    : QStringLiteral("manual"));
            break;
        case StepKind::Weigh: {
            const model::Material* m = mbr.material(s.material);
            const QString unit = m ? m->unit : QString();
            constant(w, QStringLiteral("material"), s.material);
            constant(w, QStringLiteral("decimals"), QString::number(s.decimals),
                     QStringLiteral("integer"));
            constant(
                w,
                s.tolerance.kind == model::Tolerance::Kind::Percent
                    ? QStringLiteral("tolerancePercent")
                    : QStringLiteral("toleranceAbsolute"),
                xml::decimal(s.tolerance.value), QStringLiteral("decimal"),
                s.tolerance.kind == model::Tolerance::Kind::Percent ? QStringLiteral("%") : unit);
            number(w, QStringLiteral("minimumWeight"), s.minimumWeight, unit);
            break;
        }
        case StepKind::MaterialScan:
            constant(w, QStringLiteral("material"), s.material);
            break;
        case StepKind::EquipmentCheck:
            constant(w, QStringLiteral("equipmentClass"), s.equipmentClass);
            break;
        case StepKind::Choice:
            parameter(w, QStringLiteral("options"), {}, "ProcessParameter", s.options,
                      QStringLiteral("Constant"), QStringLiteral("string"), {});
            break;
        case StepKind::Checklist:
            parameter(w, QStringLiteral("items"), {}, "ProcessParameter", s.items,
                      QStringLiteral("Constant"), QStringLiteral("string"), {});
            break;
        case StepKind::Text:
            constant(w, QStringLiteral("maxLength"), QString::number(s.maxLength),
                     QStringLiteral("integer"));
            break;
        case StepKind::Timer:
            constant(w, QStringLiteral("minSeconds"), QString::number(s.minSeconds),
                     QStringLiteral("integer"), QStringLiteral("s"));
            constant(w, QStringLiteral("maxSeconds"), QString::number(s.maxSeconds),
                     QStringLiteral("integer"), QStringLiteral("s"));
            break;
        case StepKind::Sample:
            constant(w, QStringLiteral("labelPrefix"), s.labelPrefix);
            constant(w, QStringLiteral("quantity"), QString::number(s.sampleQuantity),
                     QStringLiteral("integer"));
            break;
        case StepKind::Signature:
            constant(w, QStringLiteral("meaning"), s.meaning);
            parameter(w, QStringLiteral("requiredRoles"), {}, "ProcessParameter", s.requiredRoles,
                      QStringLiteral("Constant"), QStringLiteral("string"), {});
            constant(w, QStringLiteral("verifiedBy"),
                     s.verifiedBy ? QStringLiteral("true") : QStringLiteral("false"),
                     QStringLiteral("boolean"));
            break;
    }
}

void linkEnd(QXmlStreamWriter& w, bool from, const QString& id, bool step) {
    w.writeStartElement(from ? QStringLiteral("FromID") : QStringLiteral("ToID"));
    element(w, from ? "FromIDValue" : "ToIDValue", id);
    // The start and end of a parallel section are not recipe elements of their own.
    if (step)
        element(w, from ? "FromType" : "ToType", QStringLiteral("Step"));
    else
        xml::other(w, from ? "FromType" : "ToType", QStringLiteral("Boundary"));
    element(w, "IDScope", QStringLiteral("Internal"));
    w.writeEndElement();
}

// ProcedureLogic of one level: its children as Steps in order, linked one after the
// other (ControlLink), or, for parallel branches, diverging from and converging to the
// operation itself (ParallelDivergent / ParallelConvergent).
void procedureLogic(QXmlStreamWriter& w, const QString& owner, const QStringList& children,
                    const QString& version, bool parallel) {
    w.writeStartElement(QStringLiteral("ProcedureLogic"));
    if (parallel && !children.isEmpty()) {
        for (const char* kind : {"ParallelDivergent", "ParallelConvergent"}) {
            const bool diverge = kind[8] == 'D';
            w.writeStartElement(QStringLiteral("Link"));
            element(w, "ID",
                    owner + (diverge ? QStringLiteral(".split") : QStringLiteral(".join")));
            if (diverge) {
                linkEnd(w, true, owner + QStringLiteral(".begin"), false);
                for (const QString& c : children) linkEnd(w, false, c, true);
            } else {
                for (const QString& c : children) linkEnd(w, true, c, true);
                linkEnd(w, false, owner + QStringLiteral(".end"), false);
            }
            element(w, "LinkType", QString::fromLatin1(kind));
            element(w, "Depiction", QStringLiteral("LineAndArrow"));
            w.writeEndElement();
        }
    } else {
        for (qsizetype i = 1; i < children.size(); ++i) {
            w.writeStartElement(QStringLiteral("Link"));
            element(w, "ID", children[i - 1] + QStringLiteral("->") + children[i]);
            linkEnd(w, true, children[i - 1], true);
            linkEnd(w, false, children[i], true);
            element(w, "LinkType", QStringLiteral("ControlLink"));
            element(w, "Depiction", QStringLiteral("LineAndArrow"));
            element(w, "EvaluationOrder", QString::number(i));
            w.writeEndElement();
        }
    }
    for (const QString& c : children) {
        w.writeStartElement(QStringLiteral("Step"));
        element(w, "ID", c);
        element(w, "RecipeElementID", c);
        element(w, "RecipeElementVersion", version);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void startElement(QXmlStreamWriter& w, const QString& id, const QString& version,
                  const QString& title, const char* type) {
    w.writeStartElement(QStringLiteral("RecipeElement"));
    element(w, "ID", id);
    element(w, "Version", version);
    element(w, "Description", title);
    if (QLatin1String(type) == QLatin1String("Branch"))
        xml::other(w, "RecipeElementType", QStringLiteral("Branch"));
    else
        element(w, "RecipeElementType", QString::fromLatin1(type));
}

void phaseElement(QXmlStreamWriter& w, const Step& s, const model::MasterBatchRecord& mbr) {
    startElement(w, s.id, mbr.version, s.title, "Phase");
    for (const QString& cls : {s.instrumentClass, s.equipmentClass}) {
        if (cls.isEmpty())
            continue;
        const model::EquipmentClass* e = mbr.equipmentClass(cls);
        w.writeStartElement(QStringLiteral("EquipmentRequirement"));
        element(w, "ID", cls);
        optional(w, "Description", e ? e->name : QString());
        w.writeEndElement();
    }
    stepParameters(w, s, mbr);
    w.writeEndElement();
}

QStringList idsOf(const std::vector<Step>& phases) {
    QStringList ids;
    for (const Step& s : phases) ids << s.id;
    return ids;
}

void operationElement(QXmlStreamWriter& w, const model::Operation& op,
                      const model::MasterBatchRecord& mbr) {
    startElement(w, op.id, mbr.version, op.title, "Operation");
    if (op.branches.empty()) {
        procedureLogic(w, op.id, idsOf(op.phases), mbr.version, false);
        for (const Step& s : op.phases) phaseElement(w, s, mbr);
    } else {
        QStringList branches;
        for (const model::Branch& b : op.branches) branches << b.id;
        procedureLogic(w, op.id, branches, mbr.version, true);
        for (const model::Branch& b : op.branches) {
            startElement(w, b.id, mbr.version, b.title, "Branch");
            procedureLogic(w, b.id, idsOf(b.phases), mbr.version, false);
            for (const Step& s : b.phases) phaseElement(w, s, mbr);
            w.writeEndElement();
        }
    }
    w.writeEndElement();
}

void header(QXmlStreamWriter& w, const model::LoadedMbr& loaded,
            const std::vector<security::SignatureInfo>& approvals) {
    const model::MasterBatchRecord& mbr = loaded.mbr;
    w.writeStartElement(QStringLiteral("Header"));
    w.writeStartElement(QStringLiteral("ModificationLog"));
    element(w, "ModifiedDate", xmlDateTime(loaded.info.importedUtc));
    element(w, "Description", QStringLiteral("Imported as Draft"));
    element(w, "Author", loaded.info.importedBy);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("ApprovalHistory"));
    QString finalDate;
    for (const security::SignatureInfo& s : approvals)
        if (s.meaning == security::SignatureMeaning::Approved)
            finalDate = s.signedAtUtc;
    if (!finalDate.isEmpty())
        element(w, "FinalApprovalDate", xmlDateTime(finalDate));
    element(w, "Version", mbr.version);
    element(w, "Description", QStringLiteral("content hash %1").arg(loaded.contentHash));
    for (const security::SignatureInfo& s : approvals) {
        w.writeStartElement(QStringLiteral("IndividualApproval"));
        element(w, "ApprovedBy", s.printedName);
        element(w, "ApprovalDate", xmlDateTime(s.signedAtUtc));
        element(w, "Description",
                QStringLiteral("%1 (%2)").arg(security::meaningName(s.meaning), s.signerId));
        w.writeEndElement();
    }
    w.writeEndElement();
    element(w, "ProductID", mbr.productCode);
    element(w, "ProductName", mbr.productName);
    w.writeStartElement(QStringLiteral("BatchSize"));
    element(w, "Nominal", xml::decimal(mbr.batchSize.value));
    element(w, "UnitOfMeasure", mbr.batchSize.unit);
    w.writeEndElement();
    xml::other(w, "Status", model::mbrStatusName(loaded.info.status));
    w.writeEndElement();
}

}  // namespace

void writeMasterRecipe(QXmlStreamWriter& w, const model::LoadedMbr& loaded,
                       const std::vector<security::SignatureInfo>& approvals) {
    const model::MasterBatchRecord& mbr = loaded.mbr;
    w.writeStartElement(QStringLiteral("MasterRecipe"));
    element(w, "ID", mbr.mbrId);
    element(w, "Version", mbr.version);
    element(w, "VersionDate", xmlDateTime(loaded.info.statusUtc));
    element(w, "Description", mbr.title);
    header(w, loaded, approvals);
    for (const model::EquipmentClass& e : mbr.equipmentClasses) {
        w.writeStartElement(QStringLiteral("EquipmentRequirement"));
        element(w, "ID", e.code);
        element(w, "Description", e.name);
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("Formula"));
    for (const model::Material& m : mbr.materials)
        parameter(w, m.code, m.name, "ProcessInput", {xml::decimal(m.quantity)},
                  QStringLiteral("Constant"), QStringLiteral("decimal"), m.unit);
    parameter(w, QStringLiteral("theoreticalYield"), QStringLiteral("Theoretical yield"),
              "ProcessOutput", {xml::decimal(mbr.theoreticalYield.value)},
              QStringLiteral("Constant"), QStringLiteral("decimal"), mbr.theoreticalYield.unit);
    w.writeEndElement();
    QStringList units;
    for (const model::UnitProcedure& up : mbr.unitProcedures) units << up.id;
    procedureLogic(w, mbr.mbrId, units, mbr.version, false);
    for (const model::UnitProcedure& up : mbr.unitProcedures) {
        startElement(w, up.id, mbr.version, up.title, "UnitProcedure");
        QStringList ops;
        for (const model::Operation& op : up.operations) ops << op.id;
        procedureLogic(w, up.id, ops, mbr.version, false);
        for (const model::Operation& op : up.operations) operationElement(w, op, mbr);
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("OtherInformation"));
    element(w, "ID", QStringLiteral("contentHash"));
    xml::batchValue(w, "Value", {loaded.contentHash}, QStringLiteral("Constant"),
                    QStringLiteral("string"), {});
    element(w, "Description", QStringLiteral("SHA-256 of the canonical MBR (%1)").arg(mbr.format));
    w.writeEndElement();
    w.writeEndElement();
}

QByteArray exportMasterRecipe(const model::LoadedMbr& mbr,
                              const std::vector<security::SignatureInfo>& approvals) {
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeComment(QStringLiteral(
        " BatchML MasterRecipe. The Business To Manufacturing Markup Language (B2MML) is "
        "used courtesy of MESA International. "));
    w.writeDefaultNamespace(QString::fromLatin1(kB2mmlNamespace));
    writeMasterRecipe(w, mbr, approvals);
    w.writeEndDocument();
    return out;
}

}  // namespace batch::exports
