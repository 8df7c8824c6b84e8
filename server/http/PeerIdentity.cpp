#include "PeerIdentity.h"

#include <openssl/objects.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>

namespace srs::server {

namespace {

std::optional<domain::DeviceIdentity> identityOf(const X509 *cert)
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
    return domain::DeviceIdentity::fromSubjectFields(fields);
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
