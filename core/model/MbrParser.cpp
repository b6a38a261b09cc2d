#include "model/MbrParser.h"

#include "model/MbrFormula.h"
#include "model/MbrReader.h"
#include "model/MbrSteps.h"
#include "record/CanonicalJson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <charconv>
#include <optional>
#include <vector>

namespace batch::model {
namespace {

using detail::deeperThan;
using detail::duplicateKey;
using detail::MbrText;
using detail::Reader;
using N = detail::Need;

const QString kFormat = QStringLiteral("batchstation-mbr/1");

// Where an id was declared: enough to decide what "an earlier step" means.
struct IdInfo {
    QString path;
    int order = 0;  // document order among steps
    int up = -1;
    int op = -1;
    int branch = -1;  // -1: the operation's sequential phases
    bool isStep = false;
    bool producesValue = false;
};

struct Place {
    int up = -1;
    int op = -1;
    int branch = -1;
};

class DocumentParser {
public:
    DocumentParser(Reader& reader, const MbrParseLimits& limits) : r_(reader), limits_(limits) {}

    MasterBatchRecord run(const QJsonObject& doc) {
        header(doc);
        if (const auto ups = r_.array(doc, {}, "unitProcedures", N::Required, 1, 50)) {
            for (qsizetype i = 0; i < ups->size() && !r_.full(); ++i) unitProcedure(*ups, i);
        }
        checkFormulas();
        return std::move(mbr_);
    }

private:
    void header(const QJsonObject& doc) {
        r_.onlyKeys(doc, {},
                    {"format", "mbrId", "version", "title", "description", "product", "batchSize",
                     "theoreticalYield", "materials", "equipmentClasses", "unitProcedures"});
        const auto format = r_.string(doc, {}, "format", N::Required);
        if (format && *format != kFormat)
            r_.error(
                QStringLiteral("format"),
                MbrText::tr("unsupported format \"%1\" (expected \"%2\")").arg(*format, kFormat));
        mbr_.format = format.value_or(QString());
        mbr_.mbrId = code(doc, {}, "mbrId").value_or(QString());
        const auto version = r_.string(doc, {}, "version", N::Required, 16);
        if (version && !parseVersion(*version))
            r_.error(QStringLiteral("version"),
                     MbrText::tr("must look like MAJOR.MINOR, e.g. \"2.1\""));
        mbr_.version = version.value_or(QString());
        mbr_.title = r_.string(doc, {}, "title", N::Required).value_or(QString());
        r_.string(doc, {}, "description", N::Optional, 4000);

        if (const auto product = r_.object(doc, {}, "product", N::Required)) {
            const QString pp = QStringLiteral("product");
            r_.onlyKeys(*product, pp, {"code", "name"});
            mbr_.productCode = code(*product, pp, "code").value_or(QString());
            mbr_.productName = r_.string(*product, pp, "name", N::Required).value_or(QString());
        }
        mbr_.batchSize = quantity(doc, "batchSize");
        mbr_.theoreticalYield = quantity(doc, "theoreticalYield");
        materials(doc);
        equipmentClasses(doc);
    }

    // An identifier of master data (MBR id, product, material and equipment codes).
    std::optional<QString> code(const QJsonObject& o, const QString& path, const char* key) {
        const auto c = r_.string(o, path, key, N::Required, 64);
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        if (c && !re.match(*c).hasMatch()) {
            r_.error(Reader::field(path, key),
                     MbrText::tr("must start with a letter or digit and contain only letters, "
                                 "digits, \".\", \"_\" or \"-\""));
            return std::nullopt;
        }
        return c;
    }

    Quantity quantity(const QJsonObject& doc, const char* key) {
        Quantity q;
        const auto o = r_.object(doc, {}, key, N::Required);
        if (!o)
            return q;
        const QString path = QString::fromLatin1(key);
        r_.onlyKeys(*o, path, {"quantity", "unit"});
        const auto value = r_.number(*o, path, "quantity", N::Required);
        if (value && !(*value > 0))
            r_.error(Reader::field(path, "quantity"), MbrText::tr("must be greater than 0"));
        q.value = value.value_or(0);
        q.unit = r_.string(*o, path, "unit", N::Required, 16).value_or(QString());
        return q;
    }

