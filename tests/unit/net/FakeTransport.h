#pragma once

#include "net/Transport.h"

#include <QList>
#include <QTimer>

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

    RequestId send(const HttpRequest &request) override
    {
        requests.append(request);
        const RequestId id = ++m_next;
        const Answer answer = m_answers.isEmpty() ? Answer{{}, NetFailure::make(NetError::Unreachable, {})}
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
    QList<RequestId> m_cancelled;
    RequestId m_next = 0;
};

} // namespace srs::net::testing
