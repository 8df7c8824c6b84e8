#include "IngestChecks.h"

#include "IngestCommandFinder.h"
#include "IngestTableProfiler.h"
#include "Quarantine.h"
#include "ServiceError.h"

#include "sdc/CodeScanner.h"
#include "sdc/CsvReader.h"
#include "sdc/XlsxReader.h"
#include "store/AuditLog.h"
#include "store/IngestRepository.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIngestChecks, "srs.server.ingest.checks")

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using protocol::IngestFinding;
namespace severity = protocol::ingestseverity;

namespace {

IngestFinding finding(const QString &rule, const char *level, const QString &message,
                      const QJsonObject &parameters = {}, int line = 0)
{
    return IngestFinding{rule, QString::fromLatin1(level), message, parameters, line};
}

void checkCode(QFile &file, const QString &name, const ContentType &type, FileChecks &out)
{
    if (file.size() > IngestFileChecker::MaxCodeBytes) {
        out.findings.append(
            finding(u"code-too-large"_s, severity::Flag,
                    u"This code file is larger than %1 MiB: it was not scanned for identifiers "
                    u"or commands; a checker must read it."_s.arg(IngestFileChecker::MaxCodeBytes >> 20)));
        return;
    }
    (void)file.seek(0);
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(sdc::CsvReader::toUtf8(bytes)); // UTF-16, Windows-1252 too
    out.findings.append(IngestCommandFinder::find(name, text));
    // The code scanner's identifier and record-listing rules (not its annotation rule, which is
    // about outputs).
    QList<sdc::Finding> found;
    const sdc::CodeLanguage byName = sdc::CodeScanner::languageFor(name);
    if (byName == sdc::CodeLanguage::Notebook) {
        if (auto scanned = sdc::CodeScanner::scan(name, bytes))
            found = scanned.value();
    } else {
        const sdc::CodeLanguage language = byName != sdc::CodeLanguage::Unknown ? byName
                                           : type.language == u"R"_s            ? sdc::CodeLanguage::R
                                                                                : sdc::CodeLanguage::Python;
        found = sdc::CodeScanner::scanText(name, language, text);
    }
    for (const sdc::Finding &f : found) {
        if (f.rule == u"annotation"_s)
            continue;
        out.findings.append(finding(f.rule, severity::Flag, f.message, f.parameters, f.line));
    }
}

void checkTable(QFile &file, const ContentType &type, FileChecks &out)
{
    IngestTableProfiler::Profile profile;
    if (type.delimiter != 0 && type.encoding == u"utf-8"_s) {
        profile = IngestTableProfiler::profileDelimited(file, type.delimiter);
    } else if (type.delimiter != 0) {
        // Another encoding: made UTF-8 in memory first, up to the workbook limit.
        if (file.size() > IngestFileChecker::MaxWorkbookBytes) {
            out.findings.append(
                finding(u"table-not-profiled"_s, severity::Flag,
                        u"This %1 table is larger than %2 MiB and was not profiled; a checker "
                        u"must look at its columns."_s.arg(type.encoding)
                            .arg(IngestFileChecker::MaxWorkbookBytes >> 20)));
            return;
        }
        (void)file.seek(0);
        QByteArray utf8 = sdc::CsvReader::toUtf8(file.readAll());
        QBuffer buffer(&utf8);
        buffer.open(QIODevice::ReadOnly);
        profile = IngestTableProfiler::profileDelimited(buffer, type.delimiter);
    } else {
        // A workbook: its first sheet, header row and values (numbers read as written).
        if (file.size() > IngestFileChecker::MaxWorkbookBytes) {
            out.findings.append(
                finding(u"table-not-profiled"_s, severity::Flag,
                        u"This workbook is larger than %1 MiB and was not profiled; a checker "
                        u"must look at its columns."_s.arg(IngestFileChecker::MaxWorkbookBytes >> 20)));
            return;
        }
        (void)file.seek(0);
        const QByteArray bytes = file.readAll();
        auto sheets = sdc::XlsxReader::sheetNames(bytes, u"workbook"_s);
        auto table = sdc::XlsxReader::readAt(bytes, u"workbook"_s, 0, sdc::TableLayout{1, 0});
        if (!table) {
            out.findings.append(
                finding(u"table-not-profiled"_s, severity::Flag,
                        u"The workbook's first sheet could not be profiled (%1); a checker must "
                        u"look at its columns."_s.arg(table.error().message)));
            return;
        }
        const sdc::Table &t = table.value();
        QList<QStringList> rows{t.columnLabels};
        for (int r = 0; r < t.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < t.columnCount(); ++c)
                cells << (t.kind(r, c) == sdc::CellKind::Number ? QString::number(t.value(r, c), 'f', 0)
                                                                : QString());
            rows << cells;
        }
        profile = IngestTableProfiler::profileRows(rows);
        if (sheets && !sheets.value().isEmpty())
            profile.sheet = sheets.value().first();
        if (sheets && sheets.value().size() > 1)
            out.findings.append(finding(
                u"table-sheets"_s, severity::Note,
                u"The workbook has %1 sheets; only the first was profiled."_s.arg(sheets.value().size())));
    }
    out.profile = profile.toJson();
    out.findings.append(profile.findings());
}

} // namespace

