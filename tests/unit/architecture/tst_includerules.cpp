// The include rules of docs/architecture.md ("Two programs, one core"), checked by reading the
// #include lines of every source file of the programs (core/, server/, ui/, app/, tools/); and
// the 600-line limit on the files of ui/.
//
// A quoted include is resolved to the file it names (beside the including file, then under
// core/, server/ and the source root), and so to the part of the tree it belongs to; an
// angled one is looked up in Qt's headers (and so gives its Qt module), otherwise it is a
// system or third-party header named by its first path component.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// What one part of the tree may include. A part is a folder (`core/net`, `ui`, `server/http`);
// a file is in the part with the longest matching folder. The part's own files are always
// allowed.
struct Part
{
    QString folder;
    // Other parts (or single files, `core/crypto/SecureBuffer.h`) it may include.
    QStringList uses;
    // Qt modules it may include; empty: any module except those in qtNot.
    QStringList qt;
    QStringList qtNot = {};
    // QJson* headers (the JSON wire format stays in core/protocol and below).
    bool noJson = false;
};

// Everything below core/session that the client and the server share.
const QStringList sharedCore = {u"core/domain"_s, u"core/crypto"_s, u"core/protocol"_s, u"core/sdc"_s};
// What every part of the server may use from core/.
const QStringList serverCore = {u"core/domain"_s, u"core/crypto"_s, u"core/protocol"_s, u"core/sdc"_s,
                                u"core/outputs"_s};

const QList<Part> &parts()
{
    static const QList<Part> list = {
        // core/*: never Qt Widgets; the wire format and the rules need only QtCore.
        {u"core/domain"_s, {}, {u"QtCore"_s}},
        {u"core/crypto"_s, {}, {u"QtCore"_s}},
        // core/protocol reads and writes the table spec with core/sdc's one JSON form.
        {u"core/protocol"_s, {u"core/domain"_s, u"core/crypto"_s, u"core/sdc"_s}, {u"QtCore"_s}},
        {u"core/sdc"_s, {u"core/domain"_s, u"core/crypto"_s}, {u"QtCore"_s}},
        {u"core/outputs"_s,
         {u"core/domain"_s, u"core/crypto"_s, u"core/protocol"_s},
         {u"QtCore"_s, u"QtGui"_s}},
        {u"core/net"_s, sharedCore, {u"QtCore"_s, u"QtNetwork"_s}},
        {u"core/cache"_s, sharedCore, {u"QtCore"_s, u"QtNetwork"_s}},
        {u"core/api"_s, sharedCore + QStringList{u"core/net"_s}, {u"QtCore"_s, u"QtNetwork"_s}},
        {u"core/session"_s,
         sharedCore + QStringList{u"core/api"_s, u"core/net"_s, u"core/cache"_s},
         {u"QtCore"_s, u"QtNetwork"_s, u"QtConcurrent"_s}},
        // The client's screens: the session's controllers and the value types they hand out;
        // no transport, no cache, no SQL, no JSON.
        {u"ui"_s,
         {u"core/session"_s, u"core/api"_s, u"core/domain"_s, u"core/protocol"_s, u"core/sdc"_s,
          u"core/crypto/SecureBuffer.h"_s},
         {},
         {u"QtSql"_s, u"QtNetwork"_s},
         true},
        {u"app"_s,
         {u"ui"_s, u"core/session"_s, u"core/domain"_s, u"core/protocol"_s},
         {},
         {u"QtSql"_s, u"QtNetwork"_s},
         true},
        {u"tools/srs-sdc"_s, {u"core/sdc"_s, u"core/domain"_s}, {u"QtCore"_s}},
        // The server: never the client's net, cache, session, api or ui; inside it, a lower
        // part never includes a higher one (store < workspace < services < http, admin).
        {u"server/store"_s, serverCore, {}, {u"QtWidgets"_s}},
        {u"server/workspace"_s, serverCore + QStringList{u"server/store"_s}, {}, {u"QtWidgets"_s}},
        {u"server/services"_s,
         serverCore + QStringList{u"server/store"_s, u"server/workspace"_s},
         {},
         {u"QtWidgets"_s}},
        {u"server/http"_s,
         serverCore + QStringList{u"server/services"_s, u"server/store"_s, u"server/workspace"_s},
         {},
         {u"QtWidgets"_s}},
        {u"server/admin"_s,
         serverCore + QStringList{u"server/services"_s, u"server/store"_s, u"server/workspace"_s},
         {},
         {u"QtWidgets"_s}},
        {u"server"_s, serverCore + QStringList{u"server"_s}, {}, {u"QtWidgets"_s}},
    };
    return list;
}

