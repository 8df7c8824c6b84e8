#pragma once

#include "StoreResult.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace srs::store {

class Database;

struct RevokedDevice
{
    QString serial; // upper-case hex, no leading zeros (as the server reads certificates)
    QDateTime revokedAt;
    QString note;
};

// Device certificates revoked by serial number (`admin revoke-device`), kept in the database
// so that every server instance sharing it refuses them on the next request. Read for every
// request, never cached.
class RevokedDeviceRepository
{
public:
    explicit RevokedDeviceRepository(Database &db) : m_db(db) {}

    // True when this call revoked it, false when it already was.
    [[nodiscard]] Result<bool> revoke(const RevokedDevice &device);
    [[nodiscard]] Result<bool> isRevoked(const QString &serial);
    [[nodiscard]] Result<QList<RevokedDevice>> list();

private:
    Database &m_db;
};

} // namespace srs::store
