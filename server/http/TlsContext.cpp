#include "TlsContext.h"

#include "Log.h"
#include "PeerIdentity.h"

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

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

// A fatal alert we send during the handshake is a refusal: logged with its reason. (The HTTP
// front then half-closes and drains the connection briefly, so that a TLS 1.3 client that has
// already sent its request reads the alert instead of a reset.) A client that simply closes
// the connection is not refused by anyone: OpenSSL would report that as a "decode error" alert
// when SSL_OP_IGNORE_UNEXPECTED_EOF is not set, and it is not logged here either way.
void onTlsInfo(const SSL *ssl, int where, int value)
{
    if (!(where & SSL_CB_WRITE_ALERT) || (value >> 8) != SSL3_AL_FATAL || SSL_is_init_finished(ssl))
        return;
    if (ERR_GET_REASON(ERR_peek_last_error()) == SSL_R_UNEXPECTED_EOF_WHILE_READING)
        return;
    const long verify = SSL_get_verify_result(ssl);
    Log::warning(u"tls-refused"_s,
                 {{u"alert"_s, QString::fromLatin1(SSL_alert_desc_string_long(value))},
                  {u"alert_code"_s, value & 0xff},
                  {u"verify_result"_s, QString::fromLatin1(X509_verify_cert_error_string(verify))}});
}

Error tlsError(const QString &message)
{
    return Error{u"tls-setup"_s, message};
}

} // namespace

Result<SslContextPtr> createServerTlsContext(const ServerConfig &config)
{
    SslContextPtr ctx(SSL_CTX_new(TLS_server_method()));
    if (!ctx)
        return tlsError(u"cannot create a TLS context: %1"_s.arg(opensslError()));
    SSL_CTX *c = ctx.get();
    const QByteArray cert = config.certificateFile.toLocal8Bit();
    const QByteArray key = config.keyFile.toLocal8Bit();
    const QByteArray ca = config.deviceCaFile.toLocal8Bit();
    SSL_CTX_set_min_proto_version(c, TLS1_2_VERSION);
    SSL_CTX_set_options(c, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_COMPRESSION |
                               SSL_OP_IGNORE_UNEXPECTED_EOF);
    // The HTTP front drives every connection without blocking, and idle connections should
    // cost little memory.
    SSL_CTX_set_mode(c, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
                            SSL_MODE_RELEASE_BUFFERS);
    if (SSL_CTX_set_cipher_list(c, ServerTls12Ciphers) != 1)
        return tlsError(u"cannot set the TLS 1.2 cipher suites: %1"_s.arg(opensslError()));
    if (SSL_CTX_use_certificate_chain_file(c, cert.constData()) != 1)
        return tlsError(u"cannot load the server certificate %1: %2"_s.arg(config.certificateFile, opensslError()));
    if (SSL_CTX_use_PrivateKey_file(c, key.constData(), SSL_FILETYPE_PEM) != 1 || SSL_CTX_check_private_key(c) != 1)
        return tlsError(u"cannot load the server key %1 (or it does not match the certificate): %2"_s.arg(
            config.keyFile, opensslError()));
    if (SSL_CTX_load_verify_locations(c, ca.constData(), nullptr) != 1)
        return tlsError(u"cannot load the device CA %1: %2"_s.arg(config.deviceCaFile, opensslError()));
    if (STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(ca.constData()))
        SSL_CTX_set_client_CA_list(c, names);
    // A client certificate from the device CA is required, and it must be one issued for
    // client authentication (a server certificate from the same CA is refused).
    // Its subject must name each of CN, C, O, OU and L at most once (verifyDeviceCertificate).
    SSL_CTX_set_verify(c, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, &verifyDeviceCertificate);
    SSL_CTX_set_purpose(c, X509_PURPOSE_SSL_CLIENT);
    // Without a session id context, resumed sessions fail with an internal error.
    static const unsigned char sessionContext[] = "srs-clearance-server";
    SSL_CTX_set_session_id_context(c, sessionContext, sizeof sessionContext - 1);
    SSL_CTX_set_info_callback(c, &onTlsInfo);
    return ctx;
}

} // namespace srs::server
