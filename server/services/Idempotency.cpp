#include "Idempotency.h"

#include "store/IdempotencyRepository.h"

#include <optional>

namespace srs::server {

namespace {

struct Current
{
    QString userId;
    QString key;
    QString route;
    QString requestSha256;
};

thread_local std::optional<Current> t_current;

} // namespace

Idempotency::Scope::Scope(QString userId, QString key, QString route, QString requestSha256)
{
    t_current = Current{std::move(userId), std::move(key), std::move(route), std::move(requestSha256)};
}

Idempotency::Scope::~Scope()
{
    t_current.reset();
}

store::Status Idempotency::recordMade(store::Database &db, const QString &resource, const QDateTime &now)
{
    if (!t_current)
        return {};
    store::IdempotencyRecord r;
    r.userId = t_current->userId;
    r.key = t_current->key;
    r.route = t_current->route;
    r.requestSha256 = t_current->requestSha256;
    r.resource = resource;
    r.createdAt = now;
    return store::IdempotencyRepository(db).insert(r);
}

bool Idempotency::isValidKey(const QString &key)
{
    if (key.size() < 16 || key.size() > 100)
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace srs::server
