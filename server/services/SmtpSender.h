#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace srs::server {

// One plain-text e-mail.
struct MailMessage
{
    QString from;
    QString to;
    QString subject;
    QString body;
};

// Whether `address` is a plain e-mail address (local@domain, no spaces, angle brackets or line
// breaks): only such an address is put in a message's envelope or headers.
[[nodiscard]] bool isPlainMailAddress(const QString &address);

// The message as sent: headers and a body of 7-bit lines ending CRLF, a line of a single dot
// doubled, the subject and body UTF-8 (the subject encoded as RFC 2047 when not ASCII). A
// header value never carries a line break.
[[nodiscard]] QByteArray formatMail(const MailMessage &message, const QDateTime &date,
                                    const QString &messageId);

// Sends one message through the SMTP server at `url` (smtp://host:port or smtps://host:port),
// with libcurl, within `timeoutSeconds`. Answers why not when it could not be sent.
[[nodiscard]] Status sendMail(const QString &url, const MailMessage &message, int timeoutSeconds = 30);

} // namespace srs::server
