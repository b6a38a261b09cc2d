// BatchEngine::addComment: a remark for the batch record (the operator's observation,
// a supervisor's note), written like every other batch action: checked, then one
// transaction with the CommentAdded event indexed under the batch.
#include "exec/BatchEngine.h"

#include "exec/BatchEngineContext.h"

#include <spdlog/spdlog.h>

namespace batch::exec {

namespace {
constexpr int kMaxCommentLength = 2000;
}  // namespace

void BatchEngine::addComment(const security::User& actor, const QString& batchId,
                             const QString& stepId, const QString& text) {
    using K = ExecError::Kind;
    guarded(batchId, stepId, actor.id, QStringLiteral("comment"), [&] {
        Context ctx = context(batchId);
        if (!actor.has(security::Permission::ExecuteSteps) &&
            !actor.has(security::Permission::HandleDeviations) &&
            !actor.has(security::Permission::ReviewRecords))
            throw ExecError(K::NotAuthorized,
                            QCoreApplication::translate("BatchComments",
                                                        "User %1 (roles: %2) may not comment on "
                                                        "batch records.")
                                .arg(actor.id, security::joinRoles(actor.roles)));
        if (!stepId.isEmpty())
            requireStep(ctx, stepId);
        const QString body = text.trimmed();
        if (body.isEmpty())
            throw ExecError(K::ReasonRequired,
                            QCoreApplication::translate("BatchComments", "A comment needs a text."));
        if (body.size() > kMaxCommentLength)
            throw ExecError(K::InvalidValue,
                            QCoreApplication::translate("BatchComments",
                                                        "A comment has at most %1 characters; "
                                                        "this one has %2.")
                                .arg(kMaxCommentLength)
                                .arg(body.size()));
        record::RecordTransaction txn(journal_);
        checkClock(txn, ctx.batch, actor.id, stepId);
        QJsonObject payload{{engine::key("batch_id"), batchId}, {engine::key("text"), body}};
        if (!stepId.isEmpty())
            payload.insert(engine::key("step_id"), stepId);
        log_.append(txn, batchId, {record::types::kCommentAdded, actor.id, payload});
        txn.commit();
    });
    afterCommit(batchId);
    engine::log()->info("batch {}: comment by {}", batchId.toStdString(), actor.id.toStdString());
}

}  // namespace batch::exec
