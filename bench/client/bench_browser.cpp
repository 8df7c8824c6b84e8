// Usage: bench_browser [--entries N] [--server] [--repeat N]
//
// The project browser with a large workspace (100,000 entries by default):
//   * open the encrypted cache and show the tree (open + integrity check + read + model +
//     first paint of a QTreeView, offscreen);
//   * one filter keystroke at a time (model filter + opening the folders of up to 500 matches);
//   * with --server: the first full sync of that workspace from a local srs-clearance-server
//     (real TLS, pages of 5,000), from selecting the project to the tree being ready;
//   * peak memory (VmHWM) of this process.
// Prints figures; never asserts on time.

#include "BenchFigures.h"
#include "ServerProcess.h"

#include "api/Client.h"
#include "cache/CacheFolder.h"
#include "cache/MetadataCache.h"
#include "crypto/Totp.h"
#include "net/CurlTransport.h"
#include "session/ClientStore.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "session/WorkspaceSync.h"
#include "ui/projects/ProjectModels.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace srs;
using bench::median;
using bench::peakMemory;

namespace {

// A research workspace's shape: code, data, logs and outputs, folders of a few hundred files.
QString entryPath(int i)
{
    static const char *const Tops[] = {"code", "data", "logs", "outputs/tables", "outputs/figures", "docs"};
    const int top = i % 6;
    return QStringLiteral("%1/batch_%2/item_%3_%4.csv")
        .arg(QLatin1StringView(Tops[top]))
        .arg(i / 600, 3, 10, QLatin1Char('0'))
        .arg(i % 600)
        .arg(i);
}

std::vector<protocol::WorkspaceEntryInfo> generate(int count)
{
    std::vector<protocol::WorkspaceEntryInfo> out;
    out.reserve(static_cast<std::size_t>(count));
    const QDateTime t(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
    QSet<QString> folders;
    for (int i = 0; i < count; ++i) {
        const QString path = entryPath(i);
        for (qsizetype slash = path.indexOf(u'/'); slash > 0; slash = path.indexOf(u'/', slash + 1)) {
            const QString folder = path.left(slash);
            if (!folders.contains(folder)) {
                folders.insert(folder);
                out.push_back({folder, 0, QStringLiteral("directory"), t, QString(), 1});
            }
        }
        out.push_back({path, 1000 + i, QStringLiteral("file"), t.addSecs(i),
                       QString::fromLatin1(QByteArray::number(i).rightJustified(64, '0')), 1});
    }
    return out;
}

int localFigures(int entries, int repeat)
{
    QTemporaryDir dir;
    const cache::CacheFolder folder(dir.filePath(QStringLiteral("caches")));
    const cache::CacheIdentity who{QStringLiteral("bench.user"), QStringLiteral("https://127.0.0.1:1")};
    const crypto::SecureBuffer key = crypto::SecureBuffer::fromBytes(QByteArray(32, 'k'));
    {
        auto opened = cache::MetadataCache::open(folder, who, key);
        if (!opened.ok()) {
            std::fprintf(stderr, "cannot create the cache: %s\n", qPrintable(opened.error().message));
            return 1;
        }
        const auto all = generate(entries);
        QElapsedTimer t;
        t.start();
        for (std::size_t from = 0; from < all.size(); from += 5000) {
            protocol::WorkspaceChangesInfo page;
            page.revision = 1;
            for (std::size_t i = from; i < std::min(all.size(), from + 5000); ++i)
                page.added.append(all[i]);
            page.nextCursor = from + 5000 < all.size() ? QStringLiteral("more") : QString();
            if (!opened->cache
                     ->applyWorkspacePage(QStringLiteral("P-BENCH"), 0, page, QDateTime::currentDateTimeUtc())
                     .ok())
                return 1;
        }
        std::printf("cache write:        %zu entries in %lld ms (pages of 5,000, one transaction each)\n",
                    all.size(), t.elapsed());
    }
    std::printf("cache file:         %.1f MB\n", QFileInfo(folder.databasePath(who)).size() / 1e6);

    std::vector<double> shows, opens;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer t;
        t.start();
        auto opened = cache::MetadataCache::open(folder, who, key);
        const double openMs = t.nsecsElapsed() / 1e6;
        auto rows = opened->cache->workspaceEntries(QStringLiteral("P-BENCH"));
        const double readMs = t.nsecsElapsed() / 1e6;
        ui::WorkspaceTreeModel model;
        model.setEntries(std::move(rows).value());
        const double modelMs = t.nsecsElapsed() / 1e6;
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&model);
        view.resize(900, 600);
        view.show();
        QApplication::processEvents();
        view.repaint();
        const double shownMs = t.nsecsElapsed() / 1e6;
        opens.push_back(openMs);
        shows.push_back(shownMs);
        std::printf("open and show:      %.0f ms (open + integrity check %.0f, read %.0f, model %.0f, "
                    "view %.0f)\n",
                    shownMs, openMs, readMs - openMs, modelMs - readMs, shownMs - modelMs);

        // Keystrokes: a name typed letter by letter, one that matches nothing, then cleared.
        std::vector<double> keys;
        QString typed;
        for (const QChar c : QStringLiteral("item_12_")) {
            typed += c;
            QElapsedTimer k;
            k.start();
            model.setFilter(typed);
            for (const QModelIndex &f : model.matchParents(500))
                view.expand(f);
            view.repaint();
            keys.push_back(k.nsecsElapsed() / 1e6);
        }
        for (const QString &text : {QStringLiteral("zzz"), QString()}) {
            QElapsedTimer k;
            k.start();
            model.setFilter(text);
            view.repaint();
            keys.push_back(k.nsecsElapsed() / 1e6);
        }
        std::printf("filter keystroke:   median %.1f ms, worst %.1f ms (%zu keystrokes, %lld entries)\n",
                    median(keys), *std::max_element(keys.begin(), keys.end()), keys.size(),
                    static_cast<long long>(model.entryCount()));
    }
    std::printf("open and show:      median %.0f ms over %d runs\n", median(shows), repeat);
    std::printf("peak memory:        %s\n", qPrintable(peakMemory()));
    return 0;
}