IngestFinding IngestFileChecker::malwareFinding(const QString &signature)
{
    return finding(
        u"malware"_s, severity::Refused,
        u"The malware scanner found %1 in this file. It cannot be brought into the project."_s.arg(signature),
        QJsonObject{{u"signature"_s, signature}});
}

FileChecks IngestFileChecker::check(const QString &path, const QString &name, bool allowArchives)
{
    FileChecks out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.type.kind = u"binary"_s;
        out.findings.append(
            finding(u"unreadable"_s, severity::Refused,
                    u"The quarantined file could not be read: %1."_s.arg(file.errorString())));
        return out;
    }
    out.type = IngestContentType::detect(file, name);
    const ContentType &t = out.type;
    const QJsonObject what{{u"kind"_s, t.kind}, {u"format"_s, t.format}, {u"media_type"_s, t.mediaType}};
    if (!t.nameMismatch.isEmpty()) {
        QJsonObject p = what;
        p.insert(u"promised"_s, t.nameMismatch);
        out.findings.append(
            finding(u"name-mismatch"_s, severity::Flag,
                    u"The name says %1, but the bytes are %2."_s.arg(t.nameMismatch, t.format), p));
    }
    if (t.isArchiveOrPackage()) {
        if (!allowArchives) {
            const QString why =
                t.kind == u"package"_s
                    ? u"This file is a %1. Packages from public code repositories cannot be brought in: "
                      u"ask the service to provide the package in the project's environment."_s.arg(t.format)
                    : u"This file is a %1. Archives are not accepted (their contents cannot all be checked, "
                      u"and "
                      u"packages from public code repositories cannot be brought in): send the files "
                      u"themselves."_s.arg(t.format);
            out.findings.append(finding(u"kind-refused"_s, severity::Refused, why, what));
        } else {
            out.findings.append(finding(
                u"archive-unopened"_s, severity::Flag,
                u"This file is a %1; its contents were not checked one by one."_s.arg(t.format), what));
        }
    } else if (t.kind == u"code"_s) {
        checkCode(file, name, t, out);
    } else if (t.kind == u"table"_s) {
        checkTable(file, t, out);
    } else if (t.kind == u"binary"_s) {
        out.findings.append(finding(u"binary"_s, severity::Flag,
                                    u"This file is %1, not text, a table, an image or a PDF: a checker must "
                                    u"decide what it is for."_s.arg(t.format),
                                    what));
    } else if (t.kind == u"document"_s) {
        out.findings.append(finding(u"document"_s, severity::Flag,
                                    u"This file is an %1; its contents (macros, embedded files) were not "
                                    u"checked."_s.arg(t.format),
                                    what));
    }
    return out;
}

IngestCheckRunner::IngestCheckRunner(ServerContext &context)
    : m_context(context),
      m_thread(
          context.database(), std::chrono::seconds(context.config().ingestScanRetrySeconds),
          [this] {
              if (auto checked = checkAll(); !checked)
                  qCWarning(lcIngestChecks, "ingest checks failed: %s",
                            qUtf8Printable(checked.error().message));
          },
          u"ingest-checks"_s)
{}

IngestCheckRunner::~IngestCheckRunner()
{
    stop();
}

Status IngestCheckRunner::setWaiting(const QString &id, const QString &reason)
{
    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    const store::Status s = db.transaction([&]() -> store::Status {
        auto changed = store::IngestRepository(db).setWaitingReason(id, reason, now);
        if (!changed)
            return changed.error();
        if (!changed.value() || reason.isEmpty())
            return {};
        auto e = store::AuditLog(db).append(u"system"_s, u"ingest.scanner-waiting"_s, u"ingest:"_s + id,
                                            QJsonObject{{u"reason"_s, reason}}, now);
        if (!e)
            return e.error();
        return {};
    });
    if (!s)
        return internalError(s.errorString());
    return {};
}

