// The real server's HTTP front under abuse: bodies it refuses before reading them, oversized
// heads, idle and half-open connections that must not keep a real request waiting, the
// per-source connection limit, slow senders, the TLS cipher suites, and a client that just goes
// away not being logged as a TLS refusal. Each is written as the attack. Waits are functional
// timeouts only (a hung server fails the test); nothing here measures time.
#include "ServerProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <memory>
#include <vector>

using srs::testing::ServerProcess;

namespace {

constexpr int FunctionalTimeoutMs = 15'000;

int connectTcp(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    timeval tv{FunctionalTimeoutMs / 1000, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    return fd;
}

// True when the server has closed (or reset) the connection: a read sees the end, or fails.
bool closedByServer(int fd)
{
    char buf[4096];
    for (;;) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n == 0)
            return true;
        if (n < 0)
            return errno != EAGAIN; // EAGAIN: the functional timeout ran out
    }
}

// A blocking mutual-TLS client over its own socket, with the test PKI's laptop certificate.
class TlsClient
{
public:
    explicit TlsClient(int port, const char *ciphers = nullptr, bool tls12Only = false)
    {
        m_ctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_load_verify_locations(m_ctx, qPrintable(ServerProcess::pkiFile(QStringLiteral("ca.crt"))),
                                      nullptr);
        SSL_CTX_use_certificate_file(m_ctx, qPrintable(ServerProcess::pkiFile(QStringLiteral("laptop.crt"))),
                                     SSL_FILETYPE_PEM);
        SSL_CTX_use_PrivateKey_file(m_ctx, qPrintable(ServerProcess::pkiFile(QStringLiteral("laptop.key"))),
                                    SSL_FILETYPE_PEM);
        SSL_CTX_set_verify(m_ctx, SSL_VERIFY_PEER, nullptr);
        if (tls12Only)
            SSL_CTX_set_max_proto_version(m_ctx, TLS1_2_VERSION);
        if (ciphers)
            SSL_CTX_set_cipher_list(m_ctx, ciphers);
        m_fd = connectTcp(port);
        if (m_fd < 0)
            return;
        m_ssl = SSL_new(m_ctx);
        SSL_set_fd(m_ssl, m_fd);
        m_connected = SSL_connect(m_ssl) == 1;
        ERR_clear_error();
    }
    ~TlsClient()
    {
        if (m_ssl)
            SSL_free(m_ssl);
        if (m_fd >= 0)
            ::close(m_fd);
        SSL_CTX_free(m_ctx);
    }
    TlsClient(const TlsClient &) = delete;
    TlsClient &operator=(const TlsClient &) = delete;

    [[nodiscard]] bool connected() const { return m_connected; }
    [[nodiscard]] int fd() const { return m_fd; }

    bool send(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const int n = SSL_write(m_ssl, bytes.constData() + done, static_cast<int>(bytes.size() - done));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }

    // Reads one response (head and Content-Length body); empty if the connection ended first.
    QByteArray readResponse()
    {
        QByteArray in;
        char buf[4096];
        for (;;) {
            const qsizetype headEnd = in.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const qsizetype at = in.toLower().indexOf("content-length:");
                const qsizetype length =
                    at < 0 ? 0 : in.mid(at + 15, in.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
                if (in.size() >= headEnd + 4 + length)
                    return in.left(headEnd + 4 + length);
            }
            const int n = SSL_read(m_ssl, buf, sizeof buf);
            if (n <= 0)
                return {};
            in.append(buf, n);
        }
    }

    // Whether the server has ended the TLS connection (close_notify, end of stream or reset).
    bool closedByServer()
    {
        char buf[4096];
        for (;;) {
            const int n = SSL_read(m_ssl, buf, sizeof buf);
            if (n > 0)
                continue;
            const int e = SSL_get_error(m_ssl, n);
            ERR_clear_error();
            return e == SSL_ERROR_ZERO_RETURN || e == SSL_ERROR_SSL ||
                   (e == SSL_ERROR_SYSCALL && errno != EAGAIN);
        }
    }

private:
    SSL_CTX *m_ctx = nullptr;
    SSL *m_ssl = nullptr;
    int m_fd = -1;
    bool m_connected = false;
};

int statusOf(const QByteArray &response)
{
    if (!response.startsWith("HTTP/1.1 "))
        return 0;
    return response.mid(9, 3).toInt();
}

QString codeOf(const QByteArray &response)
{
    const QByteArray body = response.mid(response.indexOf("\r\n\r\n") + 4);
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("code")).toString();
}

QByteArray healthRequest()
{
    return "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

bool healthAnswered(int port)
{
    TlsClient client(port);
    return client.connected() && client.send(healthRequest()) && statusOf(client.readResponse()) == 200;
}

} // namespace

