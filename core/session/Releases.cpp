#include "Releases.h"

#include "FolderWriter.h"
#include "Session.h"

#include "RefusalTexts.h"
#include "api/Client.h"
#include "api/ReleasesApi.h"
#include "crypto/Crypto.h"
#include "protocol/Messages.h"

#include <QFile>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(crypto::sha256(bytes).toHex());
}

} // namespace

Releases::Releases(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(m_session, &Session::locked, this, [this] { wipe(); });
    connect(m_session, &Session::signedOut, this, [this] { wipe(); });
}

Releases::~Releases()
{
    m_calls.cancelAll();
    if (m_download)
        delete m_download->keeping.data(); // its outcome is not waited for
}

void Releases::wipe()
{
    m_calls.cancelAll();
    if (m_download) {
        delete m_download->keeping.data(); // what the pool thread still does is not waited for
        finishDownload();
    }
    m_byProject.clear();
    m_pending.clear();
    emit pendingDestructionChanged();
}

QString Releases::safeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':') ||
        path.contains(QChar(0)))
        return {};
    // No control or invisible formatting characters, and no line or paragraph separators: a name
    // must show as what it is, and cannot break a line of the manifest.
    for (const QChar c : path) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return {};
    }
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts)
        if (part.isEmpty() || part == u"."_s || part == u".."_s)
            return {};
    return path;
}

std::optional<protocol::ReleaseInfo> Releases::ofSubmission(const QString &submissionId) const
{
    for (const auto &list : m_byProject)
        for (const protocol::ReleaseInfo &r : list)
            if (r.submissionId == submissionId)
                return r;
    return std::nullopt;
}

void Releases::fetchForProject(const QString &projectId)
{
    if (m_session->state() != Session::State::Active)
        return;
    auto *call = m_calls.add(api::ReleasesApi(*m_session->api()).ofProject(projectId));
    call->onSucceeded(this, [this, projectId](const QList<protocol::ReleaseInfo> &list) {
        m_byProject.insert(projectId, list);
        emit projectReleasesChanged(projectId);
    });
    call->onFailed(
        this, [this, projectId](const api::ApiFailure &failure) { emit fetchFailed(projectId, failure); });
}

void Releases::download(const protocol::ReleaseInfo &release, const QString &folder)
{
    if (m_download || m_session->state() != Session::State::Active)
        return;
    m_download = Download{release, folder, 0, {}, {}};
    emit downloadProgress(0, static_cast<int>(release.files.size()));
    downloadNext();
}

void Releases::downloadNext()
{
    Download &d = *m_download;
    if (d.next >= d.release.files.size()) {
        finishDownload();
        return;
    }
    const protocol::ReleasedFile file = d.release.files.at(d.next);
    auto *call = m_calls.add(api::ReleasesApi(*m_session->api()).file(d.release.id, file.index));
    call->onSucceeded(this, [this, file](const QByteArray &bytes) {
        if (!m_download)
            return;
        // Hashed, written and read back on a pool thread: a large file does not hold up the
        // window. The pool thread touches only the promise; the watcher (a child of this object,
        // deleted by a lock or sign-out, and gone with this object) brings the outcome back here.
        auto promise = std::make_shared<QPromise<FileOutcome>>();
        auto *watcher = new QFutureWatcher<FileOutcome>(this);
        m_download->keeping = watcher;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, file] {
            watcher->deleteLater();
            const QFuture<FileOutcome> kept = watcher->future();
            if (!m_download)
                return;
            m_download->keeping = nullptr;
            m_download->outcomes.append(
                kept.resultCount() > 0
                    ? kept.result()
                    : FileOutcome{file.path, false, tr("Not kept: it could not be written.")});
            ++m_download->next;
            emit downloadProgress(m_download->next, static_cast<int>(m_download->release.files.size()));
            downloadNext();
        });
        promise->start();
        watcher->setFuture(promise->future());
        QThreadPool::globalInstance()->start([promise, file, bytes, folder = m_download->folder] {
            promise->addResult(keepFile(file, bytes, folder));
            crypto::releaseThreadState();
            promise->finish();
        });
    });
    call->onFailed(this, [this, file](const api::ApiFailure &failure) {
        if (!m_download)
            return;
        m_download->outcomes.append({file.path, false, refusalMessage(failure)});
        ++m_download->next;
        emit downloadProgress(m_download->next, static_cast<int>(m_download->release.files.size()));
        downloadNext();
    });
}

