#include "net/CurlErrors.h"

#include <QTest>

#include <curl/curl.h>

using namespace srs::net;

class TestCurlErrors : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<long>("verify");
        QTest::addColumn<QString>("buffer");
        QTest::addColumn<bool>("tooLarge");
        QTest::addColumn<NetError>("expected");
        QTest::addColumn<QString>("alert");
        // Rows follow what curl 7.88 with OpenSSL 3 reports here for each situation.
        QTest::newRow("ok") << int(CURLE_OK) << 0L << "" << false << NetError::None << "";
        QTest::newRow("nothing listening")
            << int(CURLE_COULDNT_CONNECT) << 0L << "Failed to connect to 127.0.0.1 port 1: Connection refused"
            << false << NetError::Unreachable << "";
        QTest::newRow("unknown host")
            << int(CURLE_COULDNT_RESOLVE_HOST) << 0L << "" << false << NetError::Unreachable << "";
        QTest::newRow("timeout") << int(CURLE_OPERATION_TIMEDOUT) << 0L << "" << false << NetError::TimedOut
                                 << "";
        QTest::newRow("pin") << int(CURLE_SSL_PINNEDPUBKEYNOTMATCH) << 0L << "" << false
                             << NetError::PinMismatch << "";
        QTest::newRow("server cert expired") << int(CURLE_PEER_FAILED_VERIFICATION) << 10L << "" << false
                                             << NetError::ServerCertificateExpired << "";
        QTest::newRow("server cert not yet valid") << int(CURLE_PEER_FAILED_VERIFICATION) << 9L << "" << false
                                                   << NetError::ServerCertificateExpired << "";
        QTest::newRow("server cert untrusted") << int(CURLE_PEER_FAILED_VERIFICATION) << 19L << "" << false
                                               << NetError::ServerCertificateUntrusted << "";
        QTest::newRow("TLS 1.3 certificate required")
            << int(CURLE_RECV_ERROR) << 0L
            << "OpenSSL SSL_read: error:0A00045C:SSL routines::tlsv13 alert certificate required, errno 0"
            << false << NetError::CertificateRejected << "";
        QTest::newRow("TLS 1.3 unknown ca")
            << int(CURLE_RECV_ERROR) << 0L
            << "OpenSSL SSL_read: error:0A000418:SSL routines::tlsv1 alert unknown ca, errno 0" << false
            << NetError::CertificateRejected << "";
        QTest::newRow("TLS 1.2 handshake failure")
            << int(CURLE_SSL_CONNECT_ERROR) << 0L
            << "OpenSSL/3.0: error:0A000410:SSL routines::sslv3 alert handshake failure" << false
            << NetError::CertificateRejected << "";
        QTest::newRow("other handshake error")
            << int(CURLE_SSL_CONNECT_ERROR) << 0L << "error:0A00010B:SSL routines::wrong version number"
            << false << NetError::TlsFailed << "";
        QTest::newRow("TLS 1.3 refusal seen only as an alert")
            << int(CURLE_SEND_ERROR) << 0L
            << "getpeername() failed with errno 107: Transport endpoint is not connected" << false
            << NetError::CertificateRejected << "certificate required";
        QTest::newRow("connection reset") << int(CURLE_RECV_ERROR) << 0L << "Connection reset by peer"
                                          << false << NetError::Unreachable << "";
        QTest::newRow("bad client cert file")
            << int(CURLE_SSL_CERTPROBLEM) << 0L << "could not load PEM client certificate" << false
            << NetError::ClientConfiguration << "";
        QTest::newRow("bad CA file") << int(CURLE_SSL_CACERT_BADFILE) << 0L << "" << false
                                     << NetError::ClientConfiguration << "";
        QTest::newRow("cap hit by our callback")
            << int(CURLE_WRITE_ERROR) << 0L << "" << true << NetError::ResponseTooLarge << "";
        QTest::newRow("cap hit by content-length")
            << int(CURLE_FILESIZE_EXCEEDED) << 0L << "" << false << NetError::ResponseTooLarge << "";
        QTest::newRow("http only refused")
            << int(CURLE_UNSUPPORTED_PROTOCOL) << 0L << "" << false << NetError::ClientConfiguration << "";
    }
    // Whether the same request may succeed at once on a new connection (another instance).
    void aBrokenConnectionIsTold_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("buffer");
        QTest::addColumn<bool>("lost");
        QTest::newRow("refused") << int(CURLE_COULDNT_CONNECT) << "Connection refused" << true;
        QTest::newRow("reset") << int(CURLE_RECV_ERROR) << "Connection reset by peer" << true;
        QTest::newRow("closed unanswered") << int(CURLE_GOT_NOTHING) << "Empty reply from server" << true;
        QTest::newRow("answer cut off") << int(CURLE_PARTIAL_FILE) << "transfer closed" << true;
        QTest::newRow("handshake cut off")
            << int(CURLE_SSL_CONNECT_ERROR) << "unexpected eof while reading" << true;
        QTest::newRow("unknown host") << int(CURLE_COULDNT_RESOLVE_HOST) << "" << false;
        QTest::newRow("timeout") << int(CURLE_OPERATION_TIMEDOUT) << "" << false;
        QTest::newRow("certificate refused")
            << int(CURLE_RECV_ERROR)
            << "OpenSSL SSL_read: error:0A00045C:SSL routines::tlsv13 alert certificate required, errno 0"
            << false;
        QTest::newRow("pin") << int(CURLE_SSL_PINNEDPUBKEYNOTMATCH) << "" << false;
    }
    void aBrokenConnectionIsTold()
    {
        QFETCH(int, code);
        QFETCH(QString, buffer);
        QFETCH(bool, lost);
        CurlOutcome o;
        o.curlCode = code;
        o.errorBuffer = buffer;
        QCOMPARE(classifyCurlOutcome(o, QStringLiteral("server.test")).connectionLost, lost);
    }

    void classify()
    {
        QFETCH(int, code);
        QFETCH(long, verify);
        QFETCH(QString, buffer);
        QFETCH(bool, tooLarge);
        QFETCH(NetError, expected);
        QFETCH(QString, alert);
        CurlOutcome o;
        o.tlsAlert = alert;
        o.curlCode = code;
        o.sslVerifyResult = verify;
        o.errorBuffer = buffer;
        o.responseTooLarge = tooLarge;
        const NetFailure f = classifyCurlOutcome(o, "srs.example");
        QCOMPARE(f.error, expected);
        if (expected != NetError::None) {
            QVERIFY(!f.message.isEmpty());
            QVERIFY2(f.detail.contains(QString::number(code)), qPrintable(f.detail));
        }
    }

    void messagesNameTheHostAndAreDistinct()
    {
        QSet<QString> seen;
        for (NetError e :
             {NetError::Unreachable, NetError::TimedOut, NetError::TlsFailed,
              NetError::ServerCertificateUntrusted, NetError::ServerCertificateExpired, NetError::PinMismatch,
              NetError::CertificateRejected, NetError::ClientConfiguration, NetError::ResponseTooLarge,
              NetError::BadResponse}) {
            const QString m = netErrorMessage(e, "srs.example");
            QVERIFY2(!seen.contains(m), qPrintable(m));
            seen.insert(m);
            QVERIFY(!netErrorName(e).isEmpty());
        }
        QVERIFY(netErrorMessage(NetError::Unreachable, "srs.example").contains("srs.example"));
    }
};

QTEST_GUILESS_MAIN(TestCurlErrors)
#include "tst_curlerrors.moc"
