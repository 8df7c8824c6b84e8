// The automatic checks of files brought into a project, through the real server over mutual TLS
// with a real clamd (ClamdFixture) and the checks' runner as the server runs it: EICAR refused
// by the scanner, a Python wheel refused as a package, a code file with an NHS number and a
// download flagged on its lines, a table profiled; the findings shown to the requester only;
// with clamd stopped the request waits in "checking" saying why, and reaches "awaiting-review"
// once clamd is started; requests finished while no runner ran are picked up when one starts.

#include "ApiHarness.h"
#include "ClamdFixture.h"

#include "services/IngestChecks.h"
#include "services/ServerConfig.h"
#include "store/AuditLog.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace srs::testing;

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A minimal wheel: a zip with a module and its .dist-info.
QByteArray wheel()
{
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    const QList<QPair<QString, QByteArray>> parts{
        {"tidy/__init__.py", "def tidy(x):\n    return x\n"},
        {"tidy-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: tidy\nVersion: 1.0\n"},
        {"tidy-1.0.dist-info/WHEEL", "Wheel-Version: 1.0\nTag: py3-none-any\n"},
        {"tidy-1.0.dist-info/RECORD", ""}};
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        file.write(bytes);
        file.close();
    }
    zip.close();
    return out;
}

struct Upload
{
    QString name;
    QByteArray bytes;
};

} // namespace

class TestIngestChecks : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ClamdFixture> m_clamd;
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<srs::server::IngestCheckRunner> m_runner;
    QHash<QString, QString> m_tokens;

    bool startServer(bool withRunner = true)
    {
        m_api = std::make_unique<ApiHarness>();
        const QString socket = m_clamd->socketPath();
        m_api->setConfigure([socket](srs::server::ServerConfig &c) {
            c.ingestChunkBytes = 64 * 1024;
            c.ingestClamdSocket = socket;
            c.ingestScanRetrySeconds = 1;
        });
        m_tokens.clear();
        if (!m_api->start())
            return false;
        if (withRunner)
            startRunner();
        return true;
    }

    void startRunner()
    {
        m_runner = std::make_unique<srs::server::IngestCheckRunner>(m_api->context());
        m_runner->start();
    }

    QString token(const QString &user)
    {
        if (!m_tokens.contains(user)) {
            m_api->advance(30);
            m_tokens.insert(user, m_api->signIn(user, Device::SafeRoom));
        }
        return m_tokens.value(user);
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QString &user = "res", const QList<QByteArray> &headers = {})
    {
        return m_api->call(method, "/api/v1/projects/P1" + path, body, token(user), Device::SafeRoom, nullptr,
                           headers);
    }

    // Makes a request of these files, sends them (each in one chunk) and finishes it; its id.
    QString uploadAndFinish(const QList<Upload> &files)
    {
        QJsonArray specs;
        for (const Upload &u : files)
            specs.append(QJsonObject{{"name", u.name},
                                     {"size", u.bytes.size()},
                                     {"sha256", sha256(u.bytes)},
                                     {"description", "what the analysis needs"}});
        const Reply created =
            call("POST", "/ingests",
                 QJsonDocument(QJsonObject{{"reason", "the project's code needs these"}, {"files", specs}})
                     .toJson(QJsonDocument::Compact));
        if (created.status != 201)
            return {};
        const QString id = created.json["id"].toString();
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (files.at(i).bytes.isEmpty())
                continue;
            const Reply r =
                call("PUT", QString("/ingests/%1/files/%2/chunks/0").arg(id).arg(i), files.at(i).bytes, "res",
                     {"Content-Type: application/octet-stream",
                      "X-Chunk-SHA256: " + sha256(files.at(i).bytes).toLatin1()});
            if (r.status != 204)
                return {};
        }
        const Reply finished = call("POST", "/ingests/" + id + "/finish", "");
        if (finished.status != 200 || finished.json["state"].toString() != "checking")
            return {};
        return id;
    }

    QJsonObject ingest(const QString &id, const QString &user = "res")
    {
        return call("GET", "/ingests/" + id, {}, user).json;
    }

    QString stateOf(const QString &id) { return ingest(id)["state"].toString(); }

    QStringList auditActions()
    {
        QStringList out;
        if (auto events = srs::store::AuditLog(m_api->context().database()).list(0, 100000))
            for (const auto &e : events.value())
                out << e.action;
        return out;
    }

    static QStringList findingsOf(const QJsonObject &file)
    {
        QStringList out;
        for (const QJsonValue &v : file["findings"].toArray()) {
            const QJsonObject f = v.toObject();
            out << QString("%1/%2/%3")
                       .arg(f["rule"].toString(), f["severity"].toString())
                       .arg(f["line"].toInt());
        }
        return out;
    }