Result<IngestCheckRunner::Outcome> IngestCheckRunner::checkRequest(const QString &id, QString *scannerDown)
{
    store::IngestRepository repo(m_context.database());
    auto loaded = repo.find(id);
    if (!loaded)
        return internalError(loaded.errorString());
    const store::IngestRecord &record = loaded.value();
    if (record.state != store::ingeststate::Checking)
        return Outcome::Skipped;
    const ServerConfig &config = m_context.config();
    const Quarantine quarantine(config.effectiveQuarantineDir());
    const ClamdClient clamd(config.ingestClamdSocket);
    for (const store::IngestFileRecord &f : record.files) {
        if (f.checkedAt.isValid())
            continue;
        ScanVerdict verdict;
        if (scannerDown->isEmpty())
            verdict = clamd.scanFile(quarantine.fileOf(id, f.position));
        if (!scannerDown->isEmpty() || verdict.outcome == ScanVerdict::Outcome::Unavailable) {
            if (scannerDown->isEmpty())
                *scannerDown = verdict.problem;
            const QString reason =
                u"Waiting for the malware scan: %1. The checks are tried again every %2 seconds; no file is "
                u"passed unscanned."_s.arg(*scannerDown)
                    .arg(config.ingestScanRetrySeconds);
            if (const Status s = setWaiting(id, reason); !s)
                return s.error();
            return Outcome::Waiting;
        }
        if (verdict.outcome == ScanVerdict::Outcome::FileError) {
            // Cancelled meanwhile (its folder deleted)? Otherwise the file is refused as
            // unreadable below: nothing that could not be scanned is passed.
            auto now = repo.find(id);
            if (!now)
                return internalError(now.errorString());
            if (now.value().state != store::ingeststate::Checking)
                return Outcome::Skipped;
        }
        FileChecks checks =
            IngestFileChecker::check(quarantine.fileOf(id, f.position), f.name, config.ingestAllowArchives);
        if (verdict.outcome == ScanVerdict::Outcome::FileError &&
            (checks.findings.isEmpty() || checks.findings.first().rule != u"unreadable"_s))
            checks.findings.prepend(
                finding(u"unreadable"_s, severity::Refused,
                        u"The quarantined file could not be scanned: %1."_s.arg(verdict.problem)));
        if (verdict.outcome == ScanVerdict::Outcome::Found)
            checks.findings.prepend(IngestFileChecker::malwareFinding(verdict.signature));
        store::IngestFileRecord done = f;
        done.kind = checks.type.kind;
        done.mediaType = checks.type.mediaType;
        done.findingsJson = protocol::encodeIngestFindings(checks.findings);
        done.profileJson = QJsonDocument(checks.profile).toJson(QJsonDocument::Compact);
        done.checkedAt = m_context.now();
        if (const store::Status s = repo.recordChecks(id, done); !s)
            return internalError(s.errorString());
    }
    // Every file has its findings: the request awaits review.
    auto checked = repo.find(id);
    if (!checked)
        return internalError(checked.errorString());
    int refused = 0;
    int flagged = 0;
    QJsonArray files;
    for (const store::IngestFileRecord &f : checked.value().files) {
        int fileRefused = 0;
        int fileFlags = 0;
        for (const IngestFinding &x : protocol::decodeIngestFindings(f.findingsJson)) {
            fileRefused += x.severity == QLatin1StringView(severity::Refused) ? 1 : 0;
            fileFlags += x.severity == QLatin1StringView(severity::Flag) ? 1 : 0;
        }
        refused += fileRefused > 0 ? 1 : 0;
        flagged += fileFlags > 0 ? 1 : 0;
        files.append(QJsonObject{{u"file"_s, f.position},
                                 {u"kind"_s, f.kind},
                                 {u"refused"_s, fileRefused},
                                 {u"flags"_s, fileFlags}});
    }
    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    const store::Status moved = db.transaction([&]() -> store::Status {
        if (auto cleared = repo.setWaitingReason(id, {}, now); !cleared)
            return cleared.error();
        if (const store::Status s =
                repo.setState(id, store::ingeststate::Checking, store::ingeststate::AwaitingReview, now);
            !s)
            return s;
        auto e = store::AuditLog(db).append(u"system"_s, u"ingest.checked"_s, u"ingest:"_s + id,
                                            QJsonObject{{u"project"_s, record.projectId},
                                                        {u"files"_s, files},
                                                        {u"files_refused"_s, refused},
                                                        {u"files_flagged"_s, flagged}},
                                            now);
        if (!e)
            return e.error();
        return {};
    });
    if (!moved) {
        if (moved.code() == store::StoreError::Code::Conflict)
            return Outcome::Skipped; // cancelled meanwhile
        return internalError(moved.errorString());
    }
    return Outcome::Done;
}

Result<int> IngestCheckRunner::checkAll()
{
    auto ids = store::IngestRepository(m_context.database()).idsInState(store::ingeststate::Checking);
    if (!ids)
        return internalError(ids.errorString());
    int done = 0;
    QString scannerDown;
    for (const QString &id : ids.value()) {
        auto outcome = checkRequest(id, &scannerDown);
        if (!outcome) {
            qCWarning(lcIngestChecks, "checking ingest request %s failed: %s", qUtf8Printable(id),
                      qUtf8Printable(outcome.error().message));
            continue;
        }
        done += outcome.value() == Outcome::Done ? 1 : 0;
    }
    m_context.database().finishStatements();
    return done;
}

void IngestCheckRunner::start()
{
    if (m_thread.running())
        return;
    m_context.setIngestWaker([this] { wake(); });
    m_thread.start();
}

void IngestCheckRunner::wake()
{
    m_thread.wake();
}

void IngestCheckRunner::stop()
{
    if (!m_thread.running())
        return;
    m_context.setIngestWaker({});
    m_thread.stop();
}

} // namespace srs::server
