#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace srs::net {

using RequestId = quint64;

struct HttpRequest
{
    QByteArray method = "GET";
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpResponse
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

} // namespace srs::net

Q_DECLARE_METATYPE(srs::net::HttpResponse)
