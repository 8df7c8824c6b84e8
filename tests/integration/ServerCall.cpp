#include "ServerCall.h"

#include "ServerProcess.h"

#include "crypto/Totp.h"

#include <QDateTime>
#include <QJsonDocument>

#include <curl/curl.h>

#include <algorithm>

namespace srs::testing {

namespace {
size_t collect(char *data, size_t size, size_t n, void *out)
{
    static_cast<QByteArray *>(out)->append(data, static_cast<qsizetype>(size * n));
    return size * n;
}

size_t collectHeader(char *data, size_t size, size_t n, void *out)
{
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * n)).trimmed();
    if (const qsizetype colon = line.indexOf(':'); colon > 0)
        static_cast<QHash<QByteArray, QByteArray> *>(out)->insert(line.left(colon).trimmed().toLower(),
                                                                  line.mid(colon + 1).trimmed());
    return size * n;
}

QString certificateName(Device device)
{
    switch (device) {
    case Device::Laptop:
        return QStringLiteral("laptop");
    case Device::LaptopTwin:
        return QStringLiteral("laptop-twin");
    case Device::RevokedLaptop:
        return QStringLiteral("revoked-laptop");
    case Device::DupOrg:
        return QStringLiteral("dup-org");
    case Device::SafeRoom:
    case Device::None:
        break;
    }
    return QStringLiteral("safe-room");
}
} // namespace

Connection::Connection() : m_curl(curl_easy_init()) {}

Connection::~Connection()
{
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

Reply callServer(int port, const QByteArray &method, const QString &path, const QByteArray &body,
                 const QString &token, Device device, Connection *connection, const QList<QByteArray> &extra)
{
    Reply reply;
    CURL *curl = connection ? static_cast<CURL *>(connection->m_curl) : curl_easy_init();
    const QByteArray url = QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(path).toUtf8();
    const QByteArray ca = ServerProcess::pkiFile(QStringLiteral("ca.crt")).toLocal8Bit();
    const QString name = certificateName(device);
    const QByteArray cert = ServerProcess::pkiFile(name + QStringLiteral(".crt")).toLocal8Bit();
    const QByteArray key = ServerProcess::pkiFile(name + QStringLiteral(".key")).toLocal8Bit();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    if (device != Device::None) {
        curl_easy_setopt(curl, CURLOPT_SSLCERT, cert.constData());
        curl_easy_setopt(curl, CURLOPT_SSLKEY, key.constData());
    }
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
    const QByteArray source =
        connection && !connection->m_source.isEmpty() ? "host!" + connection->m_source : QByteArray();
    if (!source.isEmpty())
        curl_easy_setopt(curl, CURLOPT_INTERFACE, source.constData());
    if (!body.isNull()) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
    curl_slist *headers = nullptr;
    if (!std::any_of(extra.cbegin(), extra.cend(),
                     [](const QByteArray &h) { return h.toLower().startsWith("content-type:"); }))
        headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Expect:");
    for (const QByteArray &h : extra)
        headers = curl_slist_append(headers, h.constData());
    const QByteArray auth = "Authorization: Bearer " + token.toLatin1();
    if (!token.isEmpty())
        headers = curl_slist_append(headers, auth.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &collectHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &reply.headers);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    if (curl_easy_perform(curl) == CURLE_OK) {
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        reply.status = static_cast<int>(status);
        long connects = 0;
        curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &connects);
        reply.newConnection = connects > 0;
    }
    curl_slist_free_all(headers);
    if (!connection)
        curl_easy_cleanup(curl);
    reply.json = QJsonDocument::fromJson(reply.body).object();
    return reply;
}

QString signInPersona(const ServerProcess &server, const QString &username)
{
    auto secret = crypto::base32Decode(server.totpSecret(username).toLatin1());
    if (!secret)
        return {};
    crypto::Totp totp(std::move(*secret));
    const QByteArray code = totp.codeForStep(totp.stepAt(QDateTime::currentSecsSinceEpoch()));
    const Reply r = callServer(
        server.port(), "POST", QStringLiteral("/api/v1/sessions"),
        QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                  {QStringLiteral("password"), QString(QStringLiteral("demo-") + username)},
                                  {QStringLiteral("totp_code"), QString::fromLatin1(code)}})
            .toJson(QJsonDocument::Compact));
    return r.json.value(QStringLiteral("token")).toString();
}

} // namespace srs::testing
