#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Result.h"
#include "store/StoreResult.h"

#include <QString>

namespace srs::server {

// Error codes the services return beside the policy's reason codes, and the HTTP status
// each one is answered with.
namespace svc {
inline const QString BadRequest = QStringLiteral("bad-request");
inline const QString NotSignedIn = QStringLiteral("not-signed-in");
inline const QString BadCredentials = QStringLiteral("bad-credentials");
inline const QString SessionExpired = QStringLiteral("session-expired");
inline const QString SessionDeviceMismatch = QStringLiteral("session-device-mismatch");
inline const QString AccountLocked = QStringLiteral("account-locked");
inline const QString TooManyAttempts = QStringLiteral("too-many-attempts");
inline const QString NotFound = QStringLiteral("not-found");
inline const QString Conflict = QStringLiteral("conflict");
inline const QString Internal = QStringLiteral("internal-error");
inline const QString PayloadTooLarge = QStringLiteral("payload-too-large");
inline const QString TooManyChecks = QStringLiteral("too-many-checks");
// A submitted file's stored copy no longer matches its SHA-256 (409), or is gone (410).
inline const QString SnapshotAltered = QStringLiteral("snapshot-altered");
inline const QString SnapshotMissing = QStringLiteral("snapshot-missing");
// The server has no room to keep what was sent (507); nothing was kept.
inline const QString StorageFull = QStringLiteral("storage-full");
} // namespace svc

// 400, 401, 403 (policy refusals), 404, 409, 410, 413, 422 (checks and submissions: content
// that cannot be accepted as it is), 423, 429, 500 or 507 (no room to keep what was sent).
[[nodiscard]] int httpStatusFor(const Error &error);
// Logs `what` (never sent to the client) and returns the plain 500 error.
[[nodiscard]] Error internalError(const QString &what);
[[nodiscard]] Error refusal(const domain::Decision &decision);
// not-an-output-checker: the checkers' routes (reviewing, releasing, the RO-Crate).
[[nodiscard]] Error notAnOutputChecker();
// submission-wrong-state: the request was changed by another transaction while this one ran.
[[nodiscard]] Error changedMeanwhile(const QString &submissionId);
// What a write whose transaction did not commit answers: `onConflict` when another transaction
// changed the same rows first (a unique key or a concurrent change: the caller says what that
// means for this request), otherwise the plain 500 with the store's error logged. The one way
// the services map a store conflict.
[[nodiscard]] Error failedWrite(const store::StoreError &error, Error onConflict);

} // namespace srs::server