// Third-party libraries kept to the parts that wrap them.
struct Library
{
    QString header; // first path component, or the header itself
    QStringList parts;
};

const QList<Library> &libraries()
{
    static const QList<Library> list = {
        // libcurl: the client's HTTP, and the server's one SMTP sender (notices by e-mail).
        {u"curl"_s, {u"core/net"_s, u"server/services/SmtpSender.cpp"_s}},
        {u"httplib.h"_s, {u"server/http"_s}},
        {u"sqlite3.h"_s, {u"core/cache"_s, u"server/store"_s}},
        {u"sqlcipher"_s, {u"core/cache"_s}},
        {u"openssl"_s, {u"core/crypto"_s, u"core/net"_s, u"core/session"_s, u"server"_s}},
    };
    return list;
}

bool within(const QString &path, const QString &folderOrFile)
{
    return path == folderOrFile || path.startsWith(folderOrFile + u'/');
}

// The part a file (relative to the source root) belongs to; nullopt outside every part.
std::optional<Part> partOf(const QString &path)
{
    std::optional<Part> best;
    for (const Part &p : parts()) {
        if (within(path, p.folder) && (!best || p.folder.size() > best->folder.size()))
            best = p;
    }
    return best;
}

// Qt's headers by name, with their module (`QLabel` -> `QtWidgets`).
QHash<QString, QString> qtHeaders(const QString &qtRoot)
{
    static QHash<QString, QHash<QString, QString>> read; // by root: the rows share one
    if (const auto it = read.constFind(qtRoot); it != read.cend())
        return *it;
    QHash<QString, QString> &out = read[qtRoot];
    const QDir root(qtRoot);
    for (const QString &module : root.entryList({u"Qt*"_s}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &header : QDir(root.filePath(module)).entryList(QDir::Files))
            out.insert(header, module);
    }
    return out;
}

struct Violation
{
    QString file; // relative to the source root
    int line = 0;
    QString header; // as written
    QString why;
};

class IncludeChecker
{
public:
    IncludeChecker(QString sourceRoot, const QString &qtRoot)
        : m_root(std::move(sourceRoot)), m_qt(qtHeaders(qtRoot))
    {}

    [[nodiscard]] int qtHeaderCount() const { return int(m_qt.size()); }
    [[nodiscard]] int filesRead() const { return m_filesRead; }

    QList<Violation> checkTree()
    {
        QList<Violation> out;
        QStringList files;
        for (const QString &top : {u"core"_s, u"server"_s, u"ui"_s, u"app"_s, u"tools"_s}) {
            QDirIterator it(QDir(m_root).filePath(top), {u"*.h"_s, u"*.cpp"_s, u"*.hpp"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(QDir(m_root).relativeFilePath(it.next()));
        }
        std::sort(files.begin(), files.end());
        for (const QString &f : files)
            out.append(checkFile(f));
        return out;
    }

    QList<Violation> checkFile(const QString &file)
    {
        QList<Violation> out;
        const std::optional<Part> part = partOf(file);
        if (!part) {
            out.append({file,
                        0,
                        {},
                        u"no include rule covers this folder: add one here and in docs/architecture.md"_s});
            return out;
        }
        QFile f(QDir(m_root).filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            out.append({file, 0, {}, u"cannot be read"_s});
            return out;
        }
        ++m_filesRead;
        // `#include <x>` or `#include "x"` (written with escapes: moc reads this file too).
        static const QRegularExpression include(u"^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"_s);
        int lineNo = 0;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine());
            ++lineNo;
            const QRegularExpressionMatch m = include.match(line);
            if (!m.hasMatch())
                continue;
            const QString header = m.captured(2);
            const QString why = judge(file, *part, header, m.captured(1) == u"<"_s);
            if (!why.isEmpty())
                out.append({file, lineNo, header, why});
        }
        return out;
    }

