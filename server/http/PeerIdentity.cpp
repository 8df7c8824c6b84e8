#include "PeerIdentity.h"

#include "Log.h"

#include "services/RevocationService.h"

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <QByteArray>

#include <memory>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

domain::DeviceIdentity::Fields subjectFields(const X509 *cert)
{
    const X509_NAME *name = X509_get_subject_name(cert);
    domain::DeviceIdentity::Fields fields;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
        const char *shortName = nid == NID_undef ? "?" : OBJ_nid2sn(nid);
        unsigned char *utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        if (len < 0)
            continue;
        fields.append(
            {QString::fromLatin1(shortName), QString::fromUtf8(reinterpret_cast<char *>(utf8), len)});
        OPENSSL_free(utf8);
    }
    return fields;
}

QString fingerprintOf(const X509 *cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert, EVP_sha256(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex());
}

void logRepeated(const domain::DeviceIdentity &identity, const QString &field)
{
    Log::warning(
        u"device-certificate-refused"_s,
        {{u"reason"_s, u"repeated-subject-field"_s},
         {u"field"_s, field},
         {u"device"_s, identity.subject},
         {u"message"_s, u"the device certificate's subject has more than one %1 field; the "
                        u"expected profile has each of CN, C, O, OU and L at most once"_s.arg(field)}});
}

std::optional<domain::DeviceIdentity> identityOf(const X509 *cert)
{
    const auto fields = subjectFields(cert);
    domain::DeviceIdentity identity = domain::DeviceIdentity::fromSubjectFields(fields);
    if (const QString repeated = domain::DeviceIdentity::repeatedField(fields); !repeated.isEmpty()) {
        logRepeated(identity, repeated);
        return std::nullopt;
    }
    identity.fingerprint = fingerprintOf(cert);
    identity.serial = serialOf(cert);
    if (identity.fingerprint.isEmpty() || identity.serial.isEmpty())
        return std::nullopt;
    return identity;
}

// The identity read from a connection's certificate, kept with the connection (SSL ex_data)
// so that it is read once per connection rather than once per request. It stays right for
// the connection's life: renegotiation is off and no certificate is asked for after the
// handshake, so the peer certificate cannot change; it is compared anyway.
struct KeptIdentity
{
    const X509 *certificate = nullptr;
    domain::DeviceIdentity identity;
};

void freeKept(void *, void *kept, CRYPTO_EX_DATA *, int, long, void *)
{
    delete static_cast<KeptIdentity *>(kept);
}

int keptIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, &freeKept);
    return index;
}

} // namespace

QString serialOf(const X509 *cert)
{
    const ASN1_INTEGER *serial = X509_get0_serialNumber(cert);
    BIGNUM *bn = serial ? ASN1_INTEGER_to_BN(serial, nullptr) : nullptr;
    if (!bn)
        return {};
    char *hex = BN_bn2hex(bn);
    BN_free(bn);
    if (!hex)
        return {};
    const QString text = normaliseSerial(QString::fromLatin1(hex));
    OPENSSL_free(hex);
    return text;
}

int verifyDeviceCertificate(int preverifyOk, X509_STORE_CTX *context)
{
    if (!preverifyOk)
        return 0;
    if (X509_STORE_CTX_get_error_depth(context) != 0)
        return 1; // the CA: checked by OpenSSL
    const X509 *cert = X509_STORE_CTX_get_current_cert(context);
    if (!cert)
        return 0;
    const auto fields = subjectFields(cert);
    if (const QString repeated = domain::DeviceIdentity::repeatedField(fields); !repeated.isEmpty()) {
        logRepeated(domain::DeviceIdentity::fromSubjectFields(fields), repeated);
        X509_STORE_CTX_set_error(context, X509_V_ERR_APPLICATION_VERIFICATION);
        return 0;
    }
    return 1;
}

std::optional<domain::DeviceIdentity> peerIdentity(const SSL *ssl)
{
    if (!ssl)
        return std::nullopt;
    const X509 *cert = SSL_get0_peer_certificate(ssl);
    if (!cert)
        return std::nullopt;
    const int index = keptIndex();
    if (index < 0)
        return identityOf(cert);
    if (const auto *kept = static_cast<const KeptIdentity *>(SSL_get_ex_data(ssl, index));
        kept && kept->certificate == cert)
        return kept->identity;
    auto identity = identityOf(cert);
    if (identity) {
        // A connection is served by one thread at a time, so nothing races for its ex_data.
        auto kept = std::make_unique<KeptIdentity>(KeptIdentity{cert, *identity});
        auto *previous = static_cast<KeptIdentity *>(SSL_get_ex_data(ssl, index));
        if (SSL_set_ex_data(const_cast<SSL *>(ssl), index, kept.get()) == 1) {
            delete previous;
            kept.release();
        }
    }
    return identity;
}

} // namespace srs::server
