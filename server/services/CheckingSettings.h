#pragma once

#include "AccountService.h"

#include "domain/Dataset.h"
#include "domain/Result.h"
#include "domain/Submission.h"
#include "store/Database.h"

#include <QList>

namespace srs::server {

// Where checkers may look, for one request (AccessPolicy::checkCanOpenForChecking, and
// docs/security-model.md). Claiming a request and opening anything of it that is not yet
// released happen only in a setting the service lists for checking, with the declarations
// signed, and only from a safe room when the request may draw on a safe-room-only dataset.
//
// The datasets a request may draw on: those its tables name; and every dataset of its project
// when the request holds anything not attributed to one (a table that names none, a figure, a
// report, a code file), since that could come from any of them. A dataset id the project does
// not hold counts as safe-room-only. An unsure answer asks for more, never less.
[[nodiscard]] Result<QList<domain::Dataset>> requestDatasets(store::Database &db,
                                                             const domain::Submission &submission);

// Allowed, or the policy's refusal (403: checking-setting-refused, security-declaration-missing,
// extended-declaration-missing) with a message that says why and where it can be done.
[[nodiscard]] Status checkCanOpenForChecking(store::Database &db, const Caller &caller,
                                             const domain::Submission &submission);

} // namespace srs::server
