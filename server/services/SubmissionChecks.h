#pragma once

#include "CheckFindings.h"
#include "ReleaseDifferencing.h"

#include "domain/Result.h"
#include "protocol/SubmissionMessages.h"
#include "sdc/Finding.h"
#include "sdc/RiskProfile.h"
#include "sdc/SubmissionChecker.h"
#include "store/SubmissionRepository.h"
#include "workspace/FileDescriptor.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>

#include <functional>

namespace srs::server {

// Reads files of one project's workspace folder for the checker and for submission snapshots,
// and nothing outside it: the path must be relative, every part of it a real folder or file (no
// symbolic link anywhere), the file regular and within the size limit. Files are opened through
// SafeWorkspaceFile (beneath the folder's descriptor, no link followed, checked and read on one
// handle), so renaming folders while a request runs cannot reach another project's files or the
// server's.
//
// With Keep::Bytes (snapshots) each file is read once and its bytes kept for the request. With
// Keep::Digests (checks) only each file's SHA-256 and size are kept, so that a table's bytes can go
// as soon as it is parsed; a file asked for again is read again and must have the same SHA-256, or
// the read fails: what a check reports on is what its audit event records.
class WorkspaceFiles
{
public:
    enum class Keep
    {
        Bytes,
        Digests,
    };
    struct ReadFile
    {
        QString path;
        QByteArray sha256; // hex
        qint64 size = 0;
    };

    explicit WorkspaceFiles(QString root, qint64 maxFileBytes = 512LL * 1024 * 1024,
                            qint64 maxTotalBytes = 1024LL * 1024 * 1024, Keep keep = Keep::Bytes);

    // The bytes, or workspace-file-not-found / payload-too-large naming the path.
    [[nodiscard]] Result<QByteArray> read(const QString &path);
    // Keep::Digests: each file read, once, in the order first read, with the SHA-256 of its bytes.
    [[nodiscard]] const QList<ReadFile> &files() const { return m_files; }
    // Bytes read so far, each file once.
    [[nodiscard]] qint64 bytesRead() const { return m_total; }
    // The paths refused for what they are (a symbolic link, not a regular file, not a path inside
    // the workspace), each with the reason code (workspace::workspaceerr): worth an audit event,
    // unlike a file that is simply missing or too large.
    [[nodiscard]] const QList<std::pair<QString, QString>> &refused() const { return m_refused; }

private:
    [[nodiscard]] Result<QByteArray> readFile(const QString &path, qint64 counted);

    QString m_root;
    workspace::FileDescriptor m_folder; // opened at the first read
    qint64 m_maxFileBytes;
    qint64 m_maxTotalBytes;
    Keep m_keep;
    qint64 m_total = 0;
    QHash<QString, QByteArray> m_read; // Keep::Bytes
    QList<ReadFile> m_files;           // Keep::Digests
    QList<std::pair<QString, QString>> m_refused;
};

// What running the checks gave: the researcher's view (places only; each item lists its first
// protocol::submissionlimits::MaxFindingsShown findings and counts all) and, for the exceptions
// and for storage, every finding, kept compact until each is written.
struct CheckOutcome
{
    protocol::CheckResultInfo view;
    CheckFindings findings;
    // The first table or code file that could not be checked, with the field to fix.
    std::optional<Error> firstError;
};

using PathReader = std::function<Result<QByteArray>(const QString &path)>;

// Runs the disclosure checker on tables (each spec's files read through `read`) and the code
// scanner on code files. Never fails as a whole: a table or file that cannot be checked is an
// item with status "error" and an error that names the request field to fix
// ("tables[0].counts": a counts file of another shape, "tables[1].sheet": no such sheet).
// `codeFiles` are (path, the request field that names it).
// `invalidTables` are the tables whose spec was not valid when the request was read, by index in
// `tables`, each reported as that table's error.
[[nodiscard]] CheckOutcome runChecks(const QList<sdc::TableSpec> &tables,
                                     const QMap<int, Error> &invalidTables,
                                     const QList<std::pair<QString, QString>> &codeFiles,
                                     const PathReader &read, const sdc::RiskProfile &profile,
                                     const QDateTime &checkedAt, const TableComparer &compare = {});

// A finding as a researcher's client may see it: the rule, the outcome and where, and a message
// from the rule and the profile's limits alone (no value, count or contribution from the files).
[[nodiscard]] protocol::CheckFindingInfo researcherView(const sdc::Finding &finding,
                                                        const sdc::RiskProfile &profile);

// "The cell at row 14, column 3 (C14)", "Row 14", "Column 3 (C)", or `otherwise`.
[[nodiscard]] QString placeName(int fileRow, int fileColumn, const QString &otherwise);

// The companion files of a spec with the request field that names each ("tables[0].counts").
[[nodiscard]] QList<std::pair<QString, QString>> companionsOf(const sdc::TableSpec &spec, int index);

// What the register records of the checks a round had: the engine ("srs-sdc <server version>")
// and the risk profile ("default@<first 16 hex digits of the SHA-256 of its parameters>", so two
// profiles with the same parameters have the same version).
[[nodiscard]] QString engineVersion();
[[nodiscard]] QString profileVersion(const sdc::RiskProfile &profile);

} // namespace srs::server
