#pragma once

#include "StoreResult.h"

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace srs::store {

// The key of the audit chain's HMAC-SHA256, and the first event it covers.
//
// It is kept in a file outside the database (ServerConfig::auditKeyFile), so that someone
// who can write the database but not read that file cannot recompute the chain. The file
// also records `keyedFrom`: events with a lower sequence number were written before the
// log was keyed and carry plain SHA-256 hashes; from `keyedFrom` on, every event is keyed.
// The database cannot say which events must be keyed, or an attacker could "unkey" them.
//
// The file is text, 0600:
//     srs-audit-key 1
//     keyed-from 1
//     key 64 hex digits
class AuditKey
{
public:
    static constexpr qsizetype KeyLength = 32;

    AuditKey(crypto::SecureBuffer key, qint64 keyedFrom) : m_key(std::move(key)), m_keyedFrom(keyedFrom) {}
    // A new random key for events from `keyedFrom` on.
    [[nodiscard]] static AuditKey generate(qint64 keyedFrom);

    [[nodiscard]] static Result<AuditKey> parse(QByteArrayView file);
    [[nodiscard]] crypto::SecureBuffer serialize() const;
    // Reads a key file, refusing one that others may read or write.
    [[nodiscard]] static Result<AuditKey> load(const QString &path);
    // Writes a new key file, private from the first byte on; never replaces one.
    [[nodiscard]] Status save(const QString &path) const;

    [[nodiscard]] qint64 keyedFrom() const { return m_keyedFrom; }
    [[nodiscard]] bool covers(qint64 seq) const { return seq >= m_keyedFrom; }
    [[nodiscard]] QByteArray mac(QByteArrayView data) const;

private:
    crypto::SecureBuffer m_key;
    qint64 m_keyedFrom = 1;
};

} // namespace srs::store
