#include "ApiJob.h"

#include "Transport.h"

#include "protocol/ApiError.h"

#include <QCoreApplication>
#include <QUrl>

namespace srs::net {

Authoriser::~Authoriser() = default;

ApiJob::ApiJob(Transport *transport, QString baseUrl, QObject *parent)
    : QObject(parent), m_transport(transport), m_baseUrl(std::move(baseUrl))
{
    while (m_baseUrl.endsWith(QLatin1Char('/')))
        m_baseUrl.chop(1);
    connect(transport, &Transport::finished, this, &ApiJob::onFinished);
}

ApiJob::~ApiJob()
{
    if (m_running && m_transport)
        m_transport->cancel(m_id);
}

void ApiJob::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_parked = false;
    m_attempts = 0;
    send();
}

void ApiJob::send()
{
    ++m_attempts;
    HttpRequest request = buildRequest();
    if (m_authoriser)
        request.bearerToken = m_authoriser->token();
    m_id = m_transport->send(request);
}

void ApiJob::cancel()
{
    if (m_running && m_resend && m_resend->isActive()) {
        m_resend->stop();
        finish(NetFailure::make(NetError::Cancelled, host()));
        return;
    }
    if (m_running && m_transport)
        m_transport->cancel(m_id);
    else if (!m_running && m_parked) // waiting for a new session that will not come
        finish(NetFailure::make(NetError::Cancelled, host()));
}

QString ApiJob::urlFor(QStringView path) const
{
    return m_baseUrl + path;
}

QString ApiJob::host() const
{
    return QUrl(m_baseUrl).host();
}

void ApiJob::onFinished(RequestId id, const HttpResponse &response, const NetFailure &failure)
{
    if (!m_running || id != m_id)
        return;
    if (failure.isFailure()) {
        if (failure.connectionLost && resendLater(m_attempts == 1 ? 250 : 1000))
            return;
        finish(failure);
        return;
    }
    if (response.status < 200 || response.status >= 300) {
        NetFailure f = NetFailure::make(NetError::HttpError, host());
        f.httpStatus = response.status;
        if (const auto apiError = protocol::ApiError::fromJson(response.body)) {
            f.serverCode = apiError->code;
            f.message = apiError->message;
            f.field = apiError->field;
            f.details = apiError->details;
            f.detail = QStringLiteral("HTTP %1, %2").arg(response.status).arg(apiError->code);
            // The server could not reach its database for a moment (a restart): nothing was done,
            // and it reconnects by itself, so a request that may be sent again is, after a pause.
            if (response.status == 503 &&
                f.serverCode == QLatin1StringView(protocol::errc::ServiceUnavailable) &&
                resendLater(m_attempts == 1 ? 1000 : 2000))
                return;
            // A disabled account ends the session too: the person is thrown out at once, with
            // the server's reason, whatever they were doing.
            const bool sessionEnded = (response.status == 401 &&
                                       (f.serverCode == QLatin1StringView(protocol::errc::SessionExpired) ||
                                        f.serverCode == QLatin1StringView(protocol::errc::NotSignedIn))) ||
                                      (response.status == 403 &&
                                       f.serverCode == QLatin1StringView(protocol::errc::AccountDisabled));
            if (sessionEnded && m_authoriser) {
                m_running = false;
                m_parked = true;
                if (m_authoriser->parkUntilSignedIn(this, f))
                    return;
                m_parked = false;
            }
        } else {
            f.message = QCoreApplication::translate("srs::net",
                                                    "The clearance server refused the request (HTTP %1). Try "
                                                    "again; if it keeps happening, contact research support.")
                            .arg(response.status);
            f.detail = QStringLiteral("HTTP %1 without an error body").arg(response.status);
        }
        finish(f);
        return;
    }
    m_running = false;
    m_parked = false;
    const NetFailure decodeFailure = handleSuccess(response);
    if (decodeFailure.isFailure())
        emit failed(decodeFailure);
    emit finished();
}

bool ApiJob::resendLater(int milliseconds)
{
    if (m_attempts >= MaxAttempts || !m_transport || !buildRequest().resendable)
        return false;
    if (!m_resend) {
        m_resend = new QTimer(this);
        m_resend->setSingleShot(true);
        connect(m_resend, &QTimer::timeout, this, [this] {
            if (m_running && m_transport)
                send();
        });
    }
    m_resend->start(milliseconds);
    return true;
}

void ApiJob::finish(const NetFailure &failure)
{
    m_running = false;
    m_parked = false;
    emit failed(failure);
    emit finished();
}

} // namespace srs::net
