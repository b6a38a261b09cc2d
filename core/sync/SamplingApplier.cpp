// Central sampling master data (kind "sampling", key the document's name): a whole
// master-data document (count rules, variant rules, products, plans, variants; the
// format of docs/sampling.md) applied all or nothing. Central is authoritative: items a
// station holds with other content are replaced, with the publication's reason; the
// station's cross-checks still hold (a document that would break a stored plan or a
// variant's current qualification state is refused and reported back).
#include "sync/MasterData.h"
#include "sync/SyncLog.h"

#include "record/CanonicalJson.h"
#include "sampling/MasterDataStore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace batch::sync {
namespace {

using detail::key;

class SamplingApplier final : public MasterDataApplier {
public:
    QString kind() const override { return kSamplingKind; }

    void apply(record::RecordTransaction& txn, const MasterChange& change,
               const QJsonObject& doc) override {
        const QString why = checkSamplingDocument(change.key, doc);
        const QJsonObject body = doc.value(key("master_data")).toObject();
        const sampling::MasterDataParseResult parsed =
            sampling::MasterDataParser::parse(record::encodeCanonical(body));
        if (!parsed.ok())
            throw MasterDataRefusal(QStringLiteral("the sampling master data is invalid: %1")
                                        .arg(parsed.errorText().left(1000)));
        const QJsonObject origin{{key("source"), QStringLiteral("central")},
                                 {key("change_seq"), static_cast<qint64>(change.changeSeq)},
                                 {key("document"), change.key}};
        std::vector<sampling::MasterDataChange> changes;
        try {
            changes = sampling::MasterDataStore::applyWithin(txn, QStringLiteral("central"),
                                                             *parsed.document, true, why, origin);
        } catch (const sampling::SamplingError& e) {
            throw MasterDataRefusal(e.fullText().left(2000));
        }
        QJsonArray items;
        for (const sampling::MasterDataChange& c : changes)
            items.append(QJsonObject{
                {key("entity"), c.entity},
                {key("id"), c.id},
                {key("version"), c.version},
                {key("action"), c.action == sampling::MasterDataChange::Action::Added ? "added"
                                : c.action == sampling::MasterDataChange::Action::Updated
                                    ? "updated"
                                    : "unchanged"}});
        QJsonObject payload = appliedPayload(change);
        payload.insert(key("reason"), why);
        payload.insert(key("items"), items);
        txn.append({types::kMasterDataApplied, QStringLiteral("system"), payload});
    }
};

}  // namespace

QString checkSamplingDocument(const QString& changeKey, const QJsonObject& doc) {
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    for (auto it = doc.begin(); it != doc.end(); ++it)
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("reason") &&
            it.key() != QLatin1String("master_data"))
            throw MasterDataRefusal(QStringLiteral("field %1 is not part of a sampling document")
                                        .arg(it.key().left(64)));
    const QString name = doc.value(key("name")).toString();
    if (!kName.match(name).hasMatch())
        throw MasterDataRefusal(QStringLiteral("the document name '%1' is not a name (letters, "
                                               "digits, . _ -; at most 64)")
                                    .arg(name.left(64)));
    if (name != changeKey)
        throw MasterDataRefusal(
            QStringLiteral("the change key '%1' does not name document %2").arg(changeKey, name));
    const QString reason = doc.value(key("reason")).toString().trimmed();
    if (reason.isEmpty() || reason.size() > 500)
        throw MasterDataRefusal(
            QStringLiteral("a sampling document carries the reason it was "
                           "published (1 to 500 characters)"));
    if (!doc.value(key("master_data")).isObject())
        throw MasterDataRefusal(QStringLiteral("field master_data is missing or not an object"));
    return reason;
}

QJsonObject samplingDocument(const QString& name, const QJsonObject& masterData,
                             const QString& reason) {
    return {
        {key("name"), name}, {key("reason"), reason.trimmed()}, {key("master_data"), masterData}};
}

std::unique_ptr<MasterDataApplier> makeSamplingApplier() {
    return std::make_unique<SamplingApplier>();
}

}  // namespace batch::sync
