#pragma once

#include "HttpTypes.h"
#include "NetError.h"

#include <QObject>
#include <QPointer>

namespace srs::net {

class Transport;

// One call to the clearance server's API: builds the request, sends it through a Transport,
// turns an error status into a NetFailure carrying the server's {code, message}, and hands a
// success to the subclass to decode. A job runs once; it emits exactly one of its subclass's
// success signal or failed(), then finished().
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(Transport *transport, QString baseUrl, QObject *parent = nullptr);
    ~ApiJob() override;

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
    void onFinished(RequestId id, const HttpResponse &response, const NetFailure &failure);
    void finish(const NetFailure &failure);

    QPointer<Transport> m_transport;
    QString m_baseUrl;
    RequestId m_id = 0;
    bool m_running = false;
};

} // namespace srs::net