private slots:
    void init()
    {
        m_clamd = std::make_unique<ClamdFixture>();
        QVERIFY2(m_clamd->start(), qPrintable(m_clamd->error()));
    }

    void cleanup()
    {
        m_runner.reset();
        m_api.reset();
        m_clamd.reset();
        m_tokens.clear();
    }

    void eachFileGetsItsFindings()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QByteArray code = "# Loads the cohort\nlibrary(dplyr)\n"
                                "cohort <- read.csv(\"cohort.csv\")\n"
                                "one <- filter(cohort, nhs == \"9434765919\")\n"
                                "download.file(\"https://example.org/codes.csv\", \"codes.csv\")\n";
        const QString id = uploadAndFinish({{"notes/eicar.txt", ClamdFixture::eicar()},
                                            {"lib/tidy-1.0-py3-none-any.whl", wheel()},
                                            {"code/load.R", code},
                                            {"lookup/areas.csv", "area,count\nE01,12\nE02,40\n"},
                                            {"lookup/renamed.csv", wheel()}});
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QString("awaiting-review"), 60000);
        const QJsonObject info = ingest(id);
        QCOMPARE(info["waiting_reason"].toString(), QString());
        const QJsonArray files = info["files"].toArray();
        QCOMPARE(files.size(), 5);
        for (const QJsonValue &f : files)
            QVERIFY(f.toObject()["checked"].toBool());
        // EICAR: refused, the signature named.
        const QJsonObject eicar = files.at(0).toObject();
        QVERIFY2(findingsOf(eicar).contains("malware/refused/0"), qPrintable(findingsOf(eicar).join(' ')));
        QVERIFY(eicar["findings"]
                    .toArray()
                    .at(0)
                    .toObject()["parameters"]
                    .toObject()["signature"]
                    .toString()
                    .startsWith(QLatin1String(ClamdFixture::SignatureName)));
        // The wheel: a package, refused.
        const QJsonObject whl = files.at(1).toObject();
        QCOMPARE(whl["kind"].toString(), QString("package"));
        QCOMPARE(findingsOf(whl), QStringList{"kind-refused/refused/0"});
        // The code: the NHS number and the download, each on its line.
        const QJsonObject r = files.at(2).toObject();
        QCOMPARE(r["kind"].toString(), QString("code"));
        QVERIFY2(findingsOf(r).contains("identifier-nhs-number/flag/4"), qPrintable(findingsOf(r).join(' ')));
        QVERIFY2(findingsOf(r).contains("command-download/flag/5"), qPrintable(findingsOf(r).join(' ')));
        for (const QJsonValue &f : r["findings"].toArray())
            QVERIFY(!f.toObject()["message"].toString().contains("9434765919")); // masked
        // The table: profiled, nothing to flag.
        const QJsonObject csv = files.at(3).toObject();
        QCOMPARE(csv["kind"].toString(), QString("table"));
        QCOMPARE(csv["media_type"].toString(), QString("text/csv"));
        QCOMPARE(findingsOf(csv), QStringList());
        QCOMPARE(csv["profile"].toObject()["rows"].toInt(), 2);
        // A package under a table's name: refused, and the name flagged.
        QCOMPARE(findingsOf(files.at(4).toObject()),
                 (QStringList{"name-mismatch/flag/0", "kind-refused/refused/0"}));
        QVERIFY(auditActions().contains("ingest.checked"));
        QVERIFY(!auditActions().contains("ingest.scanner-waiting"));
        // Another member of the project sees the request, not what was found in its files.
        const QJsonObject other = ingest(id, "sup");
        QCOMPARE(other["state"].toString(), QString("awaiting-review"));
        for (const QJsonValue &f : other["files"].toArray()) {
            QVERIFY(f.toObject()["findings"].toArray().isEmpty());
            QCOMPARE(f.toObject()["kind"].toString(), QString());
            QVERIFY(f.toObject()["profile"].toObject().isEmpty());
        }
    }

    void waitsForTheScannerThenCarriesOn()
    {
        m_clamd->stop();
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QString id = uploadAndFinish({{"code/model.py", "import os\nx = 1\n"}});
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!ingest(id)["waiting_reason"].toString().isEmpty(), 30000);
        const QJsonObject waiting = ingest(id);
        QCOMPARE(waiting["state"].toString(), QString("checking"));
        QVERIFY2(waiting["waiting_reason"].toString().contains("malware scan"),
                 qPrintable(waiting["waiting_reason"].toString()));
        QVERIFY(!waiting["files"].toArray().at(0).toObject()["checked"].toBool());
        QVERIFY(auditActions().contains("ingest.scanner-waiting"));
        // Tried again (every second here) while it waits: still waiting, audited once.
        QTest::qWait(2500);
        QCOMPARE(stateOf(id), QString("checking"));
        QCOMPARE(auditActions().count("ingest.scanner-waiting"), 1);
        // The scanner is back: the request carries on by itself.
        QVERIFY2(m_clamd->start(), qPrintable(m_clamd->error()));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QString("awaiting-review"), 60000);
        QCOMPARE(ingest(id)["waiting_reason"].toString(), QString());
        QVERIFY(auditActions().contains("ingest.checked"));
    }

    void noScannerConfiguredWaits()
    {
        m_api = std::make_unique<ApiHarness>();
        m_api->setConfigure([](srs::server::ServerConfig &c) {
            c.ingestChunkBytes = 64 * 1024;
            c.ingestScanRetrySeconds = 1;
        });
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        startRunner();
        const QString id = uploadAndFinish({{"notes/a.txt", "hello\n"}});
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(ingest(id)["waiting_reason"].toString().contains("ingest.clamd_socket"),
                                 30000);
        QCOMPARE(stateOf(id), QString("checking"));
    }

    void requestsFinishedBeforeTheRunnerStartsArePickedUp()
    {
        // As after a restart: requests left in "checking", then the runner starts.
        QVERIFY2(startServer(false), qPrintable(m_api->error()));
        const QString a = uploadAndFinish({{"notes/a.txt", "first\n"}});
        const QString b = uploadAndFinish({{"notes/b.txt", "second\n"}});
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QCOMPARE(stateOf(a), QString("checking"));
        startRunner();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(a), QString("awaiting-review"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(b), QString("awaiting-review"), 60000);
        QCOMPARE(ingest(a)["files"].toArray().at(0).toObject()["kind"].toString(), QString("text"));
    }
};

QTEST_GUILESS_MAIN(TestIngestChecks)
#include "tst_ingest_checks.moc"