    // The project files `file` reaches through quoted includes, however indirectly, each with the
    // chain of includes that first reached it.
    struct Reached
    {
        QString file;
        QStringList chain; // from `file` to the file reached
    };
    QList<Reached> reachedFrom(const QString &file) const
    {
        QList<Reached> out;
        QHash<QString, QStringList> chains{{file, {file}}};
        QStringList queue{file};
        static const QRegularExpression quoted(u"^\\s*#\\s*include\\s*\"([^\"]+)\""_s);
        while (!queue.isEmpty()) {
            const QString current = queue.takeFirst();
            QFile f(QDir(m_root).filePath(current));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            while (!f.atEnd()) {
                const QRegularExpressionMatch m = quoted.match(QString::fromUtf8(f.readLine()));
                if (!m.hasMatch())
                    continue;
                const std::optional<QString> target = resolve(current, m.captured(1));
                if (!target || chains.contains(*target))
                    continue;
                chains.insert(*target, chains.value(current) + QStringList{*target});
                out.append({*target, chains.value(*target)});
                queue.append(*target);
            }
        }
        return out;
    }

private:
    // The project file a quoted include names, relative to the source root.
    std::optional<QString> resolve(const QString &file, const QString &header) const
    {
        const QDir root(m_root);
        const QString dir = QFileInfo(file).path();
        for (const QString &base : {dir, u"core"_s, u"server"_s, u"."_s}) {
            const QString candidate = QDir::cleanPath(base + u'/' + header);
            if (QFileInfo(root.filePath(candidate)).isFile())
                return candidate;
        }
        return std::nullopt;
    }

    QString judge(const QString &file, const Part &part, const QString &header, bool angled) const
    {
        if (!angled) {
            if (const std::optional<QString> target = resolve(file, header)) {
                if (within(*target, part.folder) && partOf(*target)->folder == part.folder)
                    return {};
                const bool allowed = std::any_of(part.uses.cbegin(), part.uses.cend(),
                                                 [&](const QString &u) { return within(*target, u); });
                if (allowed)
                    return {};
                const std::optional<Part> other = partOf(*target);
                return u"%1 may not include %2"_s.arg(part.folder, other ? other->folder : *target);
            }
        }
        const QString base = header.section(u'/', -1);
        QString module;
        if (header.startsWith(u"Qt"_s) && header.contains(u'/'))
            module = header.section(u'/', 0, 0);
        else
            module = m_qt.value(header);
        if (!module.isEmpty()) {
            if (part.noJson && base.startsWith(u"QJson"_s))
                return u"%1 may not include JSON headers (the wire format stays in core/protocol)"_s.arg(
                    part.folder);
            if (!part.qt.isEmpty() && !part.qt.contains(module))
                return u"%1 may include only %2, not %3"_s.arg(part.folder, part.qt.join(u", "_s), module);
            if (part.qtNot.contains(module))
                return u"%1 may not include %2"_s.arg(part.folder, module);
            return {};
        }
        const QString first = header.section(u'/', 0, 0);
        for (const Library &lib : libraries()) {
            if (first != lib.header)
                continue;
            const bool allowed = std::any_of(lib.parts.cbegin(), lib.parts.cend(), [&](const QString &p) {
                return within(part.folder, p) || file == p;
            });
            if (!allowed)
                return u"%1 may not include %2 (only %3)"_s.arg(part.folder, header, lib.parts.join(u", "_s));
        }
        return {};
    }

    QString m_root;
    QHash<QString, QString> m_qt;
    int m_filesRead = 0;
};

// Known breaks of the rules, each to be removed by the change that mends it. The test fails
// on any break not listed here, and on any entry here that no longer breaks a rule (so the
// list can only shrink). Entries: file, header as written.
struct Allowed
{
    QString file;
    QString header;
};
const QList<Allowed> knownBreaks = {};

// The parts the client's screens may not reach even through another part's headers: the
// session links them privately (docs/architecture.md), so no header the screens include may
// include them.
const QStringList privateToSession = {u"core/net"_s, u"core/cache"_s};

