#include "RevocationList.h"

#include "Log.h"
#include "PeerIdentity.h"

#include "services/RevocationService.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QFile>

#include <sys/stat.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 MaxCrlBytes = 64 * 1024 * 1024;

struct CrlFree
{
    void operator()(X509_CRL *crl) const { X509_CRL_free(crl); }
};
struct X509Free
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};

std::unique_ptr<BIO, BioFree> memoryBio(const QByteArray &bytes)
{
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

QByteArray nameDer(const X509_NAME *name)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509_NAME(name, &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QString serialText(const ASN1_INTEGER *serial)
{
    BIGNUM *bn = ASN1_INTEGER_to_BN(serial, nullptr);
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

} // namespace

RevocationList::RevocationList(QString crlFile, QString caFile)
    : m_crlFile(std::move(crlFile)), m_caFile(std::move(caFile))
{}

RevocationList::~RevocationList() = default;

Result<RevocationList::Stamp> RevocationList::stampNow() const
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(m_crlFile).constData(), &st) != 0)
        return Error{u"crl"_s, u"cannot find the CRL file %1"_s.arg(m_crlFile)};
    Stamp s;
    s.device = st.st_dev;
    s.inode = st.st_ino;
    s.size = st.st_size;
    s.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    s.changedNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    return s;
}

Result<std::shared_ptr<const RevocationList::List>> RevocationList::read() const
{
    QFile file(m_crlFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"crl"_s, u"cannot read the CRL file %1: %2"_s.arg(m_crlFile, file.errorString())};
    const QByteArray bytes = file.read(MaxCrlBytes + 1);
    if (bytes.size() > MaxCrlBytes)
        return Error{u"crl"_s, u"the CRL file %1 is larger than 64 MiB"_s.arg(m_crlFile)};

    std::unique_ptr<X509_CRL, CrlFree> crl;
    if (auto bio = memoryBio(bytes))
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    if (!crl) {
        const auto *der = reinterpret_cast<const unsigned char *>(bytes.constData());
        crl.reset(d2i_X509_CRL(nullptr, &der, static_cast<long>(bytes.size())));
    }
    if (!crl)
        return Error{u"crl"_s,
                     u"the file %1 is not a certificate revocation list (PEM or DER)"_s.arg(m_crlFile)};

    QFile caFile(m_caFile);
    if (!caFile.open(QIODevice::ReadOnly))
        return Error{u"crl"_s, u"cannot read the device CA %1: %2"_s.arg(m_caFile, caFile.errorString())};
    const QByteArray caBytes = caFile.read(MaxCrlBytes);
    bool signedByCa = false;
    if (auto bio = memoryBio(caBytes)) {
        while (!signedByCa) {
            std::unique_ptr<X509, X509Free> ca(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
            if (!ca)
                break;
            if (X509_NAME_cmp(X509_get_subject_name(ca.get()), X509_CRL_get_issuer(crl.get())) != 0)
                continue;
            EVP_PKEY *key = X509_get0_pubkey(ca.get());
            signedByCa = key && X509_CRL_verify(crl.get(), key) == 1;
        }
    }
    if (!signedByCa)
        return Error{u"crl"_s, u"the CRL %1 is not signed by a certificate in the device CA file %2"_s.arg(
                                   m_crlFile, m_caFile)};

    auto list = std::make_shared<List>();
    list->issuerDer = nameDer(X509_CRL_get_issuer(crl.get()));
    const STACK_OF(X509_REVOKED) *revoked = X509_CRL_get_REVOKED(crl.get());
    const int count = revoked ? sk_X509_REVOKED_num(revoked) : 0;
    for (int i = 0; i < count; ++i) {
        const X509_REVOKED *entry = sk_X509_REVOKED_value(revoked, i);
        const QString serial = serialText(X509_REVOKED_get0_serialNumber(entry));
        if (serial.isEmpty())
            return Error{u"crl"_s,
                         u"the CRL %1 has an entry without a readable serial number"_s.arg(m_crlFile)};
        list->serials.insert(serial);
    }
    return std::shared_ptr<const List>(std::move(list));
}

Status RevocationList::load()
{
    auto stamp = stampNow();
    if (!stamp)
        return stamp.error();
    auto list = read();
    if (!list)
        return list.error();
    std::lock_guard lock(m_mutex);
    m_stamp = stamp.value();
    m_list = std::move(list).value();
    m_loaded = true;
    Log::info(u"crl-loaded"_s, {{u"file"_s, m_crlFile}, {u"revoked"_s, m_list->serials.size()}});
    return {};
}

void RevocationList::reloadIfChanged()
{
    auto stamp = stampNow();
    std::lock_guard lock(m_mutex);
    const Stamp seen = stamp ? stamp.value() : Stamp{};
    if (m_loaded && seen == m_stamp)
        return; // the file the list in force came from (or was last refused)
    m_stamp = seen;
    m_loaded = true;
    if (!stamp) {
        Log::error(u"crl-refused"_s, {{u"file"_s, m_crlFile},
                                      {u"reason"_s, stamp.error().message},
                                      {u"action"_s, u"the last good list stays in force"_s}});
        return;
    }
    auto list = read();
    if (!list) {
        Log::error(u"crl-refused"_s, {{u"file"_s, m_crlFile},
                                      {u"reason"_s, list.error().message},
                                      {u"action"_s, u"the last good list stays in force"_s}});
        return;
    }
    m_list = std::move(list).value();
    Log::info(u"crl-loaded"_s, {{u"file"_s, m_crlFile}, {u"revoked"_s, m_list->serials.size()}});
}

bool RevocationList::isRevoked(const X509 *cert)
{
    reloadIfChanged();
    std::shared_ptr<const List> list;
    {
        std::lock_guard lock(m_mutex);
        list = m_list;
    }
    if (!list || !cert)
        return false;
    return list->serials.contains(serialOf(cert)) && nameDer(X509_get_issuer_name(cert)) == list->issuerDer;
}

qsizetype RevocationList::size()
{
    std::lock_guard lock(m_mutex);
    return m_list ? m_list->serials.size() : 0;
}

} // namespace srs::server
