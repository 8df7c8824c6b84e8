// libFuzzer target: JsonTextValidator and JsonReader on any bytes. A document the validator
// accepts must parse (when it is JSON) into strings that are valid UTF-16 and hold no more
// U+FFFD than the document wrote: otherwise the parser changed text the validator let through.
#include "protocol/JsonReader.h"
#include "protocol/JsonTextValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

qsizetype replacements(const QString &s)
{
    return s.count(QChar::ReplacementCharacter);
}

// Checks every string of a value; returns how many U+FFFD they hold.
qsizetype checkValue(const QJsonValue &v)
{
    qsizetype n = 0;
    if (v.isString()) {
        const QString s = v.toString();
        if (!s.isValidUtf16())
            std::abort();
        n += replacements(s);
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            n += checkValue(item);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!it.key().isValidUtf16())
                std::abort();
            n += replacements(it.key()) + checkValue(it.value());
        }
    }
    return n;
}

// U+FFFD as the document wrote it: raw UTF-8 or an escape (an over-count is harmless).
qsizetype writtenReplacements(const QByteArray &bytes)
{
    return bytes.count("\xef\xbf\xbd") + bytes.toLower().count("\\ufffd");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    using namespace srs::protocol;
    const auto problem = JsonTextValidator::check(bytes);
    const auto strict = JsonTextValidator::check(bytes, {.rejectNul = true});
    if (problem) {
        if (problem->offset < 0 || problem->offset >= bytes.size() || problem->message().isEmpty())
            std::abort();
        if (!strict) // refusing NUL as well refuses at least as much
            std::abort();
    } else {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error == QJsonParseError::NoError) {
            const qsizetype seen = doc.isArray() ? checkValue(doc.array()) : checkValue(doc.object());
            if (seen > writtenReplacements(bytes))
                std::abort();
            // What Qt writes back is accepted too.
            if (JsonTextValidator::check(doc.toJson(QJsonDocument::Compact)))
                std::abort();
        }
    }

    JsonReader r = JsonReader::parse(bytes, QStringLiteral("fuzz"));
    if (problem && r.ok())
        std::abort();
    (void)r.string(QLatin1StringView("a"));
    (void)r.optionalString(QLatin1StringView("b"));
    (void)r.integer(QLatin1StringView("n"));
    (void)r.stringList(QLatin1StringView("list"));
    (void)r.time(QLatin1StringView("at"), true);
    for (JsonReader &item : r.objectList(QLatin1StringView("items"))) {
        (void)item.string(QLatin1StringView("file"));
        (void)item.optionalObject(QLatin1StringView("spec"));
    }
    r.rejectUnknown({QLatin1StringView("a"), QLatin1StringView("b"), QLatin1StringView("n")});
    (void)r.error();
    return 0;
}
