#include "PeerIdentity.h"

#include <openssl/objects.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>

namespace srs::server {

std::optional<domain::DeviceIdentity> peerIdentity(const SSL *ssl)
{
    if (!ssl)
        return std::nullopt;
    std::unique_ptr<X509, decltype(&X509_free)> cert(SSL_get1_peer_certificate(ssl), &X509_free);
    if (!cert)
        return std::nullopt;
    const X509_NAME *name = X509_get_subject_name(cert.get());
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

} // namespace srs::server
