#include "SessionsApi.h"

namespace srs::api {

namespace route = protocol::route;

Call<protocol::SessionInfo> *SessionsApi::signIn(std::shared_ptr<const crypto::SecureBuffer> body)
{
    return m_client.send(route::SignIn,
                         Client::Outgoing{route::SignIn.path(), {}, std::move(body), {}, false});
}

Call<protocol::NoBody> *SessionsApi::signOut(std::shared_ptr<const crypto::SecureBuffer> token)
{
    return m_client.send(route::SignOut,
                         Client::Outgoing{route::SignOut.path(), {}, {}, std::move(token), false});
}

Call<protocol::MeInfo> *SessionsApi::me()
{
    return m_client.send(route::Me);
}

Call<protocol::MeInfo> *SessionsApi::acceptDeclaration(const protocol::DeclarationRequest &request)
{
    return m_client.send(route::AcceptDeclaration, {}, request);
}

Call<protocol::HealthInfo> *SessionsApi::health()
{
    return m_client.send(route::Health, Client::Outgoing{route::Health.path(), {}, {}, {}, false});
}

} // namespace srs::api