    void materials(const QJsonObject& doc) {
        const auto list = r_.array(doc, {}, "materials", N::Required, 1, 500);
        for (qsizetype i = 0; list && i < list->size() && !r_.full(); ++i) {
            const QString path = Reader::index(QStringLiteral("materials"), i);
            const auto o = r_.objectAt(*list, QStringLiteral("materials"), i);
            if (!o)
                continue;
            r_.onlyKeys(*o, path, {"code", "name", "quantity", "unit", "description"});
            Material m;
            const auto c = code(*o, path, "code");
            m.name = r_.string(*o, path, "name", N::Required).value_or(QString());
            const auto q = r_.number(*o, path, "quantity", N::Required);
            if (q && !(*q > 0))
                r_.error(Reader::field(path, "quantity"), MbrText::tr("must be greater than 0"));
            m.quantity = q.value_or(0);
            m.unit = r_.string(*o, path, "unit", N::Required, 16).value_or(QString());
            r_.string(*o, path, "description", N::Optional, 4000);
            if (c && mbr_.material(*c))
                r_.error(Reader::field(path, "code"),
                         MbrText::tr("duplicate material code \"%1\"").arg(*c));
            else if (c) {
                m.code = *c;
                mbr_.materials.push_back(m);
            }
        }
    }

    void equipmentClasses(const QJsonObject& doc) {
        const QString key = QStringLiteral("equipmentClasses");
        const auto list = r_.array(doc, {}, "equipmentClasses", N::Optional, 0, 200);
        for (qsizetype i = 0; list && i < list->size() && !r_.full(); ++i) {
            const QString path = Reader::index(key, i);
            const auto o = r_.objectAt(*list, key, i);
            if (!o)
                continue;
            r_.onlyKeys(*o, path, {"code", "name", "description"});
            const auto c = code(*o, path, "code");
            const QString name = r_.string(*o, path, "name", N::Required).value_or(QString());
            r_.string(*o, path, "description", N::Optional, 4000);
            if (c && mbr_.equipmentClass(*c))
                r_.error(Reader::field(path, "code"),
                         MbrText::tr("duplicate equipment class \"%1\"").arg(*c));
            else if (c)
                mbr_.equipmentClasses.push_back({*c, name});
        }
    }

    // Ids of unit procedures, operations, branches and steps share one namespace: a step
    // id is what a formula, a deviation and the batch record refer to.
    QString claimId(const QJsonObject& o, const QString& path, const Place& place,
                    const Step* step) {
        const auto id = r_.string(o, path, "id", N::Required, 64);
        if (!id)
            return {};
        static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
        const QString ip = Reader::field(path, "id");
        if (!re.match(*id).hasMatch()) {
            r_.error(ip, MbrText::tr("must start with a letter and contain only letters, digits "
                                     "and \"_\""));
            return {};
        }
        if (isReservedName(*id)) {
            r_.error(ip, MbrText::tr("\"%1\" is a reserved name").arg(*id));
            return {};
        }
        if (const auto it = ids_.constFind(*id); it != ids_.constEnd()) {
            r_.error(ip,
                     MbrText::tr("duplicate id \"%1\" (already used at %2)").arg(*id, it->path));
            return {};
        }
        IdInfo info{path,
                    order_,
                    place.up,
                    place.op,
                    place.branch,
                    step != nullptr,
                    step && step->producesValue()};
        ids_.insert(*id, info);
        return *id;
    }

    void unitProcedure(const QJsonArray& list, qsizetype i) {
        const QString path = Reader::index(QStringLiteral("unitProcedures"), i);
        const auto o = r_.objectAt(list, QStringLiteral("unitProcedures"), i);
        if (!o)
            return;
        r_.onlyKeys(*o, path, {"id", "title", "description", "operations"});
        UnitProcedure up;
        const Place place{static_cast<int>(i), -1, -1};
        up.id = claimId(*o, path, place, nullptr);
        up.title = r_.string(*o, path, "title", N::Required).value_or(QString());
        r_.string(*o, path, "description", N::Optional, 4000);
        mbr_.unitProcedures.push_back(up);
        const auto ops = r_.array(*o, path, "operations", N::Required, 1, 100);
        for (qsizetype j = 0; ops && j < ops->size() && !r_.full(); ++j)
            operation(*ops, Reader::field(path, "operations"), {place.up, static_cast<int>(j), -1});
    }