// The first file of a private part that `file` reaches, with the chain of includes; empty when none.
QString privateReach(const IncludeChecker &checker, const QString &file)
{
    for (const IncludeChecker::Reached &r : checker.reachedFrom(file)) {
        for (const QString &part : privateToSession) {
            if (within(r.file, part))
                return r.chain.join(u" -> "_s);
        }
    }
    return {};
}

QString describe(const Violation &v)
{
    return u"%1:%2: #include %3: %4"_s.arg(v.file).arg(v.line).arg(v.header, v.why);
}

} // namespace

class TestIncludeRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void sourceTree();
    void smallFiles();
    void privateParts_data();
    void privateParts();
    void screensReachNoPrivatePart();

private:
    const QString m_qtRoot = QString::fromUtf8(SRS_QT_HEADERS_DIR);
};

// Each row: a file of a small tree, one include in it, and whether that breaks a rule.
void TestIncludeRules::rules_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("include");
    QTest::addColumn<bool>("breaks");

    QTest::newRow("ui uses the session") << "ui/signin/Page.cpp"
                                         << "\"session/Session.h\"" << false;
    QTest::newRow("ui uses a value type") << "ui/Page.cpp"
                                          << "\"protocol/Messages.h\"" << false;
    QTest::newRow("ui uses another feature") << "ui/signin/Page.cpp"
                                             << "\"ui/common/Panel.h\"" << false;
    QTest::newRow("ui, beside itself") << "ui/common/Panel.cpp"
                                       << "\"Panel.h\"" << false;
    QTest::newRow("ui uses widgets") << "ui/Page.cpp"
                                     << "<QLabel>" << false;
    QTest::newRow("ui keeps a password") << "ui/Page.cpp"
                                         << "\"crypto/SecureBuffer.h\"" << false;
    QTest::newRow("ui includes net") << "ui/signin/Page.cpp"
                                     << "\"net/ApiCall.h\"" << true;
    QTest::newRow("ui includes the cache") << "ui/Page.cpp"
                                           << "\"cache/MetadataCache.h\"" << true;
    QTest::newRow("ui includes JSON") << "ui/review/Preview.h"
                                      << "<QJsonObject>" << true;
    QTest::newRow("ui includes JSON by module") << "ui/Page.cpp"
                                                << "<QtCore/QJsonDocument>" << true;
    QTest::newRow("ui includes Qt SQL") << "ui/Page.cpp"
                                        << "<QSqlQuery>" << true;
    QTest::newRow("ui includes curl") << "ui/Page.cpp"
                                      << "<curl/curl.h>" << true;
    QTest::newRow("ui includes other crypto") << "ui/Page.cpp"
                                              << "\"crypto/Random.h\"" << true;
    QTest::newRow("ui includes the server") << "ui/Page.cpp"
                                            << "\"store/Database.h\"" << true;
    QTest::newRow("domain includes widgets") << "core/domain/Rule.h"
                                             << "<QWidget>" << true;
    QTest::newRow("domain includes Qt GUI") << "core/domain/Rule.h"
                                            << "<QImage>" << true;
    QTest::newRow("session includes widgets") << "core/session/Ctl.cpp"
                                              << "<QtWidgets/QLabel>" << true;
    QTest::newRow("session uses net") << "core/session/Ctl.cpp"
                                      << "\"net/ApiCall.h\"" << false;
    QTest::newRow("session includes ui") << "core/session/Ctl.cpp"
                                         << "\"ui/common/Panel.h\"" << true;
    QTest::newRow("protocol includes net") << "core/protocol/Msg.cpp"
                                           << "\"net/ApiCall.h\"" << true;
    QTest::newRow("domain includes protocol") << "core/domain/Rule.h"
                                              << "\"protocol/Messages.h\"" << true;
    QTest::newRow("outputs uses QImage") << "core/outputs/Image.cpp"
                                         << "<QImage>" << false;
    QTest::newRow("net uses curl") << "core/net/Curl.cpp"
                                   << "<curl/curl.h>" << false;
    QTest::newRow("server uses the domain") << "server/http/Routes.cpp"
                                            << "\"domain/Result.h\"" << false;
    QTest::newRow("server uses JSON") << "server/http/Routes.cpp"
                                      << "<QJsonObject>" << false;
    QTest::newRow("server includes net") << "server/http/Routes.cpp"
                                         << "\"net/ApiCall.h\"" << true;
    QTest::newRow("server includes the cache") << "server/services/S.cpp"
                                               << "\"cache/MetadataCache.h\"" << true;
    QTest::newRow("server includes the session") << "server/admin/A.cpp"
                                                 << "\"session/Session.h\"" << true;
    QTest::newRow("server includes ui") << "server/http/Routes.cpp"
                                        << "\"ui/common/Panel.h\"" << true;
    QTest::newRow("server includes widgets") << "server/admin/A.cpp"
                                             << "<QLabel>" << true;
    QTest::newRow("server uses curl") << "server/http/Routes.cpp"
                                      << "<curl/curl.h>" << true;
    QTest::newRow("the SMTP sender uses curl") << "server/services/SmtpSender.cpp"
                                               << "<curl/curl.h>" << false;
    QTest::newRow("another service uses curl") << "server/services/NotificationMailer.cpp"
                                               << "<curl/curl.h>" << true;
    QTest::newRow("services use the store") << "server/services/S.cpp"
                                            << "\"store/Database.h\"" << false;
    QTest::newRow("store includes services") << "server/store/Database.cpp"
                                             << "\"services/S.h\"" << true;
    QTest::newRow("a folder without a rule") << "core/newthing/X.cpp"
                                             << "<QString>" << true;
}

