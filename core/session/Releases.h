#pragma once

#include "api/ApiFailure.h"
#include "api/CallGroup.h"
#include "protocol/ReviewMessages.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace srs::session {

class Session;

// What a project's members receive once output checkers have released a request: the releases
// of a project, each with its manifest (paths, SHA-256, sizes); downloading a release's files
// to a folder the person chooses, every file checked against the manifest before it is kept;
// and, for a project lead, the pre-publication releases of ended projects whose destruction
// they must confirm.
//
// A download writes each file under the folder at its workspace path (never outside it: a path
// with "..", an absolute path or a backslash is refused), once its SHA-256 matches, through
// FolderWriter: never through a symbolic link in the folder, first to a temporary name that is
// moved into place only if the name is still free; a file already there with the same content
// is kept, one with other content is not overwritten. A MANIFEST-SHA256.txt in sha256sum's format is
// written beside them, so the files can be checked again later.
class Releases : public QObject
{
    Q_OBJECT
public:
    explicit Releases(Session *session, QObject *parent = nullptr);
    ~Releases() override;

    void fetchForProject(const QString &projectId);
    // The release of a submission, once its project's releases are fetched.
    [[nodiscard]] std::optional<protocol::ReleaseInfo> ofSubmission(const QString &submissionId) const;

    struct FileOutcome
    {
        QString path;
        bool ok = false;
        QString message; // what went wrong, in words
    };
    // Downloads every file of the release into `folder`, one after another.
    void download(const protocol::ReleaseInfo &release, const QString &folder);
    [[nodiscard]] bool isDownloading() const { return m_download.has_value(); }

    // Pre-publication releases of ended projects this person leads, not yet confirmed destroyed.
    void fetchPendingDestruction();
    [[nodiscard]] const QList<protocol::ReleaseInfo> &pendingDestruction() const { return m_pending; }
    void attestDestruction(const QString &releaseId, const QString &note);

    // A workspace path made safe to write under a folder, or empty when it is not (absolute, "..",
    // a backslash or colon, control or invisible formatting characters, line separators).
    [[nodiscard]] static QString safeRelativePath(const QString &path);
    // One line of MANIFEST-SHA256.txt, in sha256sum's format (escaped as sha256sum escapes).
    [[nodiscard]] static QString manifestLine(const QString &sha256, const QString &path);

signals:
    void projectReleasesChanged(const QString &projectId);
    void fetchFailed(const QString &projectId, const srs::api::ApiFailure &failure);
    void downloadProgress(int done, int total);
    void downloadFinished(const QString &releaseId, const QList<srs::session::Releases::FileOutcome> &files);
    void pendingDestructionChanged();
    void destructionAttested(const srs::protocol::ReleaseInfo &release);
    void destructionFailed(const QString &releaseId, const QString &message);

private:
    struct Download
    {
        protocol::ReleaseInfo release;
        QString folder;
        int next = 0;
        QList<FileOutcome> outcomes;
        // The file being checked and written on a pool thread, brought back by this watcher.
        QPointer<QObject> keeping;
    };
    void downloadNext();
    // Checks the bytes against the manifest and keeps them under `folder` (any thread).
    [[nodiscard]] static FileOutcome keepFile(const protocol::ReleasedFile &file, const QByteArray &bytes,
                                              const QString &folder);
    void finishDownload();
    void wipe();

    Session *m_session;
    QHash<QString, QList<protocol::ReleaseInfo>> m_byProject;
    QList<protocol::ReleaseInfo> m_pending;
    std::optional<Download> m_download;
    api::CallGroup m_calls; // stopped on lock and sign-out
};

} // namespace srs::session
