#pragma once

#include "PendingCall.h"

#include "crypto/SecureBuffer.h"
#include "protocol/Routes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <initializer_list>
#include <memory>

namespace srs::net {
class ApiCall;
class Transport;
} // namespace srs::net

namespace srs::api {

// The clearance server's API as this client calls it: every call by a route of
// protocol/Routes.h, its answer decoded into the route's type (Call<T>), its failure an
// ApiFailure. The resource classes (SessionsApi, ProjectsApi, ...) are what controllers use.
//
// The session's token: calls carry the token set here. When the server answers 401 because
// the session ended, the session-ended handler decides: it returns true to hold the call
// (parked) until resumeParked() sends it again with the next token, or cancelParked() gives up.
//
// dispatch() is the one place a call leaves; test fakes override it to answer by route.
class Client : public QObject
{
    Q_OBJECT
public:
    // The transport must outlive the client.
    Client(net::Transport *transport, QString baseUrl, QObject *parent = nullptr);
    ~Client() override;

    [[nodiscard]] QString baseUrl() const { return m_baseUrl; }

    void setToken(std::shared_ptr<const crypto::SecureBuffer> token) { m_token = std::move(token); }
    [[nodiscard]] std::shared_ptr<const crypto::SecureBuffer> token() const { return m_token; }

    using SessionEndedHandler = std::function<bool(const ApiFailure &failure)>;
    void setSessionEndedHandler(SessionEndedHandler handler) { m_sessionEnded = std::move(handler); }
    [[nodiscard]] qsizetype parkedCalls() const;
    void resumeParked();
    void cancelParked();

    // What a call sends, beyond its route.
    struct Outgoing
    {
        QString path; // the route's path with its arguments, and any query
        QByteArray body;
        // A body holding a secret (the sign-in), sent instead of `body`.
        std::shared_ptr<const crypto::SecureBuffer> secretBody;
        // Sent with this token rather than the session's, and never parked (the sign-out).
        std::shared_ptr<const crypto::SecureBuffer> fixedToken;
        bool withSession = true; // false: no token at all (health, sign-in)
        // Further request headers (a chunk's X-Chunk-SHA256).
        QList<QPair<QByteArray, QByteArray>> headers = {};
    };

    template <typename Request, typename Answer>
    Call<Answer> *send(const protocol::Route<Request, Answer> &route, Outgoing outgoing)
    {
        auto *call = new Call<Answer>(
            QString::fromLatin1(route.spec.name.data(), static_cast<qsizetype>(route.spec.name.size())),
            this);
        dispatch(call, route.spec, std::move(outgoing));
        return call;
    }
    // A route whose request has a body: the message's JSON.
    template <typename Request, typename Answer>
    Call<Answer> *send(const protocol::Route<Request, Answer> &route,
                       std::initializer_list<QString> arguments, const Request &body,
                       const QString &query = {})
    {
        return send(route, Outgoing{route.path(arguments) + query, body.toJson(), {}, {}, true});
    }
    // A route without a request body.
    template <typename Answer>
    Call<Answer> *send(const protocol::Route<protocol::NoBody, Answer> &route,
                       std::initializer_list<QString> arguments = {}, const QString &query = {})
    {
        return send(route, Outgoing{route.path(arguments) + query, {}, {}, {}, true});
    }

protected:
    // Sends the call and ends it (deliver() or fail()) when the answer comes.
    virtual void dispatch(PendingCall *call, const protocol::RouteSpec &route, Outgoing outgoing);

private:
    class Parking;

    net::Transport *m_transport;
    QString m_baseUrl;
    std::shared_ptr<const crypto::SecureBuffer> m_token;
    SessionEndedHandler m_sessionEnded;
    std::unique_ptr<Parking> m_parking;
};

} // namespace srs::api