void TestIncludeRules::rules()
{
    QFETCH(QString, file);
    QFETCH(QString, include);
    QFETCH(bool, breaks);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    const QStringList tree = {u"core/net/ApiCall.h"_s,
                              u"core/cache/MetadataCache.h"_s,
                              u"core/session/Session.h"_s,
                              u"core/protocol/Messages.h"_s,
                              u"core/domain/Result.h"_s,
                              u"core/crypto/SecureBuffer.h"_s,
                              u"core/crypto/Random.h"_s,
                              u"ui/common/Panel.h"_s,
                              u"server/store/Database.h"_s,
                              u"server/services/S.h"_s,
                              file};
    for (const QString &f : tree) {
        QVERIFY(root.mkpath(QFileInfo(f).path()));
        QFile out(root.filePath(f));
        QVERIFY(out.open(QIODevice::WriteOnly));
        if (f == file)
            out.write("#pragma once\n\n#include " + include.toUtf8() + "\n");
    }

    IncludeChecker checker(dir.path(), m_qtRoot);
    QVERIFY2(checker.qtHeaderCount() > 1000, qPrintable(u"no Qt headers under "_s + m_qtRoot));
    const QList<Violation> found = checker.checkFile(file);
    QStringList text;
    for (const Violation &v : found)
        text << describe(v);
    QVERIFY2(found.isEmpty() != breaks,
             qPrintable(text.isEmpty() ? u"no violation found"_s : text.join(u'\n')));
}

void TestIncludeRules::sourceTree()
{
    const QString root = qEnvironmentVariable("SRS_SOURCE_DIR");
    QVERIFY2(QFileInfo(root + u"/docs/architecture.md"_s).isFile(), "SRS_SOURCE_DIR is not the source tree");
    IncludeChecker checker(root, m_qtRoot);
    const QList<Violation> found = checker.checkTree();
    QVERIFY2(checker.filesRead() > 300, qPrintable(u"only %1 files read"_s.arg(checker.filesRead())));

    QStringList unexpected;
    QList<Allowed> seen;
    for (const Violation &v : found) {
        const auto known = std::find_if(knownBreaks.cbegin(), knownBreaks.cend(), [&](const Allowed &a) {
            return a.file == v.file && a.header == v.header;
        });
        if (known == knownBreaks.cend())
            unexpected << describe(v);
        else
            seen << *known;
    }
    QStringList mended;
    for (const Allowed &a : knownBreaks) {
        const bool stillThere = std::any_of(seen.cbegin(), seen.cend(), [&](const Allowed &s) {
            return s.file == a.file && s.header == a.header;
        });
        if (!stillThere)
            mended << u"%1 no longer includes %2: remove it from knownBreaks"_s.arg(a.file, a.header);
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(u"\n"_s + unexpected.join(u'\n')));
    QVERIFY2(mended.isEmpty(), qPrintable(u"\n"_s + mended.join(u'\n')));
}

