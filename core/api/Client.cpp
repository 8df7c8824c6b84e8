#include "Client.h"

#include "NetFailureConversion.h"

#include "crypto/Crypto.h"
#include "net/ApiCall.h"
#include "net/Transport.h"

#include <QPointer>

namespace srs::api {

ApiFailure toApiFailure(const net::NetFailure &failure)
{
    using E = net::NetError;
    using K = ApiFailure::Kind;
    ApiFailure f;
    switch (failure.error) {
    case E::None:
        f.kind = K::None;
        break;
    case E::Unreachable:
        f.kind = K::Unreachable;
        break;
    case E::TimedOut:
        f.kind = K::TimedOut;
        break;
    case E::TlsFailed:
        f.kind = K::TlsFailed;
        break;
    case E::ServerCertificateUntrusted:
        f.kind = K::ServerCertificateUntrusted;
        break;
    case E::ServerCertificateExpired:
        f.kind = K::ServerCertificateExpired;
        break;
    case E::PinMismatch:
        f.kind = K::PinMismatch;
        break;
    case E::CertificateRejected:
        f.kind = K::CertificateRejected;
        break;
    case E::ClientConfiguration:
        f.kind = K::ClientConfiguration;
        break;
    case E::ResponseTooLarge:
        f.kind = K::ResponseTooLarge;
        break;
    case E::HttpError:
        f.kind = K::Refused;
        break;
    case E::BadResponse:
        f.kind = K::BadResponse;
        break;
    case E::Cancelled:
        f.kind = K::Cancelled;
        break;
    }
    f.message = failure.message;
    f.detail = failure.detail;
    f.httpStatus = failure.httpStatus;
    f.serverCode = failure.serverCode;
    // The job puts the server's own message in `message` when the server sent {code, message}.
    if (!failure.serverCode.isEmpty())
        f.serverMessage = failure.message;
    f.field = failure.field;
    f.details = failure.details;
    return f;
}

// Signs the jobs with the session's token, and holds those refused because the session ended.
class Client::Parking final : public net::Authoriser
{
public:
    explicit Parking(Client *client) : m_client(client) {}

    std::shared_ptr<const crypto::SecureBuffer> token() const override { return m_client->m_token; }

    bool parkUntilSignedIn(net::ApiJob *job, const net::NetFailure &failure) override
    {
        if (!m_client->m_sessionEnded || !m_client->m_sessionEnded(toApiFailure(failure)))
            return false;
        m_parked.append(job);
        return true;
    }

    qsizetype size()
    {
        m_parked.removeIf([](const QPointer<net::ApiJob> &job) { return job.isNull(); });
        return m_parked.size();
    }

    void resume()
    {
        const auto parked = std::exchange(m_parked, {});
        for (const QPointer<net::ApiJob> &job : parked)
            if (job)
                job->start();
    }

    void cancel()
    {
        const auto parked = std::exchange(m_parked, {});
        for (const QPointer<net::ApiJob> &job : parked)
            if (job)
                job->cancel();
    }

    // Jobs signed through this parking, to be let go when the client goes.
    void track(net::ApiJob *job)
    {
        m_signed.removeIf([](const QPointer<net::ApiJob> &j) { return j.isNull(); });
        m_signed.append(job);
        job->setAuthoriser(this);
    }

    // The client is going: no job may call back into it.
    void release()
    {
        for (const QPointer<net::ApiJob> &job : std::as_const(m_signed))
            if (job)
                job->setAuthoriser(nullptr);
        m_signed.clear();
        m_parked.clear();
    }

    // A job given up on (cancelled while held) is no longer held.
    void forget(net::ApiJob *job)
    {
        m_parked.removeIf([job](const QPointer<net::ApiJob> &held) { return held.isNull() || held == job; });
    }

private:
    Client *m_client;
    QList<QPointer<net::ApiJob>> m_parked;
    QList<QPointer<net::ApiJob>> m_signed;
};

Client::Client(net::Transport *transport, QString baseUrl, QObject *parent)
    : QObject(parent), m_transport(transport), m_baseUrl(std::move(baseUrl)),
      m_parking(std::make_unique<Parking>(this))
{}

Client::~Client()
{
    m_parking->release();
    // The calls still under way go now, while the parking they report to is still here.
    const QList<PendingCall *> calls = findChildren<PendingCall *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

qsizetype Client::parkedCalls() const
{
    return m_parking->size();
}

void Client::resumeParked()
{
    m_parking->resume();
}

void Client::cancelParked()
{
    m_parking->cancel();
}

void Client::dispatch(PendingCall *call, const protocol::RouteSpec &route, Outgoing outgoing)
{
    net::HttpRequest request;
    request.method = QByteArray(route.method.data(), static_cast<qsizetype>(route.method.size()));
    request.url = outgoing.path;
    request.body = std::move(outgoing.body);
    request.secretBody = std::move(outgoing.secretBody);
    request.bearerToken = std::move(outgoing.fixedToken);
    request.headers = std::move(outgoing.headers);
    // Reads may be sent again when a connection breaks; writes only when the server recognises
    // a second sending by its Idempotency-Key (the key is the call's, the same each time).
    request.resendable = request.method == "GET" || route.idempotencyKey;
    if (route.idempotencyKey)
        request.headers.append({"Idempotency-Key", crypto::randomBytes(24).toHex()});
    // The job is the call's child: it goes with the call, and its transfer with it.
    auto *job = new net::ApiCall(m_transport, m_baseUrl, std::move(request), call);
    if (outgoing.withSession && !job->request().bearerToken)
        m_parking->track(job);
    connect(job, &net::ApiCall::succeeded, call,
            [call](const net::HttpResponse &response) { call->deliver(response.body); });
    connect(job, &net::ApiJob::failed, call,
            [call](const net::NetFailure &failure) { call->fail(toApiFailure(failure)); });
    connect(job, &net::ApiJob::finished, this, [this, job] { m_parking->forget(job); });
    call->setAbort([job] { job->cancel(); });
    job->start();
}

} // namespace srs::api
