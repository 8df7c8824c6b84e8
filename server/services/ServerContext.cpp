#include "ServerContext.h"

#include "store/AuditKey.h"
#include "store/AuditLog.h"
#include "store/OrganisationRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

Result<crypto::SecureBuffer> loadOrCreateKey(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{u"secrets-key"_s,
                         u"cannot read the secrets key %1: %2"_s.arg(path, file.errorString())};
        QByteArray bytes = file.read(crypto::SecretBox::KeyLength + 1);
        if (bytes.size() != crypto::SecretBox::KeyLength) {
            crypto::wipe(bytes);
            return Error{u"secrets-key"_s, u"the secrets key %1 must be exactly %2 bytes"_s.arg(path).arg(
                                               crypto::SecretBox::KeyLength)};
        }
        if (QFileInfo(path).permissions() &
            (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) {
            crypto::wipe(bytes);
            return Error{u"secrets-key"_s,
                         u"the secrets key %1 is readable by others: chmod 600 it"_s.arg(path)};
        }
        return crypto::SecureBuffer::takeFrom(bytes);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    crypto::SecureBuffer key = crypto::SecretBox::generateKey();
    // Create it private from the first byte on.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(key.constChar(), static_cast<qint64>(key.size())) != static_cast<qint64>(key.size()))
        return Error{u"secrets-key"_s,
                     u"cannot create the secrets key %1: %2"_s.arg(path, file.errorString())};
    return key;
}

} // namespace

ServerContext::ServerContext(ServerConfig config, std::unique_ptr<store::Database> database,
                             crypto::SecretBox secrets)
    : m_config(std::move(config)), m_database(std::move(database)), m_secrets(std::move(secrets))
{}

ServerContext::~ServerContext() = default;

Result<std::unique_ptr<ServerContext>> ServerContext::open(const ServerConfig &config)
{
    if (const srs::Status s = config.validateStorage(); !s)
        return s.error();
    if (!QDir().mkpath(config.dataDir))
        return Error{u"data-dir"_s, u"cannot create the data folder %1"_s.arg(config.dataDir)};
    QFile::setPermissions(config.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    store::DatabaseConfig dbConfig = config.effectiveDatabase();
    if (!config.databasePasswordFile.isEmpty()) {
        QFile pw(config.databasePasswordFile);
        if (!pw.open(QIODevice::ReadOnly))
            return Error{u"database"_s, u"cannot read the database password file %1"_s.arg(pw.fileName())};
        dbConfig.password = QString::fromUtf8(pw.read(4096).trimmed());
    }
    auto database = store::Database::open(dbConfig);
    if (!database)
        return Error{u"database"_s,
                     u"cannot open the %1: %2"_s.arg(dbConfig.describe(), database.errorString())};
    if (const auto migrated = database.value()->migrate(); !migrated)
        return Error{u"database"_s,
                     u"cannot migrate the %1: %2"_s.arg(dbConfig.describe(), migrated.errorString())};

    auto key = loadOrCreateKey(config.effectiveSecretsKeyFile());
    if (!key)
        return key.error();
    crypto::SecretBox box(std::move(key).value());
    // The audit chain's key: events are keyed from the first start with it on.
    if (auto auditKey = store::AuditLog(*database.value())
                            .useKeyFile(config.effectiveAuditKeyFile(), QDateTime::currentDateTimeUtc());
        !auditKey)
        return Error{u"audit-key"_s, auditKey.errorString()};
    return std::unique_ptr<ServerContext>(
        new ServerContext(config, std::move(database).value(), std::move(box)));
}

Result<domain::PolicyConfig> ServerContext::policyConfig()
{
    domain::PolicyConfig p;
    p.ukRanges = m_config.ukRanges;
    p.securityDeclarationVersion = m_config.securityDeclarationVersion;
    p.extendedSyopsVersion = m_config.extendedSyopsVersion;
    p.checkingSettings = m_config.checkingSettings;
    store::OrganisationRepository organisations(*m_database);
    const store::Status read = m_database->readTransaction([&]() -> store::Status { // one snapshot
        auto orgs = organisations.list();
        if (!orgs)
            return orgs.error();
        p.organisations = orgs.value();
        auto sites = organisations.listSites();
        if (!sites)
            return sites.error();
        p.sites = sites.value();
        return {};
    });
    if (!read)
        return Error{u"database"_s, read.errorString()};
    return p;
}

Result<std::shared_ptr<const domain::AccessPolicy>> ServerContext::policy()
{
    // By the wall clock: the organisations and sites change through the admin command.
    const QDateTime wall = QDateTime::currentDateTimeUtc();
    const quint64 generation = m_policy.generation();
    if (auto cached = m_policy.find(0, wall))
        return *cached;
    auto config = policyConfig();
    if (!config)
        return config.error();
    auto policy = std::make_shared<const domain::AccessPolicy>(std::move(config).value());
    m_policy.store(0, policy, wall, generation);
    return policy;
}

void ServerContext::invalidatePolicy()
{
    m_policy.invalidate(0);
}

QString ServerContext::workspaceFolder(const QString &projectId) const
{
    return QDir(m_config.effectiveWorkspacesDir()).filePath(projectId);
}

} // namespace srs::server
