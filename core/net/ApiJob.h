#pragma once

#include "HttpTypes.h"
#include "NetError.h"

#include "crypto/SecureBuffer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace srs::net {

class Transport;
class ApiJob;

// Signs a job's requests with the session token, and keeps jobs that the server refused
// because the session ended, to send them again once the person has signed in again.
class Authoriser
{
public:
    virtual ~Authoriser();
    // Null when there is no session (the request goes without one, and the server refuses it).
    [[nodiscard]] virtual std::shared_ptr<const crypto::SecureBuffer> token() const = 0;
    // The server answered 401 because the session ended. Return true to keep the job: the
    // authoriser then calls start() again later, or cancel() to give up.
    virtual bool parkUntilSignedIn(ApiJob *job, const NetFailure &failure) = 0;
};

// One call to the clearance server's API: builds the request, sends it through a Transport,
// turns an error status into a NetFailure carrying the server's {code, message}, and hands a
// success to the subclass to decode. A job runs once; it emits exactly one of its subclass's
// success signal or failed(), then finished().
//
// A request that may be sent again (HttpRequest::resendable: a read, or a write carrying an
// Idempotency-Key) whose connection breaks before the answer arrives is sent again, unchanged,
// up to twice, after a short pause: behind a load balancer the new connection reaches a server
// instance that is up. So is one answered 503 service-unavailable (the server could not reach its
// database for a moment, and did nothing), after a second and then two.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(Transport *transport, QString baseUrl, QObject *parent = nullptr);
    ~ApiJob() override;

    // Requests then carry the session token; the authoriser must outlive the job.
    void setAuthoriser(Authoriser *authoriser) { m_authoriser = authoriser; }

    // How many times a request is sent in all when its connections keep breaking.
    static constexpr int MaxAttempts = 3;

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    void failed(const srs::net::NetFailure &failure);
    void finished();

protected:
    [[nodiscard]] virtual HttpRequest buildRequest() const = 0;
    // Decode a 2xx answer and emit the success signal; return a failure if it cannot be read.
    [[nodiscard]] virtual NetFailure handleSuccess(const HttpResponse &response) = 0;

    [[nodiscard]] QString urlFor(QStringView path) const;
    [[nodiscard]] QString host() const;

private:
    void send();
    void onFinished(RequestId id, const HttpResponse &response, const NetFailure &failure);
    void finish(const NetFailure &failure);
    // Sends the request again after `milliseconds` when it may be and attempts are left.
    bool resendLater(int milliseconds);

    QPointer<Transport> m_transport;
    Authoriser *m_authoriser = nullptr;
    QString m_baseUrl;
    RequestId m_id = 0;
    bool m_running = false;
    bool m_parked = false;      // refused for an ended session, held by the authoriser
    int m_attempts = 0;         // of this start()
    QTimer *m_resend = nullptr; // while waiting to send the request again
};

} // namespace srs::net
