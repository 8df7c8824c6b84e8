#include "ClientStore.h"

#include "Clock.h"
#include "Session.h"

#include "cache/CacheFolder.h"
#include "cache/MetadataCache.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace srs::session {

Q_LOGGING_CATEGORY(lcStore, "srs.store")

namespace {

Error cacheClosed()
{
    return Error{cache::cacheerr::Io,
                 QCoreApplication::translate("srs::session::ClientStore",
                                             "Drafts cannot be kept yet: the encrypted copy of your project "
                                             "details on this computer is not open.")};
}

} // namespace

ClientStore::ClientStore(Session *session, const Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_session(session), m_options(std::move(options)),
      m_folder(std::make_unique<cache::CacheFolder>(m_options.cacheDirectory.isEmpty()
                                                        ? cache::CacheFolder::defaultDirectory()
                                                        : m_options.cacheDirectory))
{
    const int removed = m_folder->removeUnused(m_options.retentionDays, clock.now());
    if (removed > 0)
        qCInfo(lcStore, "removed %d cache(s) not used for %d days", removed, m_options.retentionDays);

    connect(m_session, &Session::cacheKeyReady, this, &ClientStore::open);
    connect(m_session, &Session::cacheKeyFailed, this, [this](const QString &message) {
        reportFailure(Error{cache::cacheerr::Io, message});
    });
    connect(m_session, &Session::locked, this, [this] { close(false); });
    connect(m_session, &Session::signedOut, this, [this] { close(m_options.purgeOnSignOut); });
}

ClientStore::~ClientStore() = default;

bool ClientStore::isOpening() const
{
    return !m_cache && m_session->cacheKeyPending();
}

QString ClientStore::cacheFile() const
{
    return m_identity ? m_folder->databasePath(*m_identity) : QString();
}

void ClientStore::reportFailure(const Error &error)
{
    qCWarning(lcStore, "cache: %s", qUtf8Printable(error.message));
    emit cacheProblem(tr("Project details cannot be kept on this computer: %1 Your projects are shown from "
                         "the server, but workspaces cannot be browsed until this is fixed; tell your IT "
                         "support.")
                          .arg(error.message));
}

void ClientStore::open()
{
    const cache::CacheIdentity identity{m_session->me().user.username, m_session->serverUrl()};
    if (m_cache && m_identity && *m_identity == identity)
        return;
    if (m_cache)
        close(false);
    m_identity = std::make_unique<cache::CacheIdentity>(identity);
    auto result = cache::MetadataCache::open(*m_folder, identity, m_session->cacheKey());
    if (!result.ok()) {
        reportFailure(result.error());
        return;
    }
    m_cache = std::move(result->cache);
    if (result->setAside)
        emit cacheProblem(result->setAside->message + u' ' +
                          tr("It was set aside and is being rebuilt from the server."));
    emit opened();
}

void ClientStore::close(bool purge)
{
    if (m_cache)
        emit aboutToClose();
    m_cache.reset();
    if (purge && m_identity) {
        if (Status s = m_folder->purge(*m_identity); !s.ok())
            qCWarning(lcStore, "purging the cache: %s", qUtf8Printable(s.error().message));
        m_identity.reset();
    }
    emit closed(purge);
}

Status ClientStore::saveDraft(const cache::Draft &draft)
{
    return m_cache ? m_cache->saveDraft(draft) : Status(cacheClosed());
}

Result<QList<cache::Draft>> ClientStore::drafts() const
{
    if (!m_cache)
        return cacheClosed();
    return m_cache->drafts();
}

Status ClientStore::removeDraft(const QString &id)
{
    return m_cache ? m_cache->removeDraft(id) : Status(cacheClosed());
}

Status ClientStore::setDocument(const cache::Document &document)
{
    if (!m_cache)
        return Error{cache::cacheerr::Io, tr("The cache is not open.")};
    return m_cache->saveDocument(document);
}

std::optional<cache::Document> ClientStore::document(const QString &name) const
{
    if (!m_cache)
        return std::nullopt;
    auto found = m_cache->document(name);
    if (!found.ok()) {
        qCWarning(lcStore, "reading %s: %s", qUtf8Printable(name), qUtf8Printable(found.error().message));
        return std::nullopt;
    }
    return *found;
}

} // namespace srs::session
