#pragma once

#include "ClamdClient.h"
#include "IngestContentType.h"
#include "PeriodicThread.h"
#include "ServerContext.h"

#include "protocol/IngestMessages.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace srs::server {

// The automatic checks of one quarantined file, apart from the malware scan: what it is (from
// its bytes), whether its kind is refused (archives and packages unless ingest.allow_archives),
// a name that lies about it, and by kind: code scanned for identifiers, record listings and
// commands that install, download or run other programs; tables profiled for columns that
// look like direct identifiers.
struct FileChecks
{
    ContentType type;
    QList<protocol::IngestFinding> findings;
    QJsonObject profile;
};

class IngestFileChecker
{
public:
    // `path` is the quarantined copy (server-owned; read only), `name` the name given.
    [[nodiscard]] static FileChecks check(const QString &path, const QString &name, bool allowArchives);
    // The finding for a malware detection.
    [[nodiscard]] static protocol::IngestFinding malwareFinding(const QString &signature);

    static constexpr qint64 MaxCodeBytes = 16 * 1024 * 1024;     // code read whole to scan
    static constexpr qint64 MaxWorkbookBytes = 64 * 1024 * 1024; // workbooks read whole to profile
};

// Runs the checks of every request in "checking", on a thread of its own: at start (so a
// request whose checks a restart interrupted is picked up again), whenever a request is
// finished (wake()), and every ingest.scan_retry_seconds while any waits. Each file is scanned
// by clamd first; while the scanner cannot be reached the request stays in "checking" with its
// waiting_reason said in plain words (audited "ingest.scanner-waiting" when it changes), and
// no file is ever passed unscanned. A request whose every file has its findings moves to
// "awaiting-review" (audited "ingest.checked" with a summary).
class IngestCheckRunner
{
public:
    explicit IngestCheckRunner(ServerContext &context);
    ~IngestCheckRunner();
    IngestCheckRunner(const IngestCheckRunner &) = delete;
    IngestCheckRunner &operator=(const IngestCheckRunner &) = delete;

    // One pass over the requests in "checking"; returns how many reached "awaiting-review".
    [[nodiscard]] Result<int> checkAll();
    void start();
    void stop();
    void wake();

private:
    enum class Outcome
    {
        Done,
        Waiting,
        Skipped,
    };
    [[nodiscard]] Result<Outcome> checkRequest(const QString &id, QString *scannerDown);
    [[nodiscard]] Status setWaiting(const QString &id, const QString &reason);

    ServerContext &m_context;
    PeriodicThread m_thread;
};

} // namespace srs::server
