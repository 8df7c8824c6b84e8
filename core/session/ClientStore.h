#pragma once

#include "domain/Result.h"

#include <QObject>

#include <memory>
#include <optional>

namespace srs::cache {
class CacheFolder;
struct CacheIdentity;
struct Document;
struct Draft;
class MetadataCache;
} // namespace srs::cache

namespace srs::session {

class Clock;
class Session;

// The client's store: the person's encrypted cache on this computer, and what the client keeps
// in it by name: drafts of output submissions and whole answers (documents). "Is the cache
// open yet" is answered here and nowhere else.
//
// The cache opens when the session has derived its key (after each sign-in and unlock) and
// closes when the session locks or ends; on a safe-room terminal (purge_cache_on_sign_out) it
// is removed at sign-out. A cache that cannot be read is set aside and rebuilt; cacheProblem()
// says so in plain words.
//
// The workspace sync (WorkspaceSync) keeps the projects and workspaces in the same cache, through
// cache(); it is made right after the store, so it hears opened() and aboutToClose() first.
class ClientStore : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString cacheDirectory; // the CacheFolder (the default one when empty)
        bool purgeOnSignOut = false;
        int retentionDays = 30;
    };

    ClientStore(Session *session, const Clock &clock, Options options, QObject *parent = nullptr);
    ~ClientStore() override;

    [[nodiscard]] bool isOpen() const { return m_cache != nullptr; }
    // Just after signing in or unlocking: the cache key is still being derived, so the cache
    // will open (opened()) or say why not (cacheProblem()) shortly.
    [[nodiscard]] bool isOpening() const;
    // The file of the cache now open or last opened (empty before the first).
    [[nodiscard]] QString cacheFile() const;

    // Drafts of output submissions (an error when the cache is not open).
    [[nodiscard]] Status saveDraft(const cache::Draft &draft);
    [[nodiscard]] Result<QList<cache::Draft>> drafts() const;
    [[nodiscard]] Status removeDraft(const QString &id);
    // Whole answers kept by name (nothing, or an error, when the cache is not open).
    [[nodiscard]] Status setDocument(const cache::Document &document);
    [[nodiscard]] std::optional<cache::Document> document(const QString &name) const;

    // The open cache itself, for the workspace sync's projects and workspaces; null when closed.
    [[nodiscard]] cache::MetadataCache *cache() const { return m_cache.get(); }

signals:
    void opened();
    void cacheProblem(const QString &message);
    // The cache is about to close (lock, sign-out): save what must not be lost now, and let go
    // of any other connection to it.
    void aboutToClose();
    // Locked or signed out (emitted each time, open or not): what came from the cache must go.
    // `wiped`: the cache was removed from this computer too (a safe-room sign-out).
    void closed(bool wiped);

private:
    void open();
    void close(bool purge);
    void reportFailure(const Error &error);

    Session *m_session;
    Options m_options;
    std::unique_ptr<cache::CacheFolder> m_folder;
    std::unique_ptr<cache::CacheIdentity> m_identity; // of the cache open or last opened
    std::unique_ptr<cache::MetadataCache> m_cache;
};

} // namespace srs::session
