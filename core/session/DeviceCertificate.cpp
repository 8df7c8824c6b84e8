#include "DeviceCertificate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <ctime>
#include <memory>

namespace srs::session {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Free
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(PKCS12 *p) const { PKCS12_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

QDateTime toDateTime(const ASN1_TIME *t)
{
    tm parts{};
    if (!t || ASN1_TIME_to_tm(t, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString subjectOf(X509 *certificate)
{
    Owned<BIO> out(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(out.get(), X509_get_subject_name(certificate), 0, XN_FLAG_RFC2253);
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(size));
}

QString commonNameOf(X509 *certificate)
{
    X509_NAME *name = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

Result<DeviceCertificate> DeviceCertificate::read(const crypto::TlsSettings &tls)
{
    const QString path = tls.certificateFile;
    if (!QFileInfo::exists(path))
        return Error{u"certificate-missing"_s,
                     QCoreApplication::translate(
                         "srs::session::DeviceCertificate",
                         "This workstation's device certificate is missing (%1). Contact your IT support.")
                         .arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"certificate-unreadable"_s,
                     QCoreApplication::translate(
                         "srs::session::DeviceCertificate",
                         "This workstation's device certificate cannot be read (%1: %2). Contact your IT "
                         "support.")
                         .arg(path, file.errorString())};
    const QByteArray bytes = file.read(1024 * 1024);
    Owned<BIO> in(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
    Owned<X509> certificate;
    if (tls.keyFormat == crypto::KeyFormat::Pkcs12) {
        Owned<PKCS12> bundle(d2i_PKCS12_bio(in.get(), nullptr));
        EVP_PKEY *key = nullptr;
        X509 *cert = nullptr;
        STACK_OF(X509) *chain = nullptr;
        const char *password = tls.keyPassword ? tls.keyPassword->constChar() : "";
        crypto::SecureBuffer terminated;
        if (tls.keyPassword) {
            terminated = tls.keyPassword->clone();
            terminated.append(QByteArrayView("\0", 1));
            password = terminated.constChar();
        }
        if (!bundle || PKCS12_parse(bundle.get(), password, &key, &cert, &chain) != 1)
            return Error{u"certificate-unreadable"_s,
                         QCoreApplication::translate(
                             "srs::session::DeviceCertificate",
                             "This workstation's device certificate bundle %1 cannot be opened (it is "
                             "damaged or its password is wrong). Contact your IT support.")
                             .arg(path)};
        Owned<EVP_PKEY> ownedKey(key);
        Owned<STACK_OF(X509)> ownedChain(chain);
        certificate.reset(cert);
        if (!key)
            return Error{u"certificate-key-missing"_s,
                         QCoreApplication::translate(
                             "srs::session::DeviceCertificate",
                             "This workstation's device certificate bundle %1 has no private key. Contact "
                             "your IT support.")
                             .arg(path)};
    } else {
        certificate.reset(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
        if (tls.keyFile.isEmpty() || !QFileInfo(tls.keyFile).isReadable())
            return Error{u"certificate-key-missing"_s,
                         QCoreApplication::translate(
                             "srs::session::DeviceCertificate",
                             "This workstation's device key (%1) is missing or cannot be read. Contact your "
                             "IT support.")
                             .arg(tls.keyFile)};
    }
    if (!certificate)
        return Error{u"certificate-invalid"_s,
                     QCoreApplication::translate(
                         "srs::session::DeviceCertificate",
                         "This workstation's device certificate %1 is not a certificate. Contact your IT "
                         "support.")
                         .arg(path)};
    DeviceCertificate c;
    c.subject = subjectOf(certificate.get());
    c.commonName = commonNameOf(certificate.get());
    c.notBefore = toDateTime(X509_get0_notBefore(certificate.get()));
    c.notAfter = toDateTime(X509_get0_notAfter(certificate.get()));
    if (!c.notBefore.isValid() || !c.notAfter.isValid())
        return Error{u"certificate-invalid"_s,
                     QCoreApplication::translate(
                         "srs::session::DeviceCertificate",
                         "This workstation's device certificate %1 has unreadable dates. Contact your IT "
                         "support.")
                         .arg(path)};
    return c;
}

} // namespace srs::session
