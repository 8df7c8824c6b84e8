#pragma once

#include "ApiFailure.h"
#include "Codec.h"

#include <QObject>

#include <functional>
#include <type_traits>
#include <utility>

namespace srs::api {

// One call to the clearance server, under way. It ends once: succeeded() (the answer decoded)
// or failed() with one ApiFailure, then finished(); then it deletes itself (later, from the event
// loop). cancel() ends it at once with a Cancelled failure, and nothing that arrives afterwards is
// delivered. The typed answer is in Call<T>.
//
// onSucceeded()/onFailed()/onFinished() connect a handler that runs only while `context` lives;
// onFailed() handlers do not hear of a cancellation (whoever cancelled knows).
class PendingCall : public QObject
{
    Q_OBJECT
public:
    ~PendingCall() override;

    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // The route's name ("review-queue"), for logs and tests.
    [[nodiscard]] QString routeName() const { return m_routeName; }

    template <typename F>
    QMetaObject::Connection onFailed(QObject *context, F &&handler)
    {
        return connect(this, &PendingCall::failed, context,
                       [handler = std::forward<F>(handler)](const ApiFailure &failure) mutable {
                           if (!failure.isCancelled())
                               handler(failure);
                       });
    }
    template <typename F>
    QMetaObject::Connection onFinished(QObject *context, F &&handler)
    {
        return connect(this, &PendingCall::finished, context, std::forward<F>(handler));
    }

    // Ends the call with this failure (for the client and for test fakes).
    void fail(const ApiFailure &failure);
    // Hands over the answer's body to decode (for the client).
    void deliver(const QByteArray &body);
    // How to stop the transfer under way, called once by cancel().
    void setAbort(std::function<void()> abort) { m_abort = std::move(abort); }

signals:
    void succeeded();
    void failed(const srs::api::ApiFailure &failure);
    void finished();

protected:
    PendingCall(QString routeName, QObject *parent);
    // Decodes the body into the value; an error message when it cannot.
    [[nodiscard]] virtual QString decode(const QByteArray &body) = 0;
    void succeed();

private:
    QString m_routeName;
    std::function<void()> m_abort;
    bool m_finished = false;
};

// A call whose answer is a T, the answer type its route names (protocol::NoBody for an answer
// without one; a QByteArray for protocol::FileBytes and protocol::JsonDocumentBytes).
template <typename Answer>
class Call final : public PendingCall
{
public:
    using T = typename Codec<Answer>::Value;

    Call(QString routeName, QObject *parent) : PendingCall(std::move(routeName), parent) {}

    // The answer, once succeeded() has been emitted.
    [[nodiscard]] const T &value() const { return m_value; }

    // `handler(const T &)` (or `handler()`) runs on success while `context` lives.
    template <typename F>
    QMetaObject::Connection onSucceeded(QObject *context, F &&handler)
    {
        return connect(this, &PendingCall::succeeded, context,
                       [this, handler = std::forward<F>(handler)]() mutable {
                           if constexpr (std::is_invocable_v<F &, const T &>)
                               handler(m_value);
                           else
                               handler();
                       });
    }

    // Ends the call with this answer (for test fakes; the client decodes it from the body).
    void succeedWith(T value)
    {
        if (isFinished())
            return;
        m_value = std::move(value);
        succeed();
    }

protected:
    QString decode(const QByteArray &body) override
    {
        auto decoded = Codec<Answer>::decode(body);
        if (!decoded.ok())
            return decoded.error().message;
        m_value = std::move(decoded).value();
        return {};
    }

private:
    T m_value{};
};

} // namespace srs::api
