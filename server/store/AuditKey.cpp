#include "AuditKey.h"

#include "crypto/Crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace srs::store {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char Magic[] = "srs-audit-key 1\n";
constexpr char KeyedFromLabel[] = "keyed-from ";
constexpr char KeyLabel[] = "key ";
constexpr qsizetype MaxFileBytes = 4096;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

StoreError badFile(const QString &why)
{
    return invalid(u"the audit key file is not valid: "_s + why);
}

} // namespace

AuditKey AuditKey::generate(qint64 keyedFrom)
{
    return AuditKey(crypto::randomSecret(KeyLength), keyedFrom);
}

Result<AuditKey> AuditKey::parse(QByteArrayView file)
{
    const QByteArrayView magic(Magic);
    if (!file.startsWith(magic))
        return badFile(u"it does not start with \"srs-audit-key 1\""_s);
    QByteArrayView rest = file.sliced(magic.size());

    const QByteArrayView fromLabel(KeyedFromLabel);
    const qsizetype fromEnd = rest.indexOf('\n');
    if (!rest.startsWith(fromLabel) || fromEnd < 0)
        return badFile(u"the second line must be \"keyed-from SEQ\""_s);
    bool ok = false;
    const qint64 keyedFrom =
        rest.sliced(fromLabel.size(), fromEnd - fromLabel.size()).toByteArray().toLongLong(&ok);
    if (!ok || keyedFrom < 1)
        return badFile(u"keyed-from must be a sequence number (1 or more)"_s);
    rest = rest.sliced(fromEnd + 1);

    const QByteArrayView keyLabel(KeyLabel);
    if (!rest.startsWith(keyLabel))
        return badFile(u"the third line must be \"key\" and 64 hex digits"_s);
    rest = rest.sliced(keyLabel.size());
    if (rest.endsWith('\n'))
        rest.chop(1);
    if (rest.size() != 2 * KeyLength)
        return badFile(u"the key must be 64 hex digits"_s);
    crypto::SecureBuffer key(static_cast<std::size_t>(KeyLength));
    for (qsizetype i = 0; i < KeyLength; ++i) {
        const int high = hexDigit(rest[2 * i]);
        const int low = hexDigit(rest[2 * i + 1]);
        if (high < 0 || low < 0)
            return badFile(u"the key must be 64 hex digits"_s);
        key.data()[i] = static_cast<unsigned char>(high * 16 + low);
    }
    return AuditKey(std::move(key), keyedFrom);
}

crypto::SecureBuffer AuditKey::serialize() const
{
    crypto::SecureBuffer out;
    out.append(QByteArrayView(Magic));
    out.append(QByteArrayView(KeyedFromLabel));
    out.append(QByteArray::number(m_keyedFrom));
    out.append("\n");
    out.append(QByteArrayView(KeyLabel));
    const crypto::SecureBuffer hex = m_key.toHex();
    out.append(hex.view());
    out.append("\n");
    return out;
}

Result<AuditKey> AuditKey::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(u"cannot read the audit key file %1: %2"_s.arg(path, file.errorString()));
    if (QFileInfo(path).permissions() &
        (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        return invalid(u"the audit key file %1 is readable or writable by others: chmod 600 it"_s.arg(path));
    QByteArray bytes = file.read(MaxFileBytes);
    auto key = parse(bytes);
    crypto::wipe(bytes);
    if (!key)
        return invalid(key.errorString() + u" (%1)"_s.arg(path));
    return key;
}

Status AuditKey::save(const QString &path) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    const crypto::SecureBuffer text = serialize();
    // Created 0600: private from the first byte on.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(text.constChar(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) ||
        !file.flush())
        return invalid(u"cannot create the audit key file %1: %2"_s.arg(path, file.errorString()));
    return {};
}

QByteArray AuditKey::mac(QByteArrayView data) const
{
    return crypto::hmacSha256(m_key.view(), data);
}

} // namespace srs::store
