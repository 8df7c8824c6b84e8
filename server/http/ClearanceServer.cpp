#include "ClearanceServer.h"

#include "ApiRoutes.h"
#include "Log.h"
#include "PeerIdentity.h"

#include "services/Accounts.h"
#include "services/Projects.h"
#include "services/Releases.h"
#include "services/Reviews.h"
#include "services/Submissions.h"

#include "protocol/ApiError.h"
#include "protocol/HealthInfo.h"
#include "protocol/Protocol.h"

#include <httplib.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <QElapsedTimer>
#include <QJsonObject>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ListenBacklog = 1024;
thread_local QElapsedTimer t_requestTimer;

QString opensslError()
{
    QString out;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        if (!out.isEmpty())
            out += u"; "_s;
        out += QString::fromLatin1(buf);
    }
    return out;
}

const char *errorCodeForStatus(int status)
{
    switch (status) {
    case 404:
        return protocol::errc::NotFound;
    case 405:
        return protocol::errc::MethodNotAllowed;
    case 413:
        return protocol::errc::PayloadTooLarge;
    case 500:
        return protocol::errc::Internal;
    default:
        return protocol::errc::BadRequest;
    }
}

QString messageForStatus(int status)
{
    switch (status) {
    case 404:
        return u"There is no such route on this server."_s;
    case 413:
        return u"The request is larger than this server accepts."_s;
    case 500:
        return u"The server could not complete the request. It has been logged; try again later."_s;
    default:
        return u"The server could not understand the request."_s;
    }
}

// When the handshake fails on our side (no client certificate, one from another CA, ...),
// OpenSSL sends a fatal alert and cpp-httplib closes the socket at once. With TLS 1.3 the
// client has usually sent its request by then, and closing with unread data resets the
// connection before the client reads the alert: it sees a broken pipe instead of the reason.
// So, after the alert, half-close and drain what the client sends for a short while; the
// client then reliably reads the alert. The refusal is logged with its reason.
void onTlsInfo(const SSL *ssl, int where, int value)
{
    if (!(where & SSL_CB_WRITE_ALERT) || (value >> 8) != SSL3_AL_FATAL || SSL_is_init_finished(ssl))
        return;
    const long verify = SSL_get_verify_result(ssl);
    Log::warning(u"tls-refused"_s,
                 {{u"alert"_s, QString::fromLatin1(SSL_alert_desc_string_long(value))},
                  {u"alert_code"_s, value & 0xff},
                  {u"verify_result"_s, QString::fromLatin1(X509_verify_cert_error_string(verify))}});
    const int fd = SSL_get_fd(ssl);
    if (fd < 0)
        return;
    ::shutdown(fd, SHUT_WR);
    char sink[4096];
    QElapsedTimer waited;
    waited.start();
    qint64 drained = 0;
    while (waited.elapsed() < 500 && drained < 256 * 1024) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(500 - waited.elapsed())) <= 0)
            break;
        const ssize_t n = ::read(fd, sink, sizeof sink);
        if (n <= 0)
            break;
        drained += n;
    }
}

} // namespace

void sendJson(httplib::Response &response, int status, const QByteArray &json)
{
    response.status = status;
    response.set_content(json.constData(), static_cast<size_t>(json.size()), "application/json");
}

void sendError(httplib::Response &response, int status, const char *code, const QString &message)
{
    sendJson(response, status, protocol::ApiError{QString::fromLatin1(code), message}.toJson());
}

