#pragma once

#include "api/ApiFailure.h"

#include <QString>

namespace srs::ui {

// A refusal or failure put for the person at the workstation: a short title saying what
// kind of problem it is, and the message saying what happened and what to do next.
struct Explanation
{
    QString title;
    QString message;
};

// Sign-in refusals come from the server with a stable code and a message that already
// names dates and next steps; this adds the title. Network failures keep the transport's
// plain message.
[[nodiscard]] Explanation explainSignInFailure(const api::ApiFailure &failure);
// The refusal "safe-room-booking-required" with the person's next booking (from the refusal's
// details), or a word that they have none.
[[nodiscard]] QString nextBookingMessage(const api::ApiFailure &failure);

} // namespace srs::ui
