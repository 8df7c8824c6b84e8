// The route table (protocol/Routes.h) against docs/api/openapi.yaml, both ways (method, path
// and the status of a success), and the server's handlers against the table.

#include "http/ClearanceServer.h"

#include "protocol/Routes.h"

#include <httplib.h>

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using srs::protocol::RouteSpec;
using srs::server::ClearanceServer;
using namespace Qt::Literals::StringLiterals;

namespace {

QString keyOf(const RouteSpec &r)
{
    return QString::fromLatin1(r.method.data(), static_cast<qsizetype>(r.method.size())) + u' ' +
           QString::fromStdString(r.fullTemplate());
}

// "METHOD /api/v1/path" -> the 2xx statuses its responses list.
QHash<QString, QSet<int>> documentedOperations()
{
    QHash<QString, QSet<int>> documented;
    QFile f(qEnvironmentVariable("SRS_SOURCE_DIR") + "/docs/api/openapi.yaml");
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QString path;
    QString operation;
    static const QRegularExpression pathLine(R"(^  (/[^:\s]+):\s*$)");
    static const QRegularExpression methodLine(R"(^    (get|post|put|delete|patch):\s*$)");
    static const QRegularExpression successLine(R"re(^        "?(2\d\d)"?:\s*$)re");
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
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            path = m.captured(1);
            operation.clear();
        } else if (const auto m2 = methodLine.match(line); m2.hasMatch() && !path.isEmpty()) {
            operation = m2.captured(1).toUpper() + ' ' + path;
            documented.insert(operation, {});
        } else if (const auto m3 = successLine.match(line); m3.hasMatch() && !operation.isEmpty()) {
            documented[operation].insert(m3.captured(1).toInt());
        }
    }
    return documented;
}

void noAnswer(const srs::server::RequestContext &, httplib::Response &) {}

} // namespace

class TestApiDocs : public QObject
{
    Q_OBJECT
private slots:
    void tableMatchesTheApiReference()
    {
        const QHash<QString, QSet<int>> documented = documentedOperations();
        QVERIFY2(!documented.isEmpty(), "no paths found in openapi.yaml");
        QSet<QString> inTable;
        for (const RouteSpec &r : srs::protocol::allRoutes()) {
            const QString key = keyOf(r);
            inTable.insert(key);
            if (!documented.contains(key))
                continue; // reported below
            const QSet<int> statuses = documented.value(key);
            QVERIFY2(statuses.isEmpty() || statuses.contains(r.successStatus),
                     qPrintable(key + u": the table says "_s + QString::number(r.successStatus) +
                                u", openapi.yaml does not list it"_s));
            QVERIFY2(statuses.size() <= 1, qPrintable(key + u": more than one success status"_s));
        }
        QStringList undocumented =
            (inTable - QSet<QString>(documented.keyBegin(), documented.keyEnd())).values();
        QStringList missing = (QSet<QString>(documented.keyBegin(), documented.keyEnd()) - inTable).values();
        undocumented.sort();
        missing.sort();
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable("in Routes.h but not in openapi.yaml: " + undocumented.join(", ")));
        QVERIFY2(missing.isEmpty(), qPrintable("in openapi.yaml but not in Routes.h: " + missing.join(", ")));
    }

    void serverHandlesEveryRouteOfTheTable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        srs::server::ServerConfig config;
        config.dataDir = dir.path();
        auto context = srs::server::ServerContext::open(config);
        QVERIFY2(context.ok(), qPrintable(context.ok() ? QString() : context.error().message));
        ClearanceServer server(*context.value());
        const QStringList problems = server.routeProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));

        QSet<QString> registered;
        for (const RouteSpec &r : server.routes())
            registered.insert(keyOf(r));
        QSet<QString> inTable;
        for (const RouteSpec &r : srs::protocol::allRoutes())
            inTable.insert(keyOf(r));
        QCOMPARE(registered, inTable);
        QCOMPARE(server.routes().size(), srs::protocol::allRoutes().size());
        // cpp-httplib tries a method's routes in the order they were added: the poll first.
        QCOMPARE(keyOf(server.routes().front()), keyOf(srs::protocol::route::Workspace.spec));
    }

    // A handler for a route the table does not have, a route of the table without a handler,
    // or a route handled twice: each is named, and the server does not start.
    void disagreementsAreFound()
    {
        using namespace srs::protocol::route;
        const RouteSpec table[] = {Health.spec, Me.spec, Projects.spec};
        const RouteSpec stray{"GET", "/stray/{id}", 200, "stray"};
        const RouteSpec registered[] = {Me.spec, stray, Health.spec, Health.spec};
        const QStringList problems = ClearanceServer::routeProblems(table, registered);
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.join('\n').contains("GET /api/v1/stray/{id}"), qPrintable(problems.join('\n')));
        QVERIFY2(problems.join('\n').contains("GET /api/v1/projects"), qPrintable(problems.join('\n')));
        QVERIFY2(problems.join('\n').contains("GET /api/v1/health"), qPrintable(problems.join('\n')));
        QVERIFY(ClearanceServer::routeProblems(table, table).isEmpty());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        srs::server::ServerConfig config;
        config.dataDir = dir.path();
        auto context = srs::server::ServerContext::open(config);
        QVERIFY(context.ok());
        ClearanceServer server(*context.value());
        server.addRoute(stray, noAnswer);
        QCOMPARE(server.routeProblems().size(), 1);
        const srs::Status bound = server.bind();
        QVERIFY(!bound.ok());
        QCOMPARE(bound.error().code, QStringLiteral("route-table"));
        QVERIFY2(bound.error().message.contains("/api/v1/stray/{id}"), qPrintable(bound.error().message));
    }
};

QTEST_GUILESS_MAIN(TestApiDocs)
#include "tst_apidocs.moc"