int serverFigures(int entries)
{
    testing::ServerProcess server([] {
        testing::ServerProcess::Options o;
        o.seedDemo = true;
        return o;
    }());
    if (!server.start()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString project = QStringLiteral("P-2026-001");
    const QString workspace = server.workspaceFolder(project) + QStringLiteral("/bench");
    QElapsedTimer t;
    t.start();
    QSet<QString> made;
    for (int i = 0; i < entries; ++i) {
        const QString path = workspace + u'/' + entryPath(i);
        const QString folderPath = QFileInfo(path).path();
        if (!made.contains(folderPath)) {
            QDir().mkpath(folderPath);
            made.insert(folderPath);
        }
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        f.write(QByteArray::number(i));
    }
    std::printf("workspace files:    %d written in %lld ms\n", entries, t.elapsed());
    t.restart();
    QString output;
    if (server.runAdmin({QStringLiteral("scan-workspaces")}, &output) != 0) {
        std::fprintf(stderr, "scan: %s\n", qPrintable(output));
        return 1;
    }
    std::printf("server index:       %lld ms (admin scan-workspaces, hashing every file)\n", t.elapsed());

    QTemporaryDir caches;
    crypto::TlsSettings tls;
    tls.caFile = testing::ServerProcess::pkiFile(QStringLiteral("ca.crt"));
    QFile pin(testing::ServerProcess::pkiFile(QStringLiteral("server.pin")));
    if (pin.open(QIODevice::ReadOnly))
        tls.pinnedKeys = {QString::fromLatin1(pin.readAll().trimmed())};
    tls.certificateFile = testing::ServerProcess::pkiFile(QStringLiteral("laptop.crt"));
    tls.keyFile = testing::ServerProcess::pkiFile(QStringLiteral("laptop.key"));
    net::CurlTransport transport(tls);
    api::Client client(&transport, server.baseUrl());
    session::Session session(&client, 15, session::Clock::system());
    const QString dir = caches.filePath(QStringLiteral("caches"));
    const QString url = server.baseUrl();
    session.setCacheKeyDeriver([dir, url](const QString &user, const crypto::SecureBuffer &password,
                                          const crypto::SecureBuffer &share) {
        return cache::cacheKeyFor(cache::CacheFolder(dir), {user, url}, password, share, 250);
    });
    session::ClientStore::Options storing;
    storing.cacheDirectory = dir;
    session::ClientStore store(&session, session::Clock::system(), storing);
    session::WorkspaceSync::Options syncing;
    syncing.pollSeconds = 3600;
    session::WorkspaceSync browser(&session, &store, session::Clock::system(), syncing);

    auto secret = crypto::base32Decode(server.totpSecret(QStringLiteral("asha.patel")).toLatin1());
    crypto::Totp totp(std::move(*secret));
    QSignalSpy opened(&store, &session::ClientStore::opened);
    QSignalSpy in(&session, &session::Session::signedIn);
    QByteArray password("demo-asha.patel");
    t.restart();
    session.signIn(QStringLiteral("asha.patel"), crypto::SecureBuffer::takeFrom(password),
                   QString::fromLatin1(totp.codeForStep(totp.stepAt(QDateTime::currentSecsSinceEpoch()))));
    if (!QTest::qWaitFor([&] { return !in.isEmpty(); }, 30'000)) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    while (!session.declarationsOwed().isEmpty()) {
        QSignalSpy accepted(&session, &session::Session::declarationAccepted);
        session.acceptDeclaration(session.declarationsOwed().constFirst());
        if (!accepted.wait(30'000))
            return 1;
    }
    if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 30'000)) {
        std::fprintf(stderr, "the cache did not open\n");
        return 1;
    }
    std::printf("sign-in to cache:   %lld ms (including declarations and the Argon2id key)\n", t.elapsed());

    QSignalSpy finished(&browser, &session::WorkspaceSync::syncFinished);
    QSignalSpy failed(&browser, &session::WorkspaceSync::syncFailed);
    t.restart();
    browser.selectProject(project);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 300'000) ||
        !failed.isEmpty()) {
        std::fprintf(stderr, "sync failed\n");
        return 1;
    }
    const qint64 syncMs = t.elapsed();
    ui::WorkspaceTreeModel model;
    model.setEntries(browser.entries());
    std::printf("first full sync:    %zu entries in %lld ms (%.0f entries/s), model ready %lld ms\n",
                browser.entries().size(), syncMs,
                browser.entries().size() * 1000.0 / std::max<qint64>(1, syncMs), t.elapsed());
    std::printf("peak memory:        %s (client and this benchmark's own copies)\n",
                qPrintable(peakMemory()));
    session.signOut();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int entries = 100'000;
    int repeat = 3;
    bool withServer = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--entries") && i + 1 < args.size())
            entries = args[++i].toInt();
        else if (args[i] == QStringLiteral("--repeat") && i + 1 < args.size())
            repeat = args[++i].toInt();
        else if (args[i] == QStringLiteral("--server"))
            withServer = true;
        else {
            std::fprintf(stderr, "usage: bench_browser [--entries N] [--repeat N] [--server]\n");
            return 2;
        }
    }
    std::printf("bench_browser: %d workspace files\n", entries);
    if (const int rc = localFigures(entries, repeat); rc != 0)
        return rc;
    return withServer ? serverFigures(entries) : 0;
}
