#pragma once

#include "net/Transport.h"

#include <QHash>
#include <QList>
#include <QTimer>
#include <QUrl>

namespace srs::net::testing {

// A Transport that answers from a script: each send() takes the next scripted answer and
// delivers it from the event loop, as the real transport does.
class FakeTransport final : public Transport
{
public:
    struct Answer
    {
        HttpResponse response;
        NetFailure failure;
    };

    void queueResponse(int status, const QByteArray &body)
    {
        m_answers.append({HttpResponse{status, "application/json", body}, {}});
    }
    void queueFailure(NetError error, const QString &detail = {})
    {
        m_answers.append({{}, NetFailure::make(error, QStringLiteral("server.test"), detail)});
    }
    // The connection broke before the answer (a server instance killed mid-request).
    void queueConnectionLost()
    {
        NetFailure f = NetFailure::make(NetError::Unreachable, QStringLiteral("server.test"),
                                        QStringLiteral("curl error 56: Connection reset by peer"));
        f.connectionLost = true;
        m_answers.append({{}, f});
    }

    // Answers every request with this method whose path (the url after the server's address,
    // without the query) is `path`, before the script is consulted: for parts that ask in an
    // order of their own. A later route for the same request replaces an earlier one.
    void route(const QByteArray &method, const QString &path, int status, const QByteArray &body)
    {
        m_routes.insert(method + ' ' + path.toUtf8(), {HttpResponse{status, "application/json", body}, {}});
    }
    void routeFailure(const QByteArray &method, const QString &path, NetError error)
    {
        m_routes.insert(method + ' ' + path.toUtf8(),
                        {{}, NetFailure::make(error, QStringLiteral("server.test"))});
    }

    RequestId send(const HttpRequest &request) override
    {
        requests.append(request);
        const RequestId id = ++m_next;
        const QString path = QUrl(request.url).path();
        const auto routed = m_routes.constFind(request.method + ' ' + path.toUtf8());
        const Answer answer = routed != m_routes.cend() ? *routed
                              : m_answers.isEmpty() ? Answer{{}, NetFailure::make(NetError::Unreachable, {})}
                                                    : m_answers.takeFirst();
        QTimer::singleShot(0, this, [this, id, answer] {
            if (!m_cancelled.contains(id))
                emit finished(id, answer.response, answer.failure);
        });
        return id;
    }
    void cancel(RequestId id) override
    {
        m_cancelled.append(id);
        emit finished(id, {}, NetFailure::make(NetError::Cancelled, {}));
    }

    QList<HttpRequest> requests;

private:
    QList<Answer> m_answers;
    QHash<QByteArray, Answer> m_routes;
    QList<RequestId> m_cancelled;
    RequestId m_next = 0;
};

} // namespace srs::net::testing
