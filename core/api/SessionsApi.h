#pragma once

#include "Client.h"

namespace srs::api {

// Accounts and sessions: sign-in and sign-out, who is signed in, declarations, and the
// server's health (which needs no session).
class SessionsApi
{
public:
    explicit SessionsApi(Client &client) : m_client(client) {}

    // The body (built in a wiping buffer) is the only copy of the password; it goes with the call.
    [[nodiscard]] Call<protocol::SessionInfo> *signIn(std::shared_ptr<const crypto::SecureBuffer> body);
    // Ends the session that `token` belongs to (never held for a new sign-in).
    [[nodiscard]] Call<protocol::NoBody> *signOut(std::shared_ptr<const crypto::SecureBuffer> token);
    [[nodiscard]] Call<protocol::MeInfo> *me();
    [[nodiscard]] Call<protocol::MeInfo> *acceptDeclaration(const protocol::DeclarationRequest &request);
    [[nodiscard]] Call<protocol::HealthInfo> *health();

private:
    Client &m_client;
};

} // namespace srs::api
