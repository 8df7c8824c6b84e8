#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace srs::outputs::pdf {

struct DictEntry;

// One PDF object (ISO 32000-1, 7.3) as far as the inspector needs it. Names are normalised: their
// #xx escapes are decoded, so /Java#53cript is the name JavaScript. The contents of strings are
// not kept.
struct Value
{
    enum class Type
    {
        Null,
        Boolean,
        Integer,
        Real,
        Name,
        String,
        Array,
        Dictionary,
        Reference,
    };
    Type type = Type::Null;
    QByteArray name;                // Name: decoded, without the leading '/'
    qint64 integer = 0;             // Integer; Reference: the object number
    qint64 generation = 0;          // Reference
    std::vector<Value> items;       // Array
    std::vector<DictEntry> entries; // Dictionary, in file order

    [[nodiscard]] bool isName(QByteArrayView n) const { return type == Type::Name && name == n; }
    [[nodiscard]] bool isDictionary() const { return type == Type::Dictionary; }
    // A dictionary's value for `key` (the first one, if the key is repeated); null when absent.
    [[nodiscard]] const Value *find(QByteArrayView key) const;
};

struct DictEntry
{
    QByteArray key;
    Value value;
};

// A comment (% to the end of the line), which no viewer shows.
struct Comment
{
    qsizetype offset = 0;
    qsizetype length = 0; // with the '%'
};

// Reads PDF tokens and objects from bytes, strictly: anything that is not PDF syntax is an error
// with its offset, never skipped. Nesting is limited, so hostile input cannot exhaust the stack.
class Syntax
{
public:
    static constexpr int MaxDepth = 64;

    explicit Syntax(QByteArrayView data, qsizetype offset = 0) : m_data(data), m_pos(offset) {}

    [[nodiscard]] static bool isWhitespace(char c);
    [[nodiscard]] static bool isDelimiter(char c);
    [[nodiscard]] static bool isRegular(char c) { return !isWhitespace(c) && !isDelimiter(c); }

    // Skips white space and comments; comments are recorded.
    void skipSpace();
    [[nodiscard]] bool atEnd() const { return m_pos >= m_data.size(); }
    [[nodiscard]] qsizetype offset() const { return m_pos; }
    void setOffset(qsizetype offset) { m_pos = offset; }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }

    // After skipSpace(): consumes the keyword if it is the next token.
    [[nodiscard]] bool takeKeyword(QByteArrayView keyword);
    // After skipSpace(): the next token as a non-negative integer, consumed; nothing (and nothing
    // consumed) when it is not one.
    [[nodiscard]] std::optional<qint64> takeUnsigned();
    // One object; nothing on a syntax error (see error()).
    [[nodiscard]] std::optional<Value> readValue() { return readValue(0); }

    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] qsizetype errorOffset() const { return m_errorOffset; }
    void fail(const QString &what);
    void fail(const QString &what, qsizetype at);

    [[nodiscard]] const QList<Comment> &comments() const { return m_comments; }

private:
    [[nodiscard]] std::optional<Value> readValue(int depth);
    [[nodiscard]] std::optional<QByteArray> readName();
    [[nodiscard]] bool skipLiteralString();
    [[nodiscard]] bool skipHexString();
    [[nodiscard]] std::optional<Value> readNumber();
    [[nodiscard]] QByteArrayView regularRun() const;

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    QString m_error;
    qsizetype m_errorOffset = -1;
    QList<Comment> m_comments;
};

// Decodes a name's #xx escapes (the bytes after the '/'); nothing when an escape is malformed.
[[nodiscard]] std::optional<QByteArray> decodeName(QByteArrayView raw);

// Every name in a content stream (page contents, forms, patterns), read leniently: content
// streams are not objects, and inline images hold raw bytes, which are skipped (BI ... ID ...
// EI). Names are normalised as decodeName() does; a malformed escape gives the raw bytes.
[[nodiscard]] QList<QByteArray> contentStreamNames(QByteArrayView data);

} // namespace srs::outputs::pdf
