#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace srs::protocol {

// Writes compact JSON straight into bytes, for answers sent often enough that building a
// QJsonObject first is most of their cost. The output is what QJsonDocument::Compact writes
// for the same object, provided the caller writes each object's keys in sorted order (as
// QJsonObject keeps them): strings as UTF-8 with '"', '\\' and control characters escaped
// (a lone UTF-16 surrogate as \uXXXX), integers in full.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 256) { m_out.reserve(reserve); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // Starts a member of the current object; its value follows. Names are written as they
    // are: plain ASCII names that need no escaping.
    void key(QLatin1StringView name);

    void value(QStringView text);
    void value(qint64 number);

    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    void open(char bracket);
    void close(char bracket);
    void separate(); // a comma before the second and later values of an array or object
    void string(QStringView text);

    QByteArray m_out;
    bool m_first = true; // no value yet in the innermost array or object
    bool m_afterKey = false;
};

} // namespace srs::protocol
