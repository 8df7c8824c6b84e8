#include "SmtpSender.h"

#include "crypto/Crypto.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <curl/curl.h>

#include <memory>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

bool isPlainMailAddress(const QString &address)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$"_s);
    return address.size() <= 254 && plain.match(address).hasMatch();
}

namespace {

// A header's value on one line: line breaks and other controls become spaces.
QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out += (c.unicode() < 0x20 || c.unicode() == 0x7f) ? QChar(u' ') : c;
    return out.simplified();
}

QByteArray encodedWord(const QString &text)
{
    const QString line = oneLine(text);
    bool ascii = true;
    for (QChar c : line)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return line.toLatin1();
    return "=?UTF-8?B?" + line.toUtf8().toBase64() + "?=";
}

struct Upload
{
    QByteArray bytes;
    qsizetype sent = 0;
};

size_t readPayload(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = static_cast<qsizetype>(size * count);
    const qsizetype n = qMin(room, upload->bytes.size() - upload->sent);
    if (n <= 0)
        return 0;
    memcpy(buffer, upload->bytes.constData() + upload->sent, static_cast<size_t>(n));
    upload->sent += n;
    return static_cast<size_t>(n);
}

} // namespace

QByteArray formatMail(const MailMessage &message, const QDateTime &date, const QString &messageId)
{
    QByteArray out;
    out += "Date: " + QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() +
           " +0000\r\n";
    out += "From: <" + message.from.toLatin1() + ">\r\n";
    out += "To: <" + message.to.toLatin1() + ">\r\n";
    out += "Message-ID: <" + oneLine(messageId).toLatin1() + ">\r\n";
    out += "Subject: " + encodedWord(message.subject) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "\r\n";
    QString body = message.body;
    body.replace(u"\r\n"_s, u"\n"_s);
    body.replace(u'\r', u'\n');
    for (const QString &line : body.split(u'\n')) {
        QByteArray bytes = line.toUtf8();
        if (bytes.startsWith('.'))
            bytes.prepend('.'); // SMTP's dot-stuffing (RFC 5321, 4.5.2)
        out += bytes + "\r\n";
    }
    return out;
}

Status sendMail(const QString &url, const MailMessage &message, int timeoutSeconds)
{
    if (!isPlainMailAddress(message.from) || !isPlainMailAddress(message.to))
        return Error{u"bad-address"_s, u"not a plain e-mail address"_s};
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return Error{u"smtp-failed"_s, u"libcurl could not start"_s};
    const QString domain = message.from.section(u'@', 1);
    Upload upload{formatMail(message, QDateTime::currentDateTimeUtc(),
                             QString::fromLatin1(crypto::randomBytes(12).toHex()) + u'@' + domain),
                  0};
    const QByteArray target = url.toUtf8();
    const QByteArray from = '<' + message.from.toLatin1() + '>';
    const QByteArray to = '<' + message.to.toLatin1() + '>';
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
        curl_slist_append(nullptr, to.constData()), &curl_slist_free_all);
    char problem[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl.get(), CURLOPT_URL, target.constData());
    curl_easy_setopt(curl.get(), CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl.get(), CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl.get(), CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(curl.get(), CURLOPT_READFUNCTION, &readPayload);
    curl_easy_setopt(curl.get(), CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl.get(), CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, static_cast<long>(timeoutSeconds));
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, problem);
    const CURLcode code = curl_easy_perform(curl.get());
    if (code != CURLE_OK)
        return Error{u"smtp-failed"_s, QString::fromUtf8(problem[0] ? problem : curl_easy_strerror(code))};
    return {};
}

} // namespace srs::server