    void operation(const QJsonArray& list, const QString& listPath, const Place& place) {
        const QString path = Reader::index(listPath, place.op);
        const auto o = r_.objectAt(list, listPath, place.op);
        if (!o)
            return;
        r_.onlyKeys(*o, path, {"id", "title", "description", "phases", "branches"});
        Operation op;
        op.id = claimId(*o, path, place, nullptr);
        op.title = r_.string(*o, path, "title", N::Required).value_or(QString());
        r_.string(*o, path, "description", N::Optional, 4000);
        const bool hasPhases = o->contains(QLatin1String("phases"));
        const bool hasBranches = o->contains(QLatin1String("branches"));
        if (hasPhases && hasBranches) {
            r_.error(path, MbrText::tr("has both phases and branches; give one of them"));
        } else if (hasBranches) {
            const auto bs = r_.array(*o, path, "branches", N::Required, 2, 16);
            for (qsizetype b = 0; bs && b < bs->size() && !r_.full(); ++b)
                branch(*bs, Reader::field(path, "branches"),
                       {place.up, place.op, static_cast<int>(b)}, op);
        } else if (const auto ps = r_.array(*o, path, "phases", N::Required, 1, 500)) {
            phases(*ps, Reader::field(path, "phases"), place, op.phases);
        }
        mbr_.unitProcedures.back().operations.push_back(std::move(op));
    }

    void branch(const QJsonArray& list, const QString& listPath, const Place& place,
                Operation& op) {
        const QString path = Reader::index(listPath, place.branch);
        const auto o = r_.objectAt(list, listPath, place.branch);
        if (!o)
            return;
        r_.onlyKeys(*o, path, {"id", "title", "description", "phases"});
        Branch b;
        b.id = claimId(*o, path, place, nullptr);
        b.title = r_.string(*o, path, "title", N::Required).value_or(QString());
        r_.string(*o, path, "description", N::Optional, 4000);
        if (const auto ps = r_.array(*o, path, "phases", N::Required, 1, 500))
            phases(*ps, Reader::field(path, "phases"), place, b.phases);
        op.branches.push_back(std::move(b));
    }

    void phases(const QJsonArray& list, const QString& listPath, const Place& place,
                std::vector<Step>& out) {
        for (qsizetype k = 0; k < list.size() && !r_.full(); ++k) {
            if (++stepCount_ > limits_.maxSteps) {
                if (stepCount_ == limits_.maxSteps + 1)
                    r_.error({}, MbrText::tr("too many steps (at most %1)").arg(limits_.maxSteps));
                return;
            }
            const QString path = Reader::index(listPath, k);
            const auto o = r_.objectAt(list, listPath, k);
            if (!o)
                continue;
            Step s;
            s.path = path;
            const auto kind = r_.string(*o, path, "kind", N::Required, 32);
            const auto parsed = kind ? stepKindFromName(*kind) : std::nullopt;
            if (kind && !parsed)
                r_.error(Reader::field(path, "kind"),
                         MbrText::tr("unknown step kind \"%1\"").arg(*kind));
            s.kind = parsed.value_or(StepKind::Instruction);
            s.id = claimId(*o, path, place, parsed ? &s : nullptr);
            s.title = r_.string(*o, path, "title", N::Required).value_or(QString());
            r_.string(*o, path, "description", N::Optional, 4000);
            if (parsed)
                detail::parseStepBody(r_, *o, path, s, mbr_);
            if (s.kind == StepKind::Calculation && !s.formula.isEmpty())
                formulas_.push_back({s.path, s.formula, place, order_});
            ++order_;
            out.push_back(std::move(s));
        }
    }

