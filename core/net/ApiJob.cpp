#include "ApiJob.h"

#include "Transport.h"

#include "protocol/ApiError.h"

#include <QCoreApplication>
#include <QUrl>

namespace srs::net {

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
    m_id = m_transport->send(buildRequest());
}

void ApiJob::cancel()
{
    if (m_running && m_transport)
        m_transport->cancel(m_id);
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
        finish(failure);
        return;
    }
    if (response.status < 200 || response.status >= 300) {
        NetFailure f = NetFailure::make(NetError::HttpError, host());
        f.httpStatus = response.status;
        if (const auto apiError = protocol::ApiError::fromJson(response.body)) {
            f.serverCode = apiError->code;
            f.message = apiError->message;
            f.detail = QStringLiteral("HTTP %1, %2").arg(response.status).arg(apiError->code);
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
    const NetFailure decodeFailure = handleSuccess(response);
    if (decodeFailure.isFailure())
        emit failed(decodeFailure);
    emit finished();
}

void ApiJob::finish(const NetFailure &failure)
{
    m_running = false;
    emit failed(failure);
    emit finished();
}

} // namespace srs::net
