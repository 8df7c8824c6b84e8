#include "CurlTransport.h"

#include "CurlErrors.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QUrl>

#include <curl/curl.h>
#include <openssl/ssl.h>

#include <openssl/crypto.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcNet, "srs.net")

namespace srs::net {
namespace {

struct CurlGlobal
{
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
    ~CurlGlobal() { curl_global_cleanup(); }
};

void ensureCurlInitialised()
{
    static CurlGlobal global;
}

// One transfer in flight: everything curl needs to keep alive until it finishes.
struct Transfer
{
    RequestId id = 0;
    void *worker = nullptr;
    SSL_CTX *sslContext = nullptr; // set only when this transfer opened a new connection
    HttpRequest request;
    QByteArray url;
    QString host;
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    HttpResponse response;
    qint64 maxBytes = 0;
    bool tooLarge = false;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~Transfer()
    {
        if (headers) {
            // Header lines may hold the session token: wipe curl's copies before freeing them.
            for (curl_slist *h = headers; h; h = h->next)
                OPENSSL_cleanse(h->data, std::strlen(h->data));
            curl_slist_free_all(headers);
        }
        if (easy)
            curl_easy_cleanup(easy);
    }
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    if (t->response.body.size() + static_cast<qint64>(n) > t->maxBytes) {
        t->tooLarge = true;
        return 0; // makes curl stop with CURLE_WRITE_ERROR
    }
    t->response.body.append(data, static_cast<qsizetype>(n));
    return n;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(n)).trimmed();
    const int colon = line.indexOf(':');
    if (colon > 0 && line.left(colon).trimmed().toLower() == "content-type")
        t->response.contentType = line.mid(colon + 1).trimmed();
    return n;
}

// OpenSSL 3.0 has no name for TLS 1.3's certificate_required alert; name the ones that matter.
QString tlsAlertName(int alert)
{
    switch (alert) {
    case 40:
        return QStringLiteral("handshake failure");
    case 42:
        return QStringLiteral("bad certificate");
    case 43:
        return QStringLiteral("unsupported certificate");
    case 44:
        return QStringLiteral("certificate revoked");
    case 45:
        return QStringLiteral("certificate expired");
    case 46:
        return QStringLiteral("certificate unknown");
    case 48:
        return QStringLiteral("unknown ca");
    case 116:
        return QStringLiteral("certificate required");
    default:
        return QStringLiteral("alert %1").arg(alert);
    }
}

QByteArray pinList(const QStringList &pins)
{
    QByteArray out;
    for (const QString &p : pins) {
        if (!out.isEmpty())
            out += ';';
        out += "sha256//" + p.trimmed().toLatin1();
    }
    return out;
}

} // namespace

class CurlTransport::Worker
{
public:
    Worker(CurlTransport *owner, crypto::TlsSettings settings)
        : m_owner(owner), m_settings(std::move(settings))
    {
        ensureCurlInitialised();
        m_multi = curl_multi_init();
        // One connection to the server at a time is plenty for a desktop client and keeps
        // the server's per-connection threads free.
        curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, 4L);
        m_pins = pinList(m_settings.pinnedKeys);
        m_thread = std::thread([this] { run(); });
    }

    ~Worker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        curl_multi_wakeup(m_multi);
        m_thread.join();
        for (auto &[easy, t] : m_active)
            curl_multi_remove_handle(m_multi, easy);
        m_active.clear();
        curl_multi_cleanup(m_multi);
    }

    RequestId enqueue(const HttpRequest &request)
    {
        const RequestId id = ++m_nextId;
        {
            std::lock_guard lock(m_mutex);
            m_pending.push_back({id, request});
        }
        curl_multi_wakeup(m_multi);
        return id;
    }

    void cancel(RequestId id)
    {
        {
            std::lock_guard lock(m_mutex);
            m_cancelled.push_back(id);
        }
        curl_multi_wakeup(m_multi);
    }

    const crypto::TlsSettings &settings() const { return m_settings; }

    // curl makes an SSL_CTX for each new connection and calls this with the transfer that
    // opened it. The info callback then records fatal alerts the server sends on it: with
    // TLS 1.3 the refusal of a client certificate is only visible that way. All of this
    // runs on the worker thread.
    static CURLcode onSslContext(CURL *, void *sslContext, void *user)
    {
        auto *t = static_cast<Transfer *>(user);
        auto *ctx = static_cast<SSL_CTX *>(sslContext);
        auto *worker = static_cast<Worker *>(t->worker);
        t->sslContext = ctx;
        worker->m_alerts.erase(ctx); // a new context may reuse a freed one's address
        SSL_CTX_set_app_data(ctx, worker);
        SSL_CTX_set_info_callback(ctx, &Worker::onSslInfo);
        return CURLE_OK;
    }

    static void onSslInfo(const SSL *ssl, int where, int value)
    {
        if (!(where & SSL_CB_READ_ALERT) || (value >> 8) != SSL3_AL_FATAL)
            return;
        SSL_CTX *ctx = SSL_get_SSL_CTX(ssl);
        if (auto *worker = static_cast<Worker *>(SSL_CTX_get_app_data(ctx)))
            worker->m_alerts[ctx] = tlsAlertName(value & 0xff);
    }

