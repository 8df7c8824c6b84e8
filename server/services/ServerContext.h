#pragma once

#include "ExpiringCache.h"
#include "ServerConfig.h"

#include "crypto/SecretBox.h"
#include "domain/AccessPolicy.h"
#include "domain/Result.h"
#include "store/Database.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <mutex>

namespace srs::server {

// What every part of the server shares: the configuration, the open database (migrated),
// the key that seals stored secrets, and the clock. Tests set the clock.
class ServerContext
{
public:
    using Clock = std::function<QDateTime()>;

    // Creates the data folder (0700), opens and migrates the database, and reads the secrets
    // key, creating it (32 random bytes, 0600) when the file does not exist yet; then the
    // audit chain's key the same way (store::AuditLog::useKeyFile), which the database keeps.
    [[nodiscard]] static Result<std::unique_ptr<ServerContext>> open(const ServerConfig &config);
    ~ServerContext();

    [[nodiscard]] const ServerConfig &config() const { return m_config; }
    [[nodiscard]] store::Database &database() { return *m_database; }
    [[nodiscard]] const crypto::SecretBox &secrets() const { return m_secrets; }

    [[nodiscard]] QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The access policy as configured now: UK ranges and declaration versions from the
    // configuration, organisations and safe-room sites from the database.
    [[nodiscard]] Result<domain::PolicyConfig> policyConfig();
    // The policy, rebuilt from the database at most every few seconds (organisations and
    // sites change through the admin command, in another process). Thread-safe.
    [[nodiscard]] Result<std::shared_ptr<const domain::AccessPolicy>> policy();
    // Forget the cached policy (after a change made in this process).
    void invalidatePolicy();
    [[nodiscard]] QString workspaceFolder(const QString &projectId) const;

    // People (with accreditation and declarations) and projects (with members and datasets)
    // as read for access decisions, kept for ReadCacheMs by the server's clock (and read afresh
    // by one request thread once past three quarters of it, see ExpiringCache). A change made
    // through this server invalidates its entry at once; one made by the admin command (another
    // process) reaches this server within ReadCacheMs. Sessions are never cached, nor is what
    // must take effect on the next request: the account's disabled flag (read with the
    // session, and it overrides the cached person) and the device's revocation.
    static constexpr qint64 ReadCacheMs = 2000;
    [[nodiscard]] ExpiringCache<QString, domain::User> &people() { return m_people; }
    [[nodiscard]] ExpiringCache<QString, domain::Project> &projects() { return m_projects; }

    // The ingest checks' runner, woken when a request is finished (set by IngestCheckRunner
    // while it runs; nothing when none does). Thread-safe.
    void setIngestWaker(std::function<void()> waker)
    {
        std::lock_guard lock(m_ingestWakerMutex);
        m_ingestWaker = std::move(waker);
    }
    void wakeIngestChecks()
    {
        std::lock_guard lock(m_ingestWakerMutex);
        if (m_ingestWaker)
            m_ingestWaker();
    }

private:
    ServerContext(ServerConfig config, std::unique_ptr<store::Database> database, crypto::SecretBox secrets);

    ServerConfig m_config;
    std::unique_ptr<store::Database> m_database;
    crypto::SecretBox m_secrets;
    Clock m_clock;
    static constexpr qint64 PolicyCacheMs = 5000;
    ExpiringCache<int, std::shared_ptr<const domain::AccessPolicy>> m_policy{PolicyCacheMs}; // one entry
    ExpiringCache<QString, domain::User> m_people{ReadCacheMs};
    ExpiringCache<QString, domain::Project> m_projects{ReadCacheMs};
    std::mutex m_ingestWakerMutex;
    std::function<void()> m_ingestWaker;
};

} // namespace srs::server
