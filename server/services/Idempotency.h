#pragma once

#include "store/StoreResult.h"

#include <QDateTime>
#include <QString>

namespace srs::store {
class Database;
}

namespace srs::server {

// Writes that may be sent twice. A client that loses its connection mid-request (a server
// instance killed, a network dropping) cannot tell whether the write was made; it sends the
// request again with the same Idempotency-Key header. The route glue (authedIdempotent) looks
// the key up first: a key already recorded is answered with what its first request made, never
// a second write. Otherwise it opens a Scope for the request, and the service records the key
// inside the transaction of its write (recordMade), so that the key is recorded exactly when
// the write is made: a crash before the commit leaves neither, and the request sent again makes
// the write once.
class Idempotency
{
public:
    // The key of the request being answered on this thread, while it lives.
    class Scope
    {
    public:
        Scope(QString userId, QString key, QString route, QString requestSha256);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
    };

    // Inside the write's transaction: records the current request's key (nothing when the request
    // has none) as having made `resource` ("submission:S-...").
    [[nodiscard]] static store::Status recordMade(store::Database &db, const QString &resource,
                                                  const QDateTime &now);

    // A key as the header may carry it: 16 to 100 of A-Z, a-z, 0-9, '-' and '_'.
    [[nodiscard]] static bool isValidKey(const QString &key);
    // How long a key is kept: a request sent again later than this is a new request.
    static constexpr int KeptHours = 24;
};

} // namespace srs::server