    // A formula may use the built-in variables and value-producing steps that come
    // strictly earlier: earlier operations, or earlier in its own branch (a sibling
    // branch runs in parallel, so its values may not exist yet).
    void checkFormulas() {
        const QHash<QString, Step*> byPath = stepsByPath();
        for (const PendingFormula& f : formulas_) {
            const QString fp = Reader::field(f.path, "formula");
            const FormulaScan scan = scanFormula(f.formula);
            if (!scan.ok()) {
                r_.error(fp, scan.error);
                continue;
            }
            for (const QString& name : scan.variables) {
                if (name == kVarBatchSize || name == kVarTheoreticalYield)
                    continue;
                const auto it = ids_.constFind(name);
                if (it == ids_.constEnd() || !it->isStep) {
                    r_.error(fp, MbrText::tr("unknown step \"%1\"").arg(name));
                } else if (!it->producesValue) {
                    r_.error(fp, MbrText::tr("step \"%1\" has no value (only numeric, weigh and "
                                             "calculation steps have one)")
                                     .arg(name));
                } else if (it->order >= f.order || (it->up == f.place.up && it->op == f.place.op &&
                                                    it->branch != f.place.branch)) {
                    r_.error(fp,
                             MbrText::tr("step \"%1\" does not come before this step").arg(name));
                }
            }
            if (Step* s = byPath.value(f.path))
                s->references = scan.variables;
        }
    }

    // Built once after parsing: the step vectors no longer grow, so pointers stay valid.
    QHash<QString, Step*> stepsByPath() {
        QHash<QString, Step*> out;
        for (UnitProcedure& up : mbr_.unitProcedures)
            for (Operation& op : up.operations) {
                for (Step& s : op.phases) out.insert(s.path, &s);
                for (Branch& b : op.branches)
                    for (Step& s : b.phases) out.insert(s.path, &s);
            }
        return out;
    }

    struct PendingFormula {
        QString path;
        QString formula;
        Place place;
        int order = 0;
    };

    Reader& r_;
    const MbrParseLimits& limits_;
    MasterBatchRecord mbr_;
    QHash<QString, IdInfo> ids_;
    std::vector<PendingFormula> formulas_;
    int order_ = 0;
    int stepCount_ = 0;
};

// The canonical form for hashing: numbers become their shortest round-trip decimal
// strings, because record::encodeCanonical refuses fractions by design.
QJsonValue canonicalised(const QJsonValue& v) {
    if (v.isDouble()) {
        char buf[64];
        const auto res = std::to_chars(buf, buf + sizeof buf, v.toDouble());
        return QString::fromLatin1(buf, res.ptr - buf);
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) out.insert(it.key(), canonicalised(*it));
        return out;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray()) out.append(canonicalised(e));
        return out;
    }
    return v;
}

}  // namespace

QString MbrParseResult::errorText() const {
    QStringList lines;
    for (const MbrIssue& i : issues) lines.append(i.toString());
    return lines.join(QLatin1Char('\n'));
}

QString mbrContentHash(const QJsonDocument& document) {
    const QJsonValue root =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QByteArray bytes = record::encodeCanonical(canonicalised(root));
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

MbrParseResult MbrParser::parse(QByteArrayView json, const MbrParseLimits& limits) {
    MbrParseResult result;
    const auto fail = [&](const QString& message) {
        result.issues.push_back({QString(), message});
        return result;
    };
    if (json.size() > limits.maxBytes)
        return fail(MbrText::tr("the document is too large (%1 bytes, at most %2)")
                        .arg(json.size())
                        .arg(limits.maxBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(MbrText::tr("not valid JSON at byte %1: %2")
                        .arg(error.offset)
                        .arg(error.errorString()));
    if (!doc.isObject())
        return fail(MbrText::tr("the document must be a JSON object"));
    if (deeperThan(doc.object(), limits.maxDepth))
        return fail(MbrText::tr("the document nests deeper than %1 levels").arg(limits.maxDepth));
    if (const auto path = duplicateKey(json)) {
        result.issues.push_back({*path, MbrText::tr("duplicate key")});
        return result;
    }

    Reader reader(limits.maxIssues);
    DocumentParser parser(reader, limits);
    MasterBatchRecord mbr = parser.run(doc.object());
    result.issues = reader.issues();
    if (!result.issues.empty())
        return result;
    try {
        result.contentHash = mbrContentHash(doc);
    } catch (const record::CanonicalJsonError& e) {
        // Only strings the canonical form cannot carry (lone surrogates) end up here.
        return fail(MbrText::tr("the document contains text that cannot be hashed: %1")
                        .arg(QString::fromStdString(e.what())));
    }
    result.mbr = std::move(mbr);
    return result;
}

}  // namespace batch::model
