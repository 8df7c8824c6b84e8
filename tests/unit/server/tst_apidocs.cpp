// Every route the server registers is in docs/api/openapi.yaml, and every documented route exists.

#include "http/ClearanceServer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using srs::server::ClearanceServer;

class TestApiDocs : public QObject
{
    Q_OBJECT
private slots:
    void everyRouteIsDocumented()
    {
        QFile f(qEnvironmentVariable("SRS_SOURCE_DIR") + "/docs/api/openapi.yaml");
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QSet<QString> documented;
        QString path;
        static const QRegularExpression pathLine(R"(^  (/[^:\s]+):\s*$)");
        static const QRegularExpression methodLine(R"(^    (get|post|put|delete|patch):\s*$)");
        bool inPaths = false;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith("paths:")) {
                inPaths = true;
                continue;
            }
            if (inPaths && !line.isEmpty() && !line.startsWith(' '))
                inPaths = false;
            if (!inPaths)
                continue;
            if (const auto m = pathLine.match(line); m.hasMatch())
                path = m.captured(1);
            else if (const auto m2 = methodLine.match(line); m2.hasMatch() && !path.isEmpty())
                documented.insert(m2.captured(1).toUpper() + ' ' + path);
        }
        QVERIFY2(!documented.isEmpty(), "no paths found in openapi.yaml");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        srs::server::ServerConfig config;
        config.dataDir = dir.path();
        auto context = srs::server::ServerContext::open(config);
        QVERIFY2(context.ok(), qPrintable(context.ok() ? QString() : context.error().message));
        ClearanceServer server(*context.value());
        QSet<QString> registered;
        for (const auto &r : server.routes())
            registered.insert(QString::fromStdString(r.method + ' ' + r.path));

        QStringList undocumented = (registered - documented).values();
        QStringList missing = (documented - registered).values();
        undocumented.sort();
        missing.sort();
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable("registered but not documented: " + undocumented.join(", ")));
        QVERIFY2(missing.isEmpty(), qPrintable("documented but not registered: " + missing.join(", ")));
    }
};

QTEST_GUILESS_MAIN(TestApiDocs)
#include "tst_apidocs.moc"
