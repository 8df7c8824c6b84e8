#include "IngestCommandFinder.h"

#include "sdc/CodeScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Pattern
{
    const char16_t *rule;
    const char16_t *what; // in the message: "installs packages (pip install)"
    QRegularExpression re;
};

QRegularExpression rx(const char16_t *pattern)
{
    return QRegularExpression(QString::fromUtf16(pattern), QRegularExpression::CaseInsensitiveOption);
}

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = {
        // Installing packages.
        {u"command-install", u"pip install",
         rx(u"\\bpip[0-9.]*\\s+(-\\S+\\s+)*install\\b|-m\\s+pip\\s+install")},
        {u"command-install", u"conda/mamba install",
         rx(u"\\b(conda|mamba|micromamba)\\s+(install|create|env\\s+"
            u"(create|update))\\b")},
        {u"command-install", u"install.packages", rx(u"\\binstall\\.packages\\s*\\(")},
        {u"command-install", u"devtools/remotes install",
         rx(u"\\b(devtools|remotes)\\s*::\\s*install_\\w+|\\binstall_(github|gitlab|bitbucket|url|git|cran|"
            u"version)\\s*\\(")},
        {u"command-install", u"BiocManager::install",
         rx(u"\\bBiocManager\\s*::\\s*install\\b|\\bbiocLite\\s*\\(")},
        {u"command-install", u"pak", rx(u"\\bpak\\s*::\\s*(pak|pkg_install)\\b")},
        {u"command-install", u"pacman",
         rx(u"\\b(library|require)\\s*\\(\\s*[\"']?pacman\\b|\\bp_load\\s*\\(|"
            u"\\bpacman\\s*::")},
        {u"command-install", u"npm/yarn",
         rx(u"\\b(npm|pnpm)\\s+(install|i|ci|add)\\b|\\byarn\\s+(add|install)\\b|"
            u"\\bnpx\\s+\\S")},
        {u"command-install", u"system package install",
         rx(u"\\b(apt|apt-get|yum|dnf|zypper|apk|brew|choco|winget)\\s+(-\\S+\\s+)*(install|add)\\b")},
        {u"command-install", u"other package install",
         rx(u"\\b(gem|cargo|easy_install)\\s+install\\b|\\bgo\\s+(get|install)\\s+\\S|setup\\.py\\s+"
            u"install\\b|"
            u"\\bInstall-(Package|Module)\\b|\\b(ssc|net)\\s+install\\b|\\bjulia\\b.*Pkg\\.add|\\bPkg\\."
            u"add\\s*\\(")},
        // Fetching from a network.
        {u"command-download", u"curl/wget", rx(u"(^|[^\\w.-])(curl|wget|aria2c)(\\s|$|\\()")},
        {u"command-download", u"requests/httpx/urllib",
         rx(u"\\b(requests|httpx|aiohttp|urllib3?|urllib\\.request|http\\.client)\\s*\\.\\s*(get|post|put|"
            u"request|Session|urlopen|urlretrieve|PoolManager|HTTPSConnection|HTTPConnection|ClientSession)"
            u"\\b|"
            u"\\b(urlopen|urlretrieve)\\s*\\(")},
        {u"command-download", u"download.file/url()",
         rx(u"\\b(download\\.file|curl_download|curl_fetch_\\w+|getURL|fromJSON\\s*\\(\\s*[\"']https?)\\b|"
            u"(^|[^\\w.])url\\s*\\(\\s*[\"'a-z]")},
        {u"command-download", u"httr",
         rx(u"\\bhttr2?\\s*::|\\b(library|require)\\s*\\(\\s*[\"']?(httr2?|curl|RCurl)"
            u"\\b|\\brequest\\s*\\(\\s*[\"']https?://")},
        {u"command-download", u"a URL read as a file", rx(u"\\(\\s*[\"'](https?|ftp|s3|gs)://")},
        {u"command-download", u"PowerShell web request",
         rx(u"\\b(Invoke-WebRequest|Invoke-RestMethod|iwr|irm|Start-BitsTransfer)\\b|Net\\.WebClient|"
            u"\\.Download(File|String|Data)\\s*\\(")},
        {u"command-download", u"fetch/git/other clients",
         rx(u"\\bgit\\s+(clone|pull|fetch|submodule)\\b|\\b(svn|hg)\\s+(checkout|clone|co)\\b|\\bfetch\\s*\\("
            u"|"
            u"\\baxios\\b|\\bsocket\\.(socket|create_connection)\\b|\\b(scp|rsync|sftp|ftp)\\s+\\S|"
            u"\\bcopy\\s+"
            u"[\"']?https?://")},
        // Running other programs.
        {u"command-shell", u"system()/system2()/shell()",
         rx(u"(^|[^\\w.])(system2?|shell|shell\\.exec)\\s*\\(")},
        {u"command-shell", u"os.system/os.popen/os.exec",
         rx(u"\\bos\\s*\\.\\s*(system|popen|exec\\w*|spawn\\w*)\\s*\\(")},
        {u"command-shell", u"subprocess",
         rx(u"\\bsubprocess\\b|\\bshell\\s*=\\s*True\\b|\\bpty\\.spawn\\b|"
            u"\\bcommands\\.getoutput\\b")},
        {u"command-shell", u"Runtime.exec/ProcessBuilder",
         rx(u"\\bRuntime\\.getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*exec|"
            u"\\bProcessBuilder\\b|\\bchild_process\\b")},
        {u"command-shell", u"processx/sys",
         rx(u"\\bprocessx\\s*::|\\bsys\\s*::\\s*exec_\\w+|\\bpipe\\s*\\(\\s*[\"']")},
        {u"command-shell", u"Stata shell", rx(u"^\\s*(shell|winexec|unixcmd|xshell)\\b")},
        {u"command-shell", u"notebook shell magic", rx(u"^\\s*%%?(bash|sh|system|sx|script)\\b")},
        {u"command-shell", u"PHP/Perl shell", rx(u"\\b(shell_exec|passthru|proc_open|popen)\\s*\\(")},
    };
    return list;
}

