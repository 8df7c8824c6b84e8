// Usage: bench_wizard [--entries N] [--tables N]
//
// A wizard page change, including the draft saved in the encrypted cache, with a large
// workspace (100,000 entries) and a large request (50 tables with their counts, a check with
// 1,000 findings in the draft). The server is a script; this measures the client only.
// Prints figures; never asserts on time.

#include "FakeTransport.h"

#include "api/Client.h"
#include "cache/CacheFolder.h"
#include "session/ClientStore.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "session/SubmissionWizard.h"
#include "session/WorkspaceSync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace srs;
using Page = session::SubmissionDraft::Page;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int entries = 100'000;
    int tables = 50;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--entries"))
            entries = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--tables"))
            tables = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    auto *transport = new net::testing::FakeTransport;
    api::Client client(transport, QStringLiteral("https://10.0.0.1:8443"));
    session::Session session(&client, 15, session::Clock::system());
    const QString caches = dir.filePath(QStringLiteral("caches"));
    session.setCacheKeyDeriver([caches](const QString &user, const crypto::SecureBuffer &password,
                                        const crypto::SecureBuffer &share) {
        return cache::cacheKeyFor(cache::CacheFolder(caches), {user, QStringLiteral("https://10.0.0.1:8443")},
                                  password, share, 250);
    });
    session::ClientStore::Options storing;
    storing.cacheDirectory = caches;
    session::ClientStore store(&session, session::Clock::system(), storing);
    session::WorkspaceSync::Options syncing;
    syncing.pollSeconds = 3600;
    session::WorkspaceSync browser(&session, &store, session::Clock::system(), syncing);

    // Signed in, with a project whose workspace has `entries` files.
    protocol::SessionInfo s;
    s.token = QStringLiteral("tok-bench-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    s.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    s.cacheKeyShare = QString::fromLatin1(QByteArray(32, 'k').toBase64());
    s.me.user.id = QStringLiteral("u1");
    s.me.user.username = QStringLiteral("bench.user");
    transport->queueResponse(201, s.toJson());
    protocol::ProjectInfo p;
    p.project.id = QStringLiteral("P1");
    p.project.title = QStringLiteral("Bench");
    p.project.startDate = QDate(2026, 1, 1);
    p.project.endDate = QDate(2028, 1, 1);
    p.access.allowed = true;
    transport->queueResponse(200, protocol::encodeProjectList({p}));
    QByteArray password("bench");
    session.signIn(QStringLiteral("bench.user"), crypto::SecureBuffer::takeFrom(password),
                   QStringLiteral("000000"));
    if (!QTest::qWaitFor([&] { return store.isOpen() && browser.hasServerList(); }, 30'000)) {
        std::fprintf(stderr, "the cache did not open\n");
        return 1;
    }
    transport->queueResponse(200, QJsonDocument(p.toJsonObject(true)).toJson());
    protocol::WorkspaceChangesInfo page;
    page.projectId = QStringLiteral("P1");
    page.revision = 1;
    const QDateTime t = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < entries; ++i)
        page.added.append({QStringLiteral("outputs/batch_%1/table_%2.csv").arg(i / 500).arg(i), 100,
                           QStringLiteral("file"), t,
                           QString::fromLatin1(QByteArray::number(i).rightJustified(64, '0')), 1});
    transport->queueResponse(200, page.toJson());
    QSignalSpy synced(&browser, &session::WorkspaceSync::syncFinished);
    browser.selectProject(QStringLiteral("P1"));
    if (!synced.wait(60'000)) {
        std::fprintf(stderr, "the workspace did not sync\n");
        return 1;
    }

    session::SubmissionWizard wizard(&session, &store, &browser, session::Clock::system());
    wizard.start(QStringLiteral("P1"));
    wizard.draft().typeChosen = true;
    wizard.draft().title = QStringLiteral("Bench request");
    for (int i = 0; i < tables; ++i) {
        const QString out = QStringLiteral("outputs/batch_0/table_%1.csv").arg(i * 2);
        wizard.setFile(out, domain::FileRole::Output);
        domain::TableSpec table;
        table.file = out;
        table.counts.file = QStringLiteral("outputs/batch_0/table_%1.csv").arg(i * 2 + 1);
        wizard.setTable(table);
    }
    for (domain::SubmissionFile &f : wizard.draft().files) {
        f.description = QStringLiteral("A table");
        f.destination = QStringLiteral("A report");
    }
    wizard.draft().controls = QStringLiteral("Suppression");
    protocol::CheckResultInfo check;
    check.status = QStringLiteral("fail");
    for (int i = 0; i < tables; ++i) {
        protocol::CheckItemInfo item;
        item.kind = QStringLiteral("table");
        item.path = wizard.draft().tables[i].file;
        item.status = QStringLiteral("fail");
        for (int k = 0; k < 20; ++k) {
            protocol::CheckFindingInfo f;
            f.rule = QStringLiteral("threshold");
            f.outcome = QStringLiteral("fail");
            f.path = item.path;
            f.fileRow = k + 2;
            f.fileColumn = 2;
            f.cell = QStringLiteral("B%1").arg(k + 2);
            f.message =
                QStringLiteral("The cell at row %1, column 2 (B%1) is based on fewer than 10 records.")
                    .arg(k + 2);
            item.findings.append(f);
            wizard.draft().exceptions.append(
                {f.path, f.rule, f.cell, 0,
                 QStringLiteral("Published elsewhere by the data owner already.")});
        }
        check.items.append(item);
    }
    wizard.draft().lastCheck = check;
    wizard.draft().checkedHashes.clear(); // as checked: nothing has changed since
    wizard.draft().declared = true;

    std::vector<double> forward, back;
    for (int round = 0; round < 5; ++round) {
        for (int to = 1; to <= static_cast<int>(Page::Commit); ++to) {
            QElapsedTimer timer;
            timer.start();
            const Status st = wizard.goTo(static_cast<Page>(to));
            forward.push_back(timer.nsecsElapsed() / 1e6);
            if (!st.ok()) {
                std::fprintf(stderr, "page %d: %s\n", to, qPrintable(st.error().message));
                return 1;
            }
        }
        for (int to = static_cast<int>(Page::Context); to >= 0; --to) {
            QElapsedTimer timer;
            timer.start();
            (void)wizard.goTo(static_cast<Page>(to));
            back.push_back(timer.nsecsElapsed() / 1e6);
        }
    }
    std::sort(forward.begin(), forward.end());
    std::sort(back.begin(), back.end());
    std::printf("bench_wizard: %d workspace files, %d tables, %lld findings and exceptions in the draft "
                "(%lld bytes)\n",
                entries, tables, static_cast<long long>(wizard.draft().exceptions.size()),
                static_cast<long long>(wizard.draft().toJson().size()));
    std::printf(
        "page change forward (checks every page before it, saves): median %.1f ms, worst %.1f ms (%zu)\n",
        forward[forward.size() / 2], forward.back(), forward.size());
    std::printf(
        "page change back (saves):                                median %.1f ms, worst %.1f ms (%zu)\n",
        back[back.size() / 2], back.back(), back.size());
    return 0;
}
