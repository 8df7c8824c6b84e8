// The ingest request as sent over the wire, with what the automatic checks add: the request's
// waiting_reason, and per file its kind, media type, findings and profile; written and read
// back unchanged, and the findings' own list form (how the server stores them).

#include "protocol/IngestMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace srs::protocol;

class TestIngestMessages : public QObject
{
    Q_OBJECT
private slots:
    void infoRoundTripsWithChecks()
    {
        IngestInfo info;
        info.id = "I-1";
        info.projectId = "P1";
        info.requesterId = "u1";
        info.requesterName = "Res Earcher";
        info.createdAt = QDateTime::fromString("2026-12-01T10:00:00Z", Qt::ISODate);
        info.updatedAt = QDateTime::fromString("2026-12-01T10:05:00Z", Qt::ISODate);
        info.state = "checking";
        info.reason = "the code needs them";
        info.waitingReason = "Waiting for the malware scan: the scanner is not answering.";
        info.chunkBytes = 65536;
        IngestFileInfo file;
        file.index = 0;
        file.spec = {"lookup/areas.csv", 120, QString(64, 'a'), "area codes"};
        file.receivedBytes = 120;
        file.kind = "table";
        file.mediaType = "text/csv";
        file.checked = true;
        file.findings = {{"identifier-column", "flag", "Column 2 (\"nhs\") looks like NHS numbers.",
                          QJsonObject{{"column", 2}, {"header", "nhs"}}, 0},
                         {"command-download", "flag", "This line fetches from a network.", {}, 5}};
        file.profile = QJsonObject{{"rows", 3}, {"columns", QJsonArray{QJsonObject{{"position", 1}}}}};
        info.files = {file, IngestFileInfo{}};
        info.files[1].index = 1;
        info.files[1].spec = {"notes/a.txt", 0, QString(64, 'b'), "notes"};

        const QJsonObject json = info.toJsonObject();
        QCOMPARE(json["waiting_reason"].toString(), info.waitingReason);
        const QJsonObject f0 = json["files"].toArray().at(0).toObject();
        QCOMPARE(f0["kind"].toString(), QString("table"));
        QCOMPARE(f0["media_type"].toString(), QString("text/csv"));
        QCOMPARE(f0["checked"].toBool(), true);
        QCOMPARE(f0["findings"].toArray().at(1).toObject()["line"].toInt(), 5);
        QCOMPARE(f0["findings"].toArray().at(0).toObject()["severity"].toString(), QString("flag"));

        auto back = IngestInfo::fromJson(info.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        const IngestInfo &b = back.value();
        QCOMPARE(b.waitingReason, info.waitingReason);
        QCOMPARE(b.files.size(), 2);
        QCOMPARE(b.files.at(0).kind, file.kind);
        QCOMPARE(b.files.at(0).mediaType, file.mediaType);
        QCOMPARE(b.files.at(0).checked, true);
        QVERIFY(b.files.at(0).findings == file.findings);
        QCOMPARE(b.files.at(0).profile, file.profile);
        QCOMPARE(b.files.at(1).checked, false);
        QVERIFY(b.files.at(1).findings.isEmpty());
    }

    void olderAnswersWithoutChecksStillRead()
    {
        const QByteArray body = R"({"id":"I-1","project_id":"P1","requester":{"id":"u1"},
            "created_at":"2026-12-01T10:00:00Z","updated_at":"2026-12-01T10:00:00Z","state":"uploading",
            "reason":"r","chunk_bytes":65536,"files":[{"index":0,"name":"a.txt","size":1,
            "sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","received_bytes":0}]})";
        auto info = IngestInfo::fromJson(body);
        QVERIFY(info.ok());
        QCOMPARE(info.value().waitingReason, QString());
        QCOMPARE(info.value().files.at(0).kind, QString());
        QVERIFY(info.value().files.at(0).findings.isEmpty());
    }

    void findingsListRoundTrips()
    {
        const QList<IngestFinding> findings{
            {"malware", "refused", "found", QJsonObject{{"signature", "X"}}, 0},
            {"command-shell", "flag", "runs", {}, 12}};
        QVERIFY(decodeIngestFindings(encodeIngestFindings(findings)) == findings);
        QVERIFY(decodeIngestFindings("not json").isEmpty());
        QVERIFY(decodeIngestFindings("[]").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIngestMessages)
#include "tst_ingestmessages.moc"