class TestHttpAbuse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        std::signal(SIGPIPE, SIG_IGN); // writing to a connection the server closed is the point
        QVERIFY2(QFile::exists(ServerProcess::pkiFile(QStringLiteral("ca.crt"))),
                 "run the test_pki_setup test first");
    }

    // A chunked body is refused as soon as its head arrives (411, JSON), and the connection is
    // closed while the client is still sending: the server never reads the body it refused.
    void chunkedBodyRefusedBeforeItIsRead()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TlsClient client(server.port());
        QVERIFY(client.connected());
        QVERIFY(client.send("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n"));
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n";
        QVERIFY(client.send(chunk)); // one 64 KiB chunk of a body that never ends
        const QByteArray response = client.readResponse();
        QCOMPARE(statusOf(response), 411);
        QCOMPARE(codeOf(response), QStringLiteral("length-required"));
        // Keep sending, up to 64 MiB: the server has closed the connection long before.
        bool sendFailed = false;
        for (int i = 0; i < 1024 && !sendFailed; ++i)
            sendFailed = !client.send(chunk);
        QVERIFY(sendFailed || client.closedByServer());
    }

    void compressedBodyRefused()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        for (const char *encoding : {"gzip", "br", "deflate"}) {
            TlsClient client(server.port());
            QVERIFY(client.connected());
            QVERIFY(
                client.send(QByteArray("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n"
                                       "Content-Encoding: ") +
                            encoding + "\r\n\r\n"));
            const QByteArray response = client.readResponse();
            QCOMPARE(statusOf(response), 415);
            QCOMPARE(codeOf(response), QStringLiteral("unsupported-content-encoding"));
        }
    }

    // A Content-Length over max_request_bytes: 413 before a byte of the body is sent.
    void declaredLengthOverTheLimit()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TlsClient client(server.port());
        QVERIFY(client.connected());
        QVERIFY(client.send("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 5242880\r\n\r\n"));
        const QByteArray response = client.readResponse();
        QCOMPARE(statusOf(response), 413);
        QCOMPARE(codeOf(response), QStringLiteral("payload-too-large"));
    }

    // "Expect: 100-continue" is met once by the front, and the request then reaches its route.
    void expectContinueIsAnsweredOnce()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TlsClient client(server.port());
        QVERIFY(client.connected());
        const QByteArray body = R"({"username":"nobody","password":"x","totp_code":"000000"})";
        QVERIFY(client.send("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Expect: 100-continue\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n"));
        QCOMPARE(client.readResponse(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        QVERIFY(client.send(body));
        const QByteArray response = client.readResponse();
        QCOMPARE(statusOf(response), 401); // the sign-in route answered
        QCOMPARE(codeOf(response), QStringLiteral("bad-credentials"));
    }

    // Requests sent back to back on one connection are answered in order.
    void pipelinedRequestsAreAnsweredInOrder()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TlsClient client(server.port());
        QVERIFY(client.connected());
        QVERIFY(client.send(healthRequest() + "GET /api/v1/nowhere HTTP/1.1\r\nHost: x\r\n\r\n" +
                            healthRequest()));
        QCOMPARE(statusOf(client.readResponse()), 200);
        QCOMPARE(statusOf(client.readResponse()), 404);
        QCOMPARE(statusOf(client.readResponse()), 200);
    }

    // A kept connection's next request is read and checked as its first was, whatever its shape
    // and whenever it comes: back to back, in two parts, with Expect, long after, refused.
    void aKeptConnectionsNextRequestIsReadWhateverItsShape()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TlsClient client(server.port());
        QVERIFY(client.connected());
        const QByteArray body = R"({"username":"nobody","password":"x","totp_code":"000000"})";
        const QByteArray signIn =
            "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n";
        for (int i = 0; i < 3; ++i) { // back to back: complete requests, with and without a body
            QVERIFY(client.send(healthRequest()));
            QCOMPARE(statusOf(client.readResponse()), 200);
            QVERIFY(client.send(signIn + body));
            QCOMPARE(codeOf(client.readResponse()), QStringLiteral("bad-credentials"));
        }
        // In two parts, the second after the first has waited a while.
        QVERIFY(client.send("GET /api/v1/hea"));
        QThread::msleep(30);
        QVERIFY(client.send("lth HTTP/1.1\r\nHost: x\r\n\r\n"));
        QCOMPARE(statusOf(client.readResponse()), 200);
        // The head now, its body once the server says to go on.
        QVERIFY(client.send(signIn.left(signIn.size() - 2) + "Expect: 100-continue\r\n\r\n"));
        QCOMPARE(client.readResponse(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        QVERIFY(client.send(body));
        QCOMPARE(codeOf(client.readResponse()), QStringLiteral("bad-credentials"));
        // Long after the last answer.
        QThread::msleep(200);
        QVERIFY(client.send(healthRequest()));
        QCOMPARE(statusOf(client.readResponse()), 200);
        // At once, a head the front refuses: refused, and the connection closed.
        QByteArray big;
        for (int i = 0; i < 8; ++i)
            big += "X-Big-" + QByteArray::number(i) + ": " + QByteArray(4000, 'b') + "\r\n";
        QVERIFY(client.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n" + big + "\r\n"));
        QCOMPARE(statusOf(client.readResponse()), 431);
        QVERIFY(client.closedByServer());
    }

    void oversizedHeadersGet431_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("one long line") << "X-Filler: " + QByteArray(64 * 1024, 'a') + "\r\n";
        QByteArray many;
        for (int i = 0; i < 200; ++i)
            many += "X-Filler-" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("many headers") << many;
        QByteArray big;
        for (int i = 0; i < 8; ++i)
            big += "X-Big-" + QByteArray::number(i) + ": " + QByteArray(4000, 'b') + "\r\n";
        QTest::newRow("large head") << big;
    }

    void oversizedHeadersGet431()
    {
        QFETCH(QByteArray, headers);
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TlsClient client(server.port());
        QVERIFY(client.connected());
        client.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n");
        const QByteArray response = client.readResponse();
        QCOMPARE(statusOf(response), 431);
        QCOMPARE(codeOf(response), QStringLiteral("header-fields-too-large"));
        QVERIFY2(server.stop() == 0, qPrintable(server.log()));
        QVERIFY(server.log().contains(QStringLiteral("\"code\":\"header-fields-too-large\"")));
    }

    // Far more idle TCP connections and bare ClientHellos than the server has workers: a real
    // request is still answered.
    void idleConnectionsDoNotStarveWorkers()
    {
        ServerProcess::Options options;
        options.extraConfig.insert(QStringLiteral("threads"), 4);
        ServerProcess server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        std::vector<int> idle;
        for (int i = 0; i < 100; ++i) {
            const int fd = connectTcp(server.port());
            QVERIFY(fd >= 0);
            idle.push_back(fd);
        }
        // Half handshakes: a TLS ClientHello from a client that then says nothing more.
        for (int i = 0; i < 20; ++i) {
            SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
            SSL *ssl = SSL_new(ctx);
            BIO *in = BIO_new(BIO_s_mem());
            BIO *out = BIO_new(BIO_s_mem());
            SSL_set_bio(ssl, in, out);
            SSL_connect(ssl); // writes the ClientHello into `out`
            char hello[4096];
            const int n = BIO_read(out, hello, sizeof hello);
            const int fd = connectTcp(server.port());
            QVERIFY(fd >= 0 && n > 0);
            QCOMPARE(::send(fd, hello, static_cast<size_t>(n), MSG_NOSIGNAL), ssize_t(n));
            idle.push_back(fd);
            SSL_free(ssl);
            SSL_CTX_free(ctx);
        }
        TlsClient client(server.port());
        QVERIFY(client.connected());
        QVERIFY(client.send(healthRequest()));
        QCOMPARE(statusOf(client.readResponse()), 200);
        for (int fd : idle)
            ::close(fd);
    }

    // Past max_connections_per_source, more connections from the same address are closed at
    // once (and logged with the reason); one freed, a new one is served again.
    void perSourceLimitRefusesTheExtraOnes()
    {
        ServerProcess::Options options;
        options.extraConfig.insert(QStringLiteral("http"),
                                   QJsonObject{{QStringLiteral("max_connections_per_source"), 4}});
        ServerProcess server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        std::vector<std::unique_ptr<TlsClient>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(std::make_unique<TlsClient>(server.port()));
            QVERIFY(held.back()->connected());
            QVERIFY(held.back()->send(healthRequest()));
            QCOMPARE(statusOf(held.back()->readResponse()), 200); // the connection is counted
        }
        {
            TlsClient extra(server.port());
            QVERIFY(!extra.connected());
        }
        const int fd = connectTcp(server.port());
        QVERIFY(fd >= 0);
        QVERIFY(closedByServer(fd));
        ::close(fd);

        held.pop_back();
        // The freed slot counts again once the server has read the close. (Latched: QTRY
        // evaluates its expression once more after success, and each try is a connection.)
        bool served = false;
        QTRY_VERIFY_WITH_TIMEOUT((served = served || healthAnswered(server.port())), FunctionalTimeoutMs);
        QVERIFY2(server.stop() == 0, qPrintable(server.log()));
        QVERIFY2(server.log().contains(QStringLiteral("\"event\":\"connection-refused\"")),
                 qPrintable(server.log()));
        QVERIFY(server.log().contains(QStringLiteral("too-many-connections")));
    }

    // A request line sent slowly, a body that stops coming, and a connection that never starts
    // its handshake are all cut off (the first two told why, with 408).
    void slowSendersAreCutOff()
    {
        ServerProcess::Options options;
        options.extraConfig.insert(QStringLiteral("http"),
                                   QJsonObject{{QStringLiteral("tls_handshake_timeout_seconds"), 1},
                                               {QStringLiteral("request_head_timeout_seconds"), 1},
                                               {QStringLiteral("request_timeout_seconds"), 2}});
        ServerProcess server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        TlsClient slowHead(server.port());
        QVERIFY(slowHead.connected());
        QVERIFY(slowHead.send("GET /api/v1/hea"));
        QByteArray response = slowHead.readResponse();
        QCOMPARE(statusOf(response), 408);
        QCOMPARE(codeOf(response), QStringLiteral("request-timeout"));
        QVERIFY(slowHead.closedByServer());

        TlsClient slowBody(server.port());
        QVERIFY(slowBody.connected());
        QVERIFY(
            slowBody.send("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"user"));
        response = slowBody.readResponse();
        QCOMPARE(statusOf(response), 408);
        QVERIFY(slowBody.closedByServer());

        const int silent = connectTcp(server.port());
        QVERIFY(silent >= 0);
        QVERIFY(closedByServer(silent));
        ::close(silent);
    }

    // TLS 1.2 only with ECDHE and AEAD ciphers: CBC and static-RSA suites are refused.
    void onlyAeadCipherSuites()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        for (const char *weak :
             {"ECDHE-ECDSA-AES128-SHA256", "ECDHE-ECDSA-AES256-SHA", "AES128-GCM-SHA256"}) {
            TlsClient client(server.port(), weak, true);
            QVERIFY2(!client.connected(), weak);
        }
        for (const char *strong : {"ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305"}) {
            TlsClient client(server.port(), strong, true);
            QVERIFY2(client.connected(), strong);
            QVERIFY(client.send(healthRequest()));
            QCOMPARE(statusOf(client.readResponse()), 200);
        }
        TlsClient tls13(server.port());
        QVERIFY(tls13.connected());
    }

    // Clients that go away without close_notify — a port probe, a client that gives up during
    // the handshake, one that closes after its answer — are not TLS refusals.
    void clientCloseIsNotLoggedAsTlsRefusal()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ::close(connectTcp(server.port())); // a TCP probe
        {
            // A ClientHello, then gone.
            SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
            SSL *ssl = SSL_new(ctx);
            BIO *in = BIO_new(BIO_s_mem());
            BIO *out = BIO_new(BIO_s_mem());
            SSL_set_bio(ssl, in, out);
            SSL_connect(ssl);
            char hello[4096];
            const int n = BIO_read(out, hello, sizeof hello);
            const int fd = connectTcp(server.port());
            QCOMPARE(::send(fd, hello, static_cast<size_t>(n), MSG_NOSIGNAL), ssize_t(n));
            char reply[4096];
            QVERIFY(::recv(fd, reply, sizeof reply, 0) > 0); // the server's hello
            ::close(fd);
            SSL_free(ssl);
            SSL_CTX_free(ctx);
        }
        {
            TlsClient client(server.port()); // its destructor closes without close_notify
            QVERIFY(client.connected());
            QVERIFY(client.send(healthRequest()));
            QCOMPARE(statusOf(client.readResponse()), 200);
        }
        {
            TlsClient client(server.port());
            QVERIFY(client.connected()); // no request at all
        }
        // A real refusal is still logged.
        {
            const int fd = connectTcp(server.port());
            SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
            SSL *ssl = SSL_new(ctx);
            SSL_set_fd(ssl, fd);
            SSL_connect(ssl); // no client certificate
            char buf[64];
            SSL_read(ssl, buf, sizeof buf);
            ERR_clear_error();
            SSL_free(ssl);
            SSL_CTX_free(ctx);
            ::close(fd);
        }
        TlsClient last(server.port());
        QVERIFY(last.connected());
        QVERIFY(last.send(healthRequest()));
        QCOMPARE(statusOf(last.readResponse()), 200);
        QVERIFY2(server.stop() == 0, qPrintable(server.log()));
        QCOMPARE(server.log().count(QStringLiteral("\"event\":\"tls-refused\"")), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpAbuse)
#include "tst_http_abuse.moc"
