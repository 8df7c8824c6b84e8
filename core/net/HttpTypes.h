#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include "crypto/SecureBuffer.h"

#include <memory>

namespace srs::net {

using RequestId = quint64;

struct HttpRequest
{
    QByteArray method = "GET";
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A body holding a secret (a password), sent instead of `body`; never copied into a
    // QByteArray. Shared so requests stay copyable; the buffer wipes itself.
    std::shared_ptr<const crypto::SecureBuffer> secretBody;
    // The session token, sent as "Authorization: Bearer <token>".
    std::shared_ptr<const crypto::SecureBuffer> bearerToken;
    // May be sent again, unchanged, when the connection breaks before the answer arrives: a read,
    // or a write the server de-duplicates by the Idempotency-Key it carries.
    bool resendable = false;

    [[nodiscard]] bool hasBody() const { return !body.isEmpty() || (secretBody && !secretBody->isEmpty()); }
};

struct HttpResponse
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

} // namespace srs::net

Q_DECLARE_METATYPE(srs::net::HttpResponse)