Releases::FileOutcome Releases::keepFile(const protocol::ReleasedFile &file, const QByteArray &bytes,
                                         const QString &folder)
{
    const QString relative = safeRelativePath(file.path);
    if (relative.isEmpty())
        return {file.path, false, tr("Not kept: its name would put it outside the folder you chose.")};
    if (sha256Hex(bytes) != file.sha256)
        return {
            file.path, false,
            tr("Not kept: what arrived does not match the manifest's SHA-256. Try the download again; if it "
               "happens again, tell the support team.")};
    const FolderWriter::Answer kept = FolderWriter::keep(folder, relative, bytes, file.sha256);
    switch (kept.outcome) {
    case FolderWriter::Outcome::Written:
        return {file.path, true, tr("Downloaded and matches the manifest.")};
    case FolderWriter::Outcome::AlreadyThere:
        return {file.path, true, tr("Already in the folder, and matches the manifest.")};
    case FolderWriter::Outcome::OtherFileThere:
        return {file.path, false,
                tr("Not kept: a different file with this name is already in the folder. Move it away and "
                   "download again.")};
    case FolderWriter::Outcome::LinkInTheWay:
        return {file.path, false,
                tr("Not kept: in the folder you chose, a symbolic link stands where it or its folder would "
                   "go, and downloads are never written through links. Remove the link and download "
                   "again.")};
    case FolderWriter::Outcome::Failed:
        break;
    }
    return {file.path, false, tr("Not kept: it could not be written (%1).").arg(kept.detail)};
}

QString Releases::manifestLine(const QString &sha256, const QString &path)
{
    // sha256sum's own escaping: a name with a backslash or a line break is written on a line that
    // begins with a backslash, with those characters escaped, so that no name can end its line and
    // start another. Names with other control characters are never kept (safeRelativePath).
    QString name = path;
    const bool escape = name.contains(u'\\') || name.contains(u'\n') || name.contains(u'\r');
    if (escape) {
        name.replace(u"\\"_s, u"\\\\"_s);
        name.replace(u"\n"_s, u"\\n"_s);
        name.replace(u"\r"_s, u"\\r"_s);
    }
    return (escape ? u"\\"_s : QString()) + sha256 + u"  "_s + name + u'\n';
}

void Releases::finishDownload()
{
    Download d = std::move(*m_download);
    m_download.reset();
    // The manifest, for checking again later with "sha256sum -c MANIFEST-SHA256.txt".
    QString manifest;
    for (const protocol::ReleasedFile &f : std::as_const(d.release.files))
        if (!safeRelativePath(f.path).isEmpty() && protocol::isSha256Hex(f.sha256))
            manifest += manifestLine(f.sha256, f.path);
    const QByteArray text = manifest.toUtf8();
    (void)FolderWriter::keep(d.folder, u"MANIFEST-SHA256.txt"_s, text, sha256Hex(text),
                             FolderWriter::Existing::Replace);
    emit downloadFinished(d.release.id, d.outcomes);
}

void Releases::fetchPendingDestruction()
{
    if (m_session->state() != Session::State::Active)
        return;
    auto *call = m_calls.add(api::ReleasesApi(*m_session->api()).pendingDestruction());
    call->onSucceeded(this, [this](const QList<protocol::ReleaseInfo> &list) {
        m_pending = list;
        emit pendingDestructionChanged();
    });
}

void Releases::attestDestruction(const QString &releaseId, const QString &note)
{
    if (m_session->state() != Session::State::Active)
        return;
    protocol::DestructionRequest request;
    request.attest = true;
    request.note = note;
    auto *call = m_calls.add(api::ReleasesApi(*m_session->api()).attestDestruction(releaseId, request));
    call->onSucceeded(this, [this, releaseId](const protocol::ReleaseInfo &release) {
        m_pending.removeIf([&](const protocol::ReleaseInfo &r) { return r.id == releaseId; });
        emit pendingDestructionChanged();
        emit destructionAttested(release);
    });
    call->onFailed(this, [this, releaseId](const api::ApiFailure &failure) {
        emit destructionFailed(releaseId, refusalMessage(failure));
    });
}

} // namespace srs::session