private:
    void run()
    {
        for (;;) {
            std::deque<std::pair<RequestId, HttpRequest>> pending;
            std::deque<RequestId> cancelled;
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    return;
                pending.swap(m_pending);
                cancelled.swap(m_cancelled);
            }
            for (auto &[id, request] : pending)
                start(id, std::move(request));
            for (RequestId id : cancelled)
                abort(id);

            int running = 0;
            curl_multi_perform(m_multi, &running);
            int queued = 0;
            while (CURLMsg *msg = curl_multi_info_read(m_multi, &queued)) {
                if (msg->msg == CURLMSG_DONE)
                    complete(msg->easy_handle, msg->data.result);
            }
            curl_multi_poll(m_multi, nullptr, 0, 1000, nullptr);
        }
    }

    void start(RequestId id, HttpRequest request)
    {
        auto t = std::make_unique<Transfer>();
        t->id = id;
        t->request = std::move(request);
        t->url = t->request.url.toUtf8();
        t->host = QUrl(t->request.url).host();
        t->maxBytes = m_settings.maxResponseBytes;
        t->easy = curl_easy_init();
        if (!t->easy) {
            deliver(id, {},
                    NetFailure::make(NetError::ClientConfiguration, t->host,
                                     QStringLiteral("curl_easy_init failed")));
            return;
        }
        CURL *e = t->easy;
        curl_easy_setopt(e, CURLOPT_URL, t->url.constData());
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "https");
        curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!m_settings.caFile.isEmpty()) {
            m_caFile = m_settings.caFile.toLocal8Bit();
            curl_easy_setopt(e, CURLOPT_CAINFO, m_caFile.constData());
            // Trust only the configured authority, not the system's store as well.
            curl_easy_setopt(e, CURLOPT_CAPATH, nullptr);
        }
        if (!m_pins.isEmpty())
            curl_easy_setopt(e, CURLOPT_PINNEDPUBLICKEY, m_pins.constData());
        if (!m_settings.certificateFile.isEmpty()) {
            m_certFile = m_settings.certificateFile.toLocal8Bit();
            curl_easy_setopt(e, CURLOPT_SSLCERT, m_certFile.constData());
            if (m_settings.keyFormat == crypto::KeyFormat::Pkcs12) {
                curl_easy_setopt(e, CURLOPT_SSLCERTTYPE, "P12");
            } else {
                curl_easy_setopt(e, CURLOPT_SSLCERTTYPE, "PEM");
                m_keyFile = m_settings.keyFile.toLocal8Bit();
                curl_easy_setopt(e, CURLOPT_SSLKEY, m_keyFile.constData());
            }
            if (m_settings.keyPassword && !m_settings.keyPassword->isEmpty()) {
                // curl copies the string; the copy lives in curl's handle until cleanup.
                m_password = m_settings.keyPassword->clone();
                m_password.append(QByteArrayView("\0", 1));
                curl_easy_setopt(e, CURLOPT_KEYPASSWD, m_password.constChar());
            }
        }
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_settings.connectTimeoutMs));
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(m_settings.transferTimeoutMs));
        curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(m_settings.maxResponseBytes));
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &onBody);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
        curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &onHeader);
        curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errorBuffer);
        curl_easy_setopt(e, CURLOPT_USERAGENT, "srs-workstation");
        t->worker = this;
        curl_easy_setopt(e, CURLOPT_SSL_CTX_FUNCTION, &Worker::onSslContext);
        curl_easy_setopt(e, CURLOPT_SSL_CTX_DATA, t.get());

        const QByteArray &method = t->request.method;
        if (method == "POST" || method == "PUT" || method == "PATCH" || t->request.hasBody()) {
            // curl sends from our buffer (POSTFIELDS does not copy), which outlives the transfer.
            const QByteArrayView body =
                t->request.secretBody ? t->request.secretBody->view() : QByteArrayView(t->request.body);
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, body.data());
        }
        if (method != "GET" && method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
        else if (method == "GET")
            curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);

        t->headers = curl_slist_append(t->headers, "Accept: application/json");
        const bool ownType =
            std::any_of(t->request.headers.cbegin(), t->request.headers.cend(), [](const auto &h) {
                return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
            });
        if (t->request.hasBody() && !ownType)
            t->headers = curl_slist_append(t->headers, "Content-Type: application/json");
        if (t->request.bearerToken) {
            crypto::SecureBuffer line = crypto::SecureBuffer::fromBytes("Authorization: Bearer ");
            line.append(t->request.bearerToken->view());
            line.append(QByteArrayView("\0", 1));
            t->headers = curl_slist_append(t->headers, line.constChar());
        }
        t->headers = curl_slist_append(t->headers, "Expect:");
        for (const auto &[name, value] : t->request.headers)
            t->headers = curl_slist_append(t->headers, QByteArray(name + ": " + value).constData());
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);

        curl_multi_add_handle(m_multi, e);
        m_active.emplace(e, std::move(t));
    }

    void abort(RequestId id)
    {
        for (auto it = m_active.begin(); it != m_active.end(); ++it) {
            if (it->second->id == id) {
                curl_multi_remove_handle(m_multi, it->first);
                const QString host = it->second->host;
                m_active.erase(it);
                deliver(id, {}, NetFailure::make(NetError::Cancelled, host));
                return;
            }
        }
    }

    void complete(CURL *easy, CURLcode code)
    {
        auto it = m_active.find(easy);
        if (it == m_active.end())
            return;
        std::unique_ptr<Transfer> t = std::move(it->second);
        m_active.erase(it);
        curl_multi_remove_handle(m_multi, easy);

        CurlOutcome o;
        o.curlCode = code;
        o.responseTooLarge = t->tooLarge;
        o.errorBuffer = QString::fromUtf8(t->errorBuffer);
        if (t->sslContext) {
            if (auto alert = m_alerts.find(t->sslContext); alert != m_alerts.end()) {
                o.tlsAlert = alert->second;
                m_alerts.erase(alert);
            }
        }
        curl_easy_getinfo(easy, CURLINFO_SSL_VERIFYRESULT, &o.sslVerifyResult);
        curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &o.osErrno);
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        t->response.status = static_cast<int>(status);
        const NetFailure failure = classifyCurlOutcome(o, t->host);
        if (failure.isFailure()) {
            qCInfo(lcNet).noquote() << "request to" << t->host << "failed:" << netErrorName(failure.error)
                                    << failure.detail;
            t->response.body.clear();
        }
        deliver(t->id, t->response, failure);
    }

    void deliver(RequestId id, const HttpResponse &response, const NetFailure &failure)
    {
        QPointer<CurlTransport> owner(m_owner);
        QMetaObject::invokeMethod(
            m_owner,
            [owner, id, response, failure] {
                if (owner)
                    emit owner->finished(id, response, failure);
            },
            Qt::QueuedConnection);
    }

    CurlTransport *m_owner;
    const crypto::TlsSettings m_settings;
    QByteArray m_pins, m_caFile, m_certFile, m_keyFile;
    crypto::SecureBuffer m_password;
    CURLM *m_multi = nullptr;
    std::map<CURL *, std::unique_ptr<Transfer>> m_active; // worker thread only
    std::map<SSL_CTX *, QString> m_alerts;                // worker thread only
    std::mutex m_mutex;
    std::deque<std::pair<RequestId, HttpRequest>> m_pending;
    std::deque<RequestId> m_cancelled;
    bool m_stopping = false;
    std::atomic<RequestId> m_nextId{0};
    std::thread m_thread;
};

CurlTransport::CurlTransport(crypto::TlsSettings settings, QObject *parent)
    : Transport(parent), m_worker(std::make_unique<Worker>(this, std::move(settings)))
{}

CurlTransport::~CurlTransport() = default;

RequestId CurlTransport::send(const HttpRequest &request)
{
    return m_worker->enqueue(request);
}

void CurlTransport::cancel(RequestId id)
{
    m_worker->cancel(id);
}

const crypto::TlsSettings &CurlTransport::settings() const
{
    return m_worker->settings();
}

} // namespace srs::net