ClearanceServer::ClearanceServer(ServerContext &context) : m_context(context), m_config(context.config())
{
    const QByteArray cert = m_config.certificateFile.toLocal8Bit();
    const QByteArray key = m_config.keyFile.toLocal8Bit();
    const QByteArray ca = m_config.deviceCaFile.toLocal8Bit();
    m_http = std::make_unique<httplib::SSLServer>([&](SSL_CTX &ctx) -> bool {
        SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
        SSL_CTX_set_options(&ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE |
                                      SSL_OP_NO_COMPRESSION);
        if (SSL_CTX_use_certificate_chain_file(&ctx, cert.constData()) != 1) {
            m_tlsError =
                u"cannot load the server certificate %1: %2"_s.arg(m_config.certificateFile, opensslError());
            return false;
        }
        if (SSL_CTX_use_PrivateKey_file(&ctx, key.constData(), SSL_FILETYPE_PEM) != 1 ||
            SSL_CTX_check_private_key(&ctx) != 1) {
            m_tlsError = u"cannot load the server key %1 (or it does not match the certificate): %2"_s.arg(
                m_config.keyFile, opensslError());
            return false;
        }
        if (SSL_CTX_load_verify_locations(&ctx, ca.constData(), nullptr) != 1) {
            m_tlsError = u"cannot load the device CA %1: %2"_s.arg(m_config.deviceCaFile, opensslError());
            return false;
        }
        if (STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(ca.constData()))
            SSL_CTX_set_client_CA_list(&ctx, names);
        // A client certificate from the device CA is required, and it must be one issued for
        // client authentication (a server certificate from the same CA is refused).
        SSL_CTX_set_verify(&ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
        SSL_CTX_set_purpose(&ctx, X509_PURPOSE_SSL_CLIENT);
        // Without a session id context, resumed sessions fail with an internal error.
        static const unsigned char sessionContext[] = "srs-clearance-server";
        SSL_CTX_set_session_id_context(&ctx, sessionContext, sizeof sessionContext - 1);
        SSL_CTX_set_info_callback(&ctx, &onTlsInfo);
        return true;
    });
    installHandlers();
    m_accounts = std::make_unique<Accounts>(m_context);
    m_projects = std::make_unique<Projects>(m_context);
    // cpp-httplib tries a method's routes in the order they were added, matching each one's
    // regular expression: the API's (the busiest first) before the health check.
    registerApiRoutes(*this, m_context, *m_accounts, *m_projects);
    m_submissions = std::make_unique<Submissions>(m_context);
    registerSubmissionRoutes(*this, m_context, *m_accounts, *m_submissions);
    m_reviews = std::make_unique<Reviews>(m_context, *m_submissions);
    m_releases = std::make_unique<Releases>(m_context);
    registerReviewRoutes(*this, m_context, *m_accounts, *m_reviews, *m_releases);
    registerBuiltInRoutes();
}

ClearanceServer::~ClearanceServer() = default;

void ClearanceServer::installHandlers()
{
    const int threads = m_config.threads;
    m_http->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    m_http->set_tcp_nodelay(true);
    m_http->set_keep_alive_max_count(static_cast<size_t>(m_config.keepAliveMaxCount));
    m_http->set_keep_alive_timeout(m_config.keepAliveTimeoutSeconds);
    m_http->set_read_timeout(30, 0);
    m_http->set_write_timeout(30, 0);
    m_http->set_payload_max_length(static_cast<size_t>(m_config.maxRequestBytes));
    m_http->set_socket_options([this](int sock) {
        int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        m_listenFd = sock;
    });

    m_http->set_pre_routing_handler([](const httplib::Request &, httplib::Response &) {
        t_requestTimer.start();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    m_http->set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (res.body.empty())
            sendError(res, res.status, errorCodeForStatus(res.status), messageForStatus(res.status));
    });
    m_http->set_exception_handler(
        [](const httplib::Request &req, httplib::Response &res, std::exception_ptr ep) {
            QString what = u"unknown exception"_s;
            try {
                if (ep)
                    std::rethrow_exception(ep);
            } catch (const std::exception &e) {
                what = QString::fromUtf8(e.what());
            } catch (...) {
            }
            Log::error(u"handler-exception"_s,
                       {{u"path"_s, QString::fromStdString(req.path)}, {u"what"_s, what}});
            sendError(res, 500, protocol::errc::Internal, messageForStatus(500));
        });
    m_http->set_logger([](const httplib::Request &req, const httplib::Response &res) {
        if (!Log::isEnabled(LogLevel::Info))
            return; // not even the certificate is parsed for a line nobody will read
        QJsonObject fields{
            {u"method"_s, QString::fromStdString(req.method)},
            {u"path"_s, QString::fromStdString(req.path)},
            {u"status"_s, res.status},
            {u"remote"_s, QString::fromStdString(req.remote_addr)},
            {u"ms"_s, t_requestTimer.isValid() ? double(t_requestTimer.nsecsElapsed()) / 1e6 : 0.0},
        };
        if (const auto id = peerIdentity(req.ssl)) {
            fields.insert(u"device"_s, id->subject);
            fields.insert(u"device_class"_s, domain::deviceClassToString(id->deviceClass));
        }
        Log::info(u"request"_s, fields);
    });
}

void ClearanceServer::addRoute(const char *method, const std::string &path, const std::string &pattern,
                               RouteHandler handler)
{
    m_routes.push_back({method, path});
    auto wrapped = [this, handler = std::move(handler)](const httplib::Request &req, httplib::Response &res) {
        const auto device = peerIdentity(req.ssl);
        if (!device) {
            // The TLS layer already requires a certificate; this is defence in depth.
            sendError(res, 403, protocol::errc::DeviceNotRecognised,
                      u"This device did not present a certificate."_s);
            return;
        }
        handler(RequestContext{req, *device}, res);
        // No read snapshot is kept while the connection waits for its next request.
        m_context.database().finishStatements();
    };
    const std::string m(method);
    if (m == "GET")
        m_http->Get(pattern, wrapped);
    else if (m == "POST")
        m_http->Post(pattern, wrapped);
    else if (m == "PUT")
        m_http->Put(pattern, wrapped);
    else if (m == "DELETE")
        m_http->Delete(pattern, wrapped);
    else if (m == "PATCH")
        m_http->Patch(pattern, wrapped);
    else
        qFatal("ClearanceServer::addRoute: unsupported method %s", method);
}

void ClearanceServer::registerBuiltInRoutes()
{
    const std::string prefix = QString(protocol::ApiPrefix).toStdString();
    addRoute("GET", prefix + "/health", [](const RequestContext &ctx, httplib::Response &res) {
        protocol::HealthInfo health;
        health.serverVersion = QStringLiteral(SRS_VERSION);
        health.apiVersion = protocol::ApiVersion;
        health.device = ctx.device;
        sendJson(res, 200, health.toJson());
    });
}

Status ClearanceServer::bind()
{
    if (!m_http->is_valid())
        return Status::failure(u"tls-setup"_s, m_tlsError.isEmpty() ? u"TLS setup failed"_s : m_tlsError);
    const std::string host = m_config.listenHost.toStdString();
    if (m_config.listenPort == 0) {
        m_port = m_http->bind_to_any_port(host);
        if (m_port <= 0)
            return Status::failure(u"bind"_s, u"cannot listen on %1 (any port)"_s.arg(m_config.listenHost));
    } else {
        if (!m_http->bind_to_port(host, m_config.listenPort))
            return Status::failure(u"bind"_s, u"cannot listen on %1:%2 (in use, or not an address of this "
                                              u"machine)"_s.arg(m_config.listenHost)
                                                  .arg(m_config.listenPort));
        m_port = m_config.listenPort;
    }
    // cpp-httplib listens with a backlog of 5; a burst of connections overflows it.
    if (m_listenFd >= 0)
        ::listen(m_listenFd, ListenBacklog);
    return {};
}

bool ClearanceServer::run()
{
    m_inRun = true;
    bool ok = true;
    if (!m_stopRequested)
        ok = m_http->listen_after_bind();
    m_inRun = false;
    return ok;
}

void ClearanceServer::stop()
{
    m_stopRequested = true;
    // cpp-httplib ignores stop() until its accept loop has started (a signal just after start,
    // or a test that stops at once, was lost and run() never returned). If run() is past its
    // check of m_stopRequested, wait for the loop to start; if not, run() will see the request.
    while (m_inRun && !m_http->is_running())
        std::this_thread::yield();
    m_http->stop();
}

} // namespace srs::server
