#pragma once

// A fake of the clearance server's API for controller tests: answers by route, typed by
// protocol/Routes.h, so a test says what the server answers ("the queue is this", "a vote is
// refused with that") instead of scripting HTTP exchanges in order. It stands under the real
// resource classes (SessionsApi, ReviewsApi, ...) in place of api::Client::dispatch, so every
// resource has its fake through it, and it records what was asked, with the request bodies.
//
// A route with no answer set holds its calls: the test finishes them when it chooses
// (held(route)), to see what a controller does while a call is under way.

#include "FakeTransport.h"

#include "api/Client.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace srs::api::testing {

struct FakeTransportHolder
{
    net::testing::FakeTransport transport;
};

class FakeApi final : private FakeTransportHolder, public Client
{
public:
    FakeApi() : Client(&transport, QStringLiteral("https://server.test")) {}
    ~FakeApi() override { m_answers.clear(); }

    // What a controller sent.
    struct Sent
    {
        QString route; // the route's name
        QString path;  // with its arguments and query
        QByteArray body;
        std::shared_ptr<const crypto::SecureBuffer> token; // the session's token at the time
    };
    QList<Sent> sent;

    // Every call of this route succeeds with `value` (from the event loop, as the server's would).
    template <typename Request, typename Answer>
    void answer(const protocol::Route<Request, Answer> &route, typename Call<Answer>::T value)
    {
        m_answers[nameOf(route.spec)] = succeeding<Answer>(std::move(value));
    }
    // Every call of this route fails with `failure`.
    template <typename Request, typename Answer>
    void fail(const protocol::Route<Request, Answer> &route, const ApiFailure &failure)
    {
        m_answers[nameOf(route.spec)] = [failure](PendingCall *call) { call->fail(failure); };
    }
    // The next call of this route (after any queued before) succeeds with `value`; then the
    // route answers as set with answer()/fail(), or holds its calls.
    template <typename Request, typename Answer>
    void answerOnce(const protocol::Route<Request, Answer> &route, typename Call<Answer>::T value)
    {
        m_once[nameOf(route.spec)].append(succeeding<Answer>(std::move(value)));
    }
    template <typename Request, typename Answer>
    void failOnce(const protocol::Route<Request, Answer> &route, const ApiFailure &failure)
    {
        m_once[nameOf(route.spec)].append([failure](PendingCall *call) { call->fail(failure); });
    }
    // The server refuses: {code, message} with an HTTP status, naming a field if given.
    template <typename Request, typename Answer>
    void refuse(const protocol::Route<Request, Answer> &route, int status, const QString &code,
                const QString &message, const QString &field = {})
    {
        fail(route, refusal(status, code, message, field));
    }
    // Calls of this route are held again (the default).
    template <typename Request, typename Answer>
    void hold(const protocol::Route<Request, Answer> &route)
    {
        m_answers.remove(nameOf(route.spec));
        m_once.remove(nameOf(route.spec));
    }

    // The calls of this route still held, oldest first.
    template <typename Request, typename Answer>
    [[nodiscard]] QList<Call<Answer> *> held(const protocol::Route<Request, Answer> &route)
    {
        QList<Call<Answer> *> out;
        const QString name = nameOf(route.spec);
        for (const auto &[routeName, call] : std::as_const(m_held))
            if (routeName == name && call && !call->isFinished())
                if (auto *typed = dynamic_cast<Call<Answer> *>(call.data()))
                    out.append(typed);
        return out;
    }

    // What was sent to this route, oldest first.
    template <typename Request, typename Answer>
    [[nodiscard]] QList<Sent> sentTo(const protocol::Route<Request, Answer> &route) const
    {
        QList<Sent> out;
        const QString name = nameOf(route.spec);
        for (const Sent &s : sent)
            if (s.route == name)
                out.append(s);
        return out;
    }

    [[nodiscard]] static ApiFailure refusal(int status, const QString &code, const QString &message,
                                            const QString &field = {})
    {
        ApiFailure f;
        f.kind = ApiFailure::Kind::Refused;
        f.httpStatus = status;
        f.serverCode = code;
        f.serverMessage = message;
        f.message = message;
        f.field = field;
        f.detail = QStringLiteral("HTTP %1, %2").arg(status).arg(code);
        return f;
    }
    [[nodiscard]] static ApiFailure unreachable()
    {
        ApiFailure f;
        f.kind = ApiFailure::Kind::Unreachable;
        f.message = QStringLiteral("The clearance server (server.test) could not be reached.");
        return f;
    }

protected:
    void dispatch(PendingCall *call, const protocol::RouteSpec &route, Outgoing outgoing) override
    {
        const QString name = nameOf(route);
        sent.append(
            {name, outgoing.path, outgoing.body, outgoing.withSession ? token() : outgoing.fixedToken});
        std::function<void(PendingCall *)> answer;
        if (auto once = m_once.find(name); once != m_once.end() && !once->isEmpty())
            answer = once->takeFirst();
        else if (const auto found = m_answers.constFind(name); found != m_answers.cend())
            answer = *found;
        if (!answer) {
            m_held.append({name, call});
            return;
        }
        QTimer::singleShot(0, call, [call, answer] { answer(call); });
    }

private:
    // Answers a call with `value`: as the typed answer, or as its JSON for a call that asked for
    // the answer undecoded (Undecoded<Answer>, decoded later on a worker thread).
    template <typename Answer>
    static std::function<void(PendingCall *)> succeeding(typename Call<Answer>::T value)
    {
        return [value = std::move(value)](PendingCall *call) {
            if (auto *typed = dynamic_cast<Call<Answer> *>(call)) {
                typed->succeedWith(value);
                return;
            }
            if constexpr (requires { value.toJson(); }) {
                if (auto *raw = dynamic_cast<Call<Undecoded<Answer>> *>(call)) {
                    raw->succeedWith(value.toJson());
                    return;
                }
            }
            call->fail(
                ApiFailure::badResponse(QStringLiteral("the fake answer is not what the call asked for")));
        };
    }

    [[nodiscard]] static QString nameOf(const protocol::RouteSpec &route)
    {
        return QString::fromLatin1(route.name.data(), static_cast<qsizetype>(route.name.size()));
    }

    QHash<QString, std::function<void(PendingCall *)>> m_answers;
    QHash<QString, QList<std::function<void(PendingCall *)>>> m_once;
    QList<std::pair<QString, QPointer<PendingCall>>> m_held;
};

} // namespace srs::api::testing
