// The parts of the session that read untrusted or fallible input: the device certificate
// on disk (missing, damaged, wrong password) and the sign-in body built from what a person
// typed.

#include "session/DeviceCertificate.h"
#include "session/Session.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace srs;
using session::DeviceCertificate;

namespace {

QString pki(const char *file)
{
    return QStringLiteral(SRS_TEST_PKI_DIR "/") + QLatin1StringView(file);
}

crypto::TlsSettings pem(const QString &certificate, const QString &key)
{
    crypto::TlsSettings tls;
    tls.certificateFile = certificate;
    tls.keyFile = key;
    return tls;
}

crypto::TlsSettings pkcs12(const QByteArray &password)
{
    crypto::TlsSettings tls;
    tls.certificateFile = pki("laptop.p12");
    tls.keyFormat = crypto::KeyFormat::Pkcs12;
    tls.keyPassword = std::make_shared<const crypto::SecureBuffer>(crypto::SecureBuffer::fromBytes(password));
    return tls;
}

QByteArray p12Password()
{
    QFile f(pki("laptop.p12.password"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

} // namespace

class TestSessionParts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void readsAPemCertificate()
    {
        const auto c = DeviceCertificate::read(pem(pki("laptop.crt"), pki("laptop.key")));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QVERIFY(c.value().subject.contains("OU=organisation-device"));
        QVERIFY(!c.value().commonName.isEmpty());
        QVERIFY(c.value().notBefore < c.value().notAfter);
    }

    void readsAPkcs12BundleWithItsPassword()
    {
        const auto c = DeviceCertificate::read(pkcs12(p12Password()));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        const auto fromPem = DeviceCertificate::read(pem(pki("laptop.crt"), pki("laptop.key")));
        QCOMPARE(c.value().subject, fromPem.value().subject);
        QCOMPARE(c.value().notAfter, fromPem.value().notAfter);
    }

    void eachProblemHasItsOwnCode_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing file") << 0 << "certificate-missing";
        QTest::newRow("not a certificate") << 1 << "certificate-invalid";
        QTest::newRow("pem without its key") << 2 << "certificate-key-missing";
        QTest::newRow("wrong bundle password") << 3 << "certificate-unreadable";
        QTest::newRow("damaged bundle") << 4 << "certificate-unreadable";
    }

    void eachProblemHasItsOwnCode()
    {
        QFETCH(int, which);
        QFETCH(QString, code);
        QVERIFY(m_dir.isValid());
        const QString junk = m_dir.filePath("junk.crt");
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        f.close();
        crypto::TlsSettings tls;
        switch (which) {
        case 0:
            tls = pem(m_dir.filePath("absent.crt"), pki("laptop.key"));
            break;
        case 1:
            tls = pem(junk, pki("laptop.key"));
            break;
        case 2:
            tls = pem(pki("laptop.crt"), m_dir.filePath("absent.key"));
            break;
        case 3:
            tls = pkcs12("not-the-password");
            break;
        case 4:
            tls = pkcs12(p12Password());
            tls.certificateFile = junk;
            break;
        }
        const auto c = DeviceCertificate::read(tls);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, code);
        QVERIFY(c.error().message.contains("IT support"));
    }

    // Whatever a person types, the body is valid JSON that carries it exactly.
    void signInBodyCarriesAnyPasswordExactly()
    {
        const QByteArray password = "quote\" back\\slash new\nline tab\t bell\x07 pound \xc2\xa3 end";
        const crypto::SecureBuffer body =
            session::Session::signInBody(QStringLiteral("o'neil.\"x\""),
                                         crypto::SecureBuffer::fromBytes(password), QStringLiteral("012345"));
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(body.view().toByteArray(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value("username").toString(), QString("o'neil.\"x\""));
        QCOMPARE(o.value("password").toString().toUtf8(), password);
        QCOMPARE(o.value("totp_code").toString(), QString("012345"));
        QCOMPARE(o.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSessionParts)
#include "tst_sessionparts.moc"
