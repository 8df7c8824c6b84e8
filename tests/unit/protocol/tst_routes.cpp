// The route table: paths to call, the server's patterns, and one entry per route.

#include "protocol/Routes.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace srs::protocol;

class TestRoutes : public QObject
{
    Q_OBJECT
private slots:
    void pathsAreFormattedAndEncoded()
    {
        QCOMPARE(route::Health.path(), QStringLiteral("/api/v1/health"));
        QCOMPARE(route::Submission.path({"p-1", "S-ab"}),
                 QStringLiteral("/api/v1/projects/p-1/submissions/S-ab"));
        // Arguments are data: a slash, a query or a dot-dot stays inside its segment.
        QCOMPARE(route::Project.path({"a/../b?x=1"}), QStringLiteral("/api/v1/projects/a%2F..%2Fb%3Fx%3D1"));
        QCOMPARE(route::RoundFile.path({"S-1", "2", "0"}),
                 QStringLiteral("/api/v1/submissions/S-1/rounds/2/files/0"));
        // The wrong number of arguments gives nothing to call.
        QVERIFY(route::Project.path({}).isEmpty());
        QVERIFY(route::Health.path({"x"}).isEmpty());
    }

    void serverPatternsMatchWhatTheClientCalls()
    {
        QCOMPARE(route::Workspace.spec.serverPattern(),
                 std::string("/api/v1/projects/([A-Za-z0-9._-]{1,64})/workspace"));
        QCOMPARE(route::Withdraw.spec.parameters(), (QList<std::string_view>{"id", "sid"}));
        QCOMPARE(route::IngestChunk.spec.parameters(), (QList<std::string_view>{"id", "iid", "i", "n"}));
        QCOMPARE(route::IngestChunk.path({"P-1", "I-2", "0", "7"}),
                 QString("/api/v1/projects/P-1/ingests/I-2/files/0/chunks/7"));
        for (const RouteSpec &r : allRoutes()) {
            const QRegularExpression re(
                QRegularExpression::anchoredPattern(QString::fromStdString(r.serverPattern())));
            QVERIFY2(re.isValid(), r.name.data());
            QStringList args;
            for (std::string_view p : r.parameters()) {
                QVERIFY2(!parameterPattern(p).empty(), r.name.data());
                args << (p == "n" || p == "i" ? QStringLiteral("3") : QStringLiteral("P-1"));
            }
            QString path;
            switch (args.size()) {
            case 0:
                path = r.format({});
                break;
            case 1:
                path = r.format({args[0]});
                break;
            case 2:
                path = r.format({args[0], args[1]});
                break;
            case 3:
                path = r.format({args[0], args[1], args[2]});
                break;
            case 4:
                path = r.format({args[0], args[1], args[2], args[3]});
                break;
            default:
                QFAIL("a route with more than four parameters");
            }
            QVERIFY2(re.match(path).hasMatch(), qPrintable(path));
        }
        const QRegularExpression project(
            QRegularExpression::anchoredPattern(QString::fromStdString(route::Project.spec.serverPattern())));
        QVERIFY(!project.match(route::Project.path({"a/b"})).hasMatch());
    }

    void eachRouteOnce()
    {
        QSet<QString> seen;
        QSet<QString> names;
        for (const RouteSpec &r : allRoutes()) {
            const QString key = QString::fromLatin1(r.method.data(), r.method.size()) + ' ' +
                                QString::fromStdString(r.fullTemplate());
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            const QString name = QString::fromLatin1(r.name.data(), r.name.size());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QVERIFY(r.successStatus >= 200 && r.successStatus < 300);
        }
        QVERIFY(seen.contains("POST /api/v1/projects/{id}/checks"));
    }
};

QTEST_APPLESS_MAIN(TestRoutes)
#include "tst_routes.moc"