// A file over 600 lines is doing two jobs (docs/architecture.md, "The client's screens"): checked
// under ui/, core/session/ and server/http/.
void TestIncludeRules::smallFiles()
{
    const QDir root(qEnvironmentVariable("SRS_SOURCE_DIR"));
    QStringList big;
    int files = 0;
    // The screens, the client's controllers and the server's handlers.
    for (const QString &folder : {u"ui"_s, u"core/session"_s, u"server/http"_s}) {
        QDirIterator it(root.filePath(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            const qsizetype lines = f.readAll().count('\n');
            if (lines > 600)
                big << u"%1: %2 lines"_s.arg(root.relativeFilePath(f.fileName())).arg(lines);
        }
    }
    QVERIFY2(files > 100,
             qPrintable(u"only %1 files under ui/, core/session/ and server/http/"_s.arg(files)));
    QVERIFY2(big.isEmpty(), qPrintable(u"\n"_s + big.join(u'\n')));
}

// Each row: a screen's include of a session header, and what that header includes.
void TestIncludeRules::privateParts_data()
{
    QTest::addColumn<QString>("sessionInclude");
    QTest::addColumn<bool>("reaches");

    QTest::newRow("session header with value types") << "\"protocol/Messages.h\"" << false;
    QTest::newRow("session header with the cache") << "\"cache/MetadataCache.h\"" << true;
    QTest::newRow("session header with net") << "\"net/ApiCall.h\"" << true;
    QTest::newRow("through a second header") << "\"Other.h\"" << true;
}

void TestIncludeRules::privateParts()
{
    QFETCH(QString, sessionInclude);
    QFETCH(bool, reaches);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    const QList<std::pair<QString, QByteArray>> tree = {
        {u"ui/Page.cpp"_s, "#include \"session/Ctl.h\"\n"},
        {u"core/session/Ctl.h"_s, "#pragma once\n#include " + sessionInclude.toUtf8() + "\n"},
        {u"core/session/Other.h"_s, "#pragma once\n#include \"cache/CacheFolder.h\"\n"},
        {u"core/cache/MetadataCache.h"_s, "#pragma once\n"},
        {u"core/cache/CacheFolder.h"_s, "#pragma once\n"},
        {u"core/net/ApiCall.h"_s, "#pragma once\n"},
        {u"core/protocol/Messages.h"_s, "#pragma once\n"},
    };
    for (const auto &[path, text] : tree) {
        QVERIFY(root.mkpath(QFileInfo(path).path()));
        QFile out(root.filePath(path));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    const IncludeChecker checker(dir.path(), m_qtRoot);
    const QString chain = privateReach(checker, u"ui/Page.cpp"_s);
    QVERIFY2(chain.isEmpty() != reaches, qPrintable(chain.isEmpty() ? u"nothing reached"_s : chain));
}

// Srs::Session links Srs::Net and Srs::Cache privately: no file of ui/ or app/ reaches them,
// however indirectly.
void TestIncludeRules::screensReachNoPrivatePart()
{
    const QString root = qEnvironmentVariable("SRS_SOURCE_DIR");
    const IncludeChecker checker(root, m_qtRoot);
    QStringList reached;
    int files = 0;
    for (const QString &top : {u"ui"_s, u"app"_s}) {
        QDirIterator it(QDir(root).filePath(top), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = QDir(root).relativeFilePath(it.next());
            ++files;
            if (const QString chain = privateReach(checker, file); !chain.isEmpty())
                reached << chain;
        }
    }
    QVERIFY2(files > 50, qPrintable(u"only %1 files under ui/ and app/"_s.arg(files)));
    QVERIFY2(reached.isEmpty(), qPrintable(u"\n"_s + reached.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestIncludeRules)

#include "tst_includerules.moc"
