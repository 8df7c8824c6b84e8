#pragma once

#include "api/ApiFailure.h"

#include <QString>

namespace srs::session {

// A refusal of the clearance server put in the client's language. The server answers a refused
// action with a stable code and an English message naming the request, file or date; the code
// is what the client goes by. For a code it knows, with a translation loaded, this gives the
// translated text (what happened and what to do next, without the server's particulars, which
// the screen shows around it); otherwise the server's own message, so an English client keeps
// the server's exact words. Failures that are not refusals keep the transport's message, which
// is translated already.
[[nodiscard]] QString refusalMessage(const api::ApiFailure &failure);

// The same for a code and message that came inside an answer (a project's access decision).
[[nodiscard]] QString refusalMessage(const QString &code, const QString &serverMessage);

// Whether the code has a text of its own here (for the translations' tests).
[[nodiscard]] bool hasRefusalText(const QString &code);
// Every code with a text of its own.
[[nodiscard]] QStringList refusalCodes();

} // namespace srs::session
