#include "CacheKey.h"

#include "crypto/Crypto.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::cache {

QString CacheIdentity::fileStem() const
{
    const QByteArray digest = crypto::sha256(u"%1\n%2"_s.arg(serverUrl, username).toUtf8());
    return QString::fromLatin1(digest.toHex().left(32));
}

QByteArray KeyFile::toJson() const
{
    const QJsonObject o{{u"version"_s, 1},
                        {u"kdf"_s, u"argon2id"_s},
                        {u"t"_s, static_cast<qint64>(argon2.timeCost)},
                        {u"m"_s, static_cast<qint64>(argon2.memoryKiB)},
                        {u"p"_s, static_cast<qint64>(argon2.parallelism)},
                        {u"salt"_s, QString::fromLatin1(salt.toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<KeyFile> KeyFile::fromJson(QByteArrayView bytes)
{
    const Error bad{u"cache-unreadable"_s, u"The cache's key file is damaged."_s};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (!doc.isObject())
        return bad;
    const QJsonObject o = doc.object();
    if (o.value(u"version"_s).toInt() != 1 || o.value(u"kdf"_s).toString() != u"argon2id"_s)
        return bad;
    KeyFile k;
    const auto cost = [&o](const QString &key, qint64 low, qint64 high) -> std::optional<quint32> {
        const qint64 v = o.value(key).toInteger(-1);
        if (v < low || v > high)
            return std::nullopt;
        return static_cast<quint32>(v);
    };
    const auto t = cost(u"t"_s, 1, 64);
    const auto m = cost(u"m"_s, 8, 4 * 1024 * 1024);
    const auto p = cost(u"p"_s, 1, 16);
    const auto salt = QByteArray::fromBase64Encoding(o.value(u"salt"_s).toString().toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!t || !m || !p || !salt || salt.decoded.size() != SaltBytes)
        return bad;
    k.argon2.timeCost = *t;
    k.argon2.memoryKiB = *m;
    k.argon2.parallelism = *p;
    k.argon2.saltLength = SaltBytes;
    k.argon2.hashLength = 32;
    k.salt = salt.decoded;
    return k;
}

KeyFile KeyFile::create(const crypto::Argon2Parameters &argon2)
{
    KeyFile k;
    k.argon2 = argon2;
    k.argon2.saltLength = SaltBytes;
    k.argon2.hashLength = 32;
    k.salt = crypto::randomBytes(SaltBytes);
    return k;
}

crypto::Argon2Parameters calibrateArgon2(int targetMs)
{
    crypto::Argon2Parameters p;
    p.timeCost = 1;
    p.parallelism = 1;
    p.saltLength = KeyFile::SaltBytes;
    p.hashLength = 32;
    p.memoryKiB = targetMs >= 20 ? 64 * 1024 : 1024;
    const QByteArray salt(KeyFile::SaltBytes, 's');
    QElapsedTimer timer;
    timer.start();
    (void)crypto::deriveKeyArgon2id("calibration", salt, p);
    const double onePass = std::max<double>(0.5, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    p.timeCost = static_cast<quint32>(std::clamp<double>(targetMs / onePass + 0.5, 1, 32));
    return p;
}

crypto::SecureBuffer derivePasswordKey(QByteArrayView password, const KeyFile &keyFile)
{
    return crypto::deriveKeyArgon2id(password, keyFile.salt, keyFile.argon2);
}

crypto::SecureBuffer deriveCacheKey(const crypto::SecureBuffer &passwordKey, QByteArrayView serverShare,
                                    const CacheIdentity &identity)
{
    if (passwordKey.isEmpty() || serverShare.isEmpty())
        return {};
    crypto::SecureBuffer input = passwordKey.clone();
    input.append(serverShare);
    const QByteArray info = u"user:%1\nserver:%2"_s.arg(identity.username, identity.serverUrl).toUtf8();
    return crypto::hkdfSha256(input.view(), "srs-workstation cache key v1", info, 32);
}

} // namespace srs::cache