bool isCommentLine(const QString &trimmed, const QString &language)
{
    if (trimmed.startsWith(u'#') && !trimmed.startsWith(u"#!"_s))
        return language != u"Stata"_s;
    if (trimmed.startsWith(u"//"_s))
        return true;
    if (language == u"Stata"_s && trimmed.startsWith(u'*'))
        return true;
    if (language == u"SQL"_s && trimmed.startsWith(u"--"_s))
        return true;
    return false;
}

// Backticks run a command in shell-like languages (sh, Perl, Ruby, PHP); in R, Python, SQL and
// JavaScript they quote names or text, so they are not looked at there.
bool backticksRunCommands(const QString &language)
{
    return language.isEmpty() || language == u"shell"_s;
}

} // namespace

QList<protocol::IngestFinding> IngestCommandFinder::findInLine(const QString &line, const QString &language,
                                                               bool notebook)
{
    QList<protocol::IngestFinding> out;
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return out;
    auto add = [&](const QString &rule, const QString &what) {
        const QString kind = rule == u"command-install"_s    ? u"installs packages"_s
                             : rule == u"command-download"_s ? u"fetches from a network"_s
                                                             : u"runs another program"_s;
        protocol::IngestFinding f;
        f.rule = rule;
        f.severity = QString::fromLatin1(protocol::ingestseverity::Flag);
        f.message = u"This line %1 (%2). Code run in the project cannot reach outside it: check what it "
                    u"needs and bring that in instead."_s.arg(kind, what);
        f.parameters = QJsonObject{{u"matched"_s, what}};
        out.append(f);
    };
    if (notebook && trimmed.startsWith(u'!')) {
        add(u"command-shell"_s, u"notebook \"!\" shell line"_s);
        // A "!pip install" is also an install: looked at below, without the "!".
    } else if (isCommentLine(trimmed, language)) {
        return out;
    }
    const QString code = notebook && trimmed.startsWith(u'!') ? trimmed.mid(1) : line;
    QSet<QString> seen;
    for (const Pattern &p : patterns()) {
        const QString what = QString::fromUtf16(p.what);
        if (seen.contains(QString::fromUtf16(p.rule)))
            continue; // one finding a rule a line is enough
        if (p.re.match(code).hasMatch()) {
            add(QString::fromUtf16(p.rule), what);
            seen.insert(QString::fromUtf16(p.rule));
        }
    }
    static const QRegularExpression backticks(u"`[A-Za-z][^`]*\\s[^`]*`"_s);
    if (backticksRunCommands(language) && !seen.contains(u"command-shell"_s) &&
        backticks.match(code).hasMatch())
        add(u"command-shell"_s, u"backticks"_s);
    return out;
}

QList<protocol::IngestFinding> IngestCommandFinder::find(const QString &fileName, const QString &text)
{
    QList<protocol::IngestFinding> out;
    const sdc::CodeLanguage language = sdc::CodeScanner::languageFor(fileName);
    const QString name = language == sdc::CodeLanguage::Unknown
                             ? (fileName.endsWith(u".sh"_s) ? u"shell"_s : QString())
                             : sdc::CodeScanner::languageName(language);
    bool truncated = false;
    auto scanLines = [&](const QStringList &lines, const QString &lang, bool notebook, int cell) {
        for (qsizetype i = 0; i < lines.size() && !truncated; ++i) {
            for (protocol::IngestFinding f : findInLine(lines.at(i), lang, notebook)) {
                if (out.size() >= MaxFindings) {
                    truncated = true;
                    break;
                }
                f.line = int(i + 1);
                if (cell >= 0) {
                    f.parameters.insert(u"cell"_s, cell + 1);
                    f.message = u"Cell %1: "_s.arg(cell + 1) + f.message;
                }
                out.append(f);
            }
        }
    };
    if (language == sdc::CodeLanguage::Notebook) {
        const QJsonObject nb = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString kernel = nb.value(u"metadata"_s)
                                   .toObject()
                                   .value(u"kernelspec"_s)
                                   .toObject()
                                   .value(u"language"_s)
                                   .toString();
        const QString lang = kernel.compare(u"R"_s, Qt::CaseInsensitive) == 0 ? u"R"_s : u"Python"_s;
        const QJsonArray cells = nb.value(u"cells"_s).toArray();
        for (qsizetype c = 0; c < cells.size() && !truncated; ++c) {
            const QJsonObject cell = cells.at(c).toObject();
            if (cell.value(u"cell_type"_s).toString() != u"code"_s)
                continue;
            const QJsonValue source = cell.value(u"source"_s);
            QString joined;
            if (source.isArray()) {
                for (const QJsonValue &part : source.toArray())
                    joined += part.toString();
            } else {
                joined = source.toString();
            }
            scanLines(joined.split(u'\n'), lang, true, int(c));
        }
    } else {
        QString normalised = text;
        normalised.replace(u"\r\n"_s, u"\n"_s);
        scanLines(normalised.split(u'\n'), name, false, -1);
    }
    if (truncated)
        out.append({u"command-many"_s,
                    QString::fromLatin1(protocol::ingestseverity::Flag),
                    u"More than %1 such commands: only the first %1 are listed."_s.arg(MaxFindings),
                    {},
                    0});
    return out;
}

} // namespace srs::server
