#include "RevokedDeviceRepository.h"

#include "Database.h"

namespace srs::store {

Result<bool> RevokedDeviceRepository::revoke(const RevokedDevice &device)
{
    if (device.serial.isEmpty())
        return invalid(QStringLiteral("A revoked device needs a serial number."));
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO revoked_devices (serial, revoked_at, note) VALUES (?, ?, ?) "
                       "ON CONFLICT (serial) DO NOTHING"),
        {device.serial, Database::encodeTime(device.revokedAt), Database::requiredText(device.note)});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<bool> RevokedDeviceRepository::isRevoked(const QString &serial)
{
    // Every request without a session token starts with this: Database::firstRow.
    static const QString sql = QStringLiteral("SELECT 1 FROM revoked_devices WHERE serial = ?");
    auto row = m_db.firstRow(sql, {serial});
    if (!row.ok())
        return row.error();
    return row.value().has_value();
}

Result<QList<RevokedDevice>> RevokedDeviceRepository::list()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT serial, revoked_at, note FROM revoked_devices ORDER BY revoked_at, serial"));
    if (!q.ok())
        return q.error();
    QList<RevokedDevice> out;
    while (q->next())
        out.append({q->value(0).toString(), Database::decodeTime(q->value(1)), q->value(2).toString()});
    return out;
}

} // namespace srs::store
