#pragma once

#include "record/AuditVerifier.h"
#include "sync/PgConnection.h"

#include <functional>

namespace batch::sync {

// The server-side verifier (`batchctl central verify`): walks every registered station's
// central chain in seq order and reports the first broken row with the same kinds as
// the local verifier (docs/record-format.md §Verification): a gap or a head past the
// end (row_missing), a row whose hash does not match its content or whose event_id is
// not a UUIDv7 (content_changed), a broken prev_hash link (chain_link_broken), and every
// checkpoint's Ed25519 signature, checked here with OpenSSL against the station's
// registered public key (checkpoint_signature_invalid), and its head hash against the
// chain (checkpoint_mismatch). PostgreSQL has no Ed25519, so this is where signatures
// are checked; ingest checks chain continuity and row hashes in SQL.
record::VerifyReport verifyCentral(PgConnection& c,
                                   const std::function<void(std::int64_t)>& progress = {});

}  // namespace batch::sync
