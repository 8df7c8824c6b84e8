#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstring>
#include <string>
#include <vector>

namespace srs::sdc {

// Byte equality, inlined (QByteArrayView's operator== and contains() call out of line).
[[nodiscard]] inline bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() &&
           (a.isEmpty() || std::memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size())) == 0);
}
template <std::size_t N>
[[nodiscard]] inline bool sameBytes(QByteArrayView a, const char (&literal)[N])
{
    return a.size() == static_cast<qsizetype>(N - 1) && std::memcmp(a.data(), literal, N - 1) == 0;
}

// The attributes of one start tag, by local name (the part after any "prefix:"), with their values
// decoded. Views last until the scanner's next event.
class XmlAttributes
{
public:
    struct Attribute
    {
        QByteArrayView qualifiedName;
        QByteArrayView localName;
        QByteArrayView value;
    };

    [[nodiscard]] qsizetype size() const { return m_count; }
    [[nodiscard]] const Attribute &at(qsizetype i) const { return m_items[static_cast<std::size_t>(i)]; }
    // The value of the first attribute with this local name; empty when there is none.
    template <std::size_t N>
    [[nodiscard]] QByteArrayView value(const char (&localName)[N]) const
    {
        for (qsizetype i = 0; i < m_count; ++i) {
            if (sameBytes(m_items[static_cast<std::size_t>(i)].localName, localName))
                return m_items[static_cast<std::size_t>(i)].value;
        }
        return {};
    }
    template <std::size_t N>
    [[nodiscard]] bool contains(const char (&localName)[N]) const
    {
        for (qsizetype i = 0; i < m_count; ++i) {
            if (sameBytes(m_items[static_cast<std::size_t>(i)].localName, localName))
                return true;
        }
        return false;
    }

    // Used by scanners.
    void clear() { m_count = 0; }
    Attribute &append()
    {
        if (static_cast<std::size_t>(m_count) == m_items.size())
            m_items.emplace_back();
        return m_items[static_cast<std::size_t>(m_count++)];
    }

private:
    std::vector<Attribute> m_items;
    qsizetype m_count = 0;
};

// A strict, non-validating XML 1.0 scanner for the parts of an Office Open XML package, tuned for
// large worksheets: one pass over the bytes, no allocation per element, text handed over as views
// into the document where nothing needs decoding.
//
// What it accepts is well-formed XML in UTF-8 (or UTF-16 with a byte order mark, converted first):
// one root element, matching end tags, unique attributes, the five predefined entities and
// character references. It refuses, as errors: a DOCTYPE (so no DTD, no entity declarations, no
// external entities: nothing to expand), any other entity reference, bytes that are not UTF-8 or
// not XML characters, an encoding other than UTF-8 or UTF-16, more than 256 attributes on one
// element, and elements nested deeper than 512.
//
// parse() drives a handler with three member functions, each returning false to stop:
//   bool startElement(QByteArrayView localName, const XmlAttributes &attributes);
//   bool endElement(QByteArrayView localName);
//   bool characters(QByteArrayView text);   // text and CDATA, in one or more pieces
// Names are local names (the part after any "prefix:"); namespaces are not resolved.
class XmlScanner
{
public:
    enum class Status
    {
        Ok,
        Stopped,   // the handler returned false
        Malformed, // not well-formed XML (errorString() says why)
        Dtd,       // the document declares a DTD
    };

    explicit XmlScanner(QByteArrayView document);

    template <typename Handler>
    Status parse(Handler &handler);

    [[nodiscard]] QString errorString() const { return m_error; }
    // The line of the error, counted from 1.
    [[nodiscard]] qsizetype errorLine() const;

    static constexpr int MaxAttributes = 256;
    static constexpr int MaxDepth = 512;

private:
    enum CharClass : unsigned char
    {
        NameStart = 1,
        NameChar = 2,
        Space = 4,
    };
    static const std::array<unsigned char, 256> CharClasses;
    static bool isSpace(char c) { return CharClasses[static_cast<unsigned char>(c)] & Space; }
    static bool isNameStart(char c) { return CharClasses[static_cast<unsigned char>(c)] & NameStart; }
    static bool isNameChar(char c) { return CharClasses[static_cast<unsigned char>(c)] & NameChar; }

    Status fail(const char *p, const QString &message);
    Status prepare();
    // Decodes entity and character references (and, in attribute values, normalises white space)
    // of [begin, end) into `out`; false (with the error set) for a bad reference.
    bool decode(const char *begin, const char *end, bool attribute, std::string &out);
    const char *readName(const char *p) const;
    static QByteArrayView localNameOf(QByteArrayView qualified)
    {
        const auto *colon = static_cast<const char *>(
            std::memchr(qualified.data(), ':', static_cast<std::size_t>(qualified.size())));
        return colon ? QByteArrayView(colon + 1, qualified.data() + qualified.size()) : qualified;
    }
    // True when text holds a reference ('&') or might hold "]]>": it goes through decode().
    static bool textNeedsDecoding(const char *p, const char *end)
    {
        for (; p < end; ++p) {
            if (*p == '&' || *p == ']')
                return true;
        }
        return false;
    }
    const char *find(const char *p, const char *what) const;

    QByteArrayView m_document;
    QByteArray m_converted; // a UTF-16 document as UTF-8
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    const char *m_errorAt = nullptr;
    QString m_error;
    XmlAttributes m_attributes;
    std::vector<std::string> m_attributeBuffers; // capacity MaxAttributes from the start
    std::string m_textBuffer;
    std::vector<QByteArrayView> m_stack;
};

template <typename Handler>
XmlScanner::Status XmlScanner::parse(Handler &handler)
{
    if (Status s = prepare(); s != Status::Ok)
        return s;
    const char *p = m_begin;
    const char *const end = m_end;
    bool sawRoot = false;
    while (p < end) {
        if (*p != '<') {
            const char *lt =
                static_cast<const char *>(std::memchr(p, '<', static_cast<std::size_t>(end - p)));
            const char *stop = lt ? lt : end;
            if (m_stack.empty()) {
                for (const char *q = p; q < stop; ++q) {
                    if (!isSpace(*q))
                        return fail(q, QStringLiteral("text outside the root element"));
                }
            } else {
                const QByteArrayView raw(p, stop - p);
                if (textNeedsDecoding(p, stop)) {
                    if (!decode(p, stop, false, m_textBuffer))
                        return Status::Malformed;
                    if (!handler.characters(
                            QByteArrayView(m_textBuffer.data(), static_cast<qsizetype>(m_textBuffer.size()))))
                        return Status::Stopped;
                } else if (!handler.characters(raw)) {
                    return Status::Stopped;
                }
            }
            p = stop;
            continue;
        }
        // p at '<'
        if (p + 1 >= end)
            return fail(p, QStringLiteral("unexpected end of document"));
        const char next = p[1];
        if (next == '/') {
            const char *nameStart = p + 2;
            const char *nameEnd = readName(nameStart);
            if (nameEnd == nameStart)
                return fail(p, QStringLiteral("an end tag without a name"));
            const QByteArrayView name(nameStart, nameEnd - nameStart);
            const char *q = nameEnd;
            while (q < end && isSpace(*q))
                ++q;
            if (q >= end || *q != '>')
                return fail(q, QStringLiteral("an end tag that is not closed"));
            if (m_stack.empty() || !sameBytes(m_stack.back(), name))
                return fail(p, QStringLiteral("an end tag that does not match its start tag"));
            m_stack.pop_back();
            if (!handler.endElement(localNameOf(name)))
                return Status::Stopped;
            p = q + 1;
            continue;
        }
        if (next == '?') {
            const char *close = find(p + 2, "?>");
            if (!close)
                return fail(p, QStringLiteral("a processing instruction that is not closed"));
            p = close + 2;
            continue;
        }
        if (next == '!') {
            const QByteArrayView rest(p, end - p);
            if (rest.startsWith("<!--")) {
                const char *close = find(p + 4, "--");
                if (!close || close + 2 >= end || close[2] != '>')
                    return fail(p, QStringLiteral("a comment that is not closed, or holds \"--\""));
                p = close + 3;
                continue;
            }
            if (rest.startsWith("<![CDATA[")) {
                if (m_stack.empty())
                    return fail(p, QStringLiteral("a CDATA section outside the root element"));
                const char *close = find(p + 9, "]]>");
                if (!close)
                    return fail(p, QStringLiteral("a CDATA section that is not closed"));
                if (close > p + 9 && !handler.characters(QByteArrayView(p + 9, close - (p + 9))))
                    return Status::Stopped;
                p = close + 3;
                continue;
            }
            if (rest.startsWith("<!DOCTYPE")) {
                m_errorAt = p;
                m_error = QStringLiteral("a document type declaration (DTD)");
                return Status::Dtd;
            }
            return fail(p, QStringLiteral("a markup declaration outside a DTD"));
        }
        // A start tag.
        if (sawRoot && m_stack.empty())
            return fail(p, QStringLiteral("more than one root element"));
        const char *nameStart = p + 1;
        const char *nameEnd = readName(nameStart);
        if (nameEnd == nameStart)
            return fail(p, QStringLiteral("a '<' that starts no tag"));
        const QByteArrayView name(nameStart, nameEnd - nameStart);
        m_attributes.clear();
        const char *q = nameEnd;
        bool empty = false;
        for (;;) {
            const char *beforeSpace = q;
            while (q < end && isSpace(*q))
                ++q;
            if (q >= end)
                return fail(p, QStringLiteral("a start tag that is not closed"));
            if (*q == '>') {
                ++q;
                break;
            }
            if (*q == '/') {
                if (q + 1 >= end || q[1] != '>')
                    return fail(q, QStringLiteral("a '/' inside a start tag"));
                q += 2;
                empty = true;
                break;
            }
            if (q == beforeSpace)
                return fail(q, QStringLiteral("attributes not separated by white space"));
            const char *attrEnd = readName(q);
            if (attrEnd == q)
                return fail(q, QStringLiteral("an attribute without a name"));
            const QByteArrayView attrName(q, attrEnd - q);
            q = attrEnd;
            while (q < end && isSpace(*q))
                ++q;
            if (q >= end || *q != '=')
                return fail(q, QStringLiteral("an attribute without a value"));
            ++q;
            while (q < end && isSpace(*q))
                ++q;
            if (q >= end || (*q != '"' && *q != '\''))
                return fail(q, QStringLiteral("an attribute value without quotes"));
            const char quote = *q++;
            const char *valueEnd =
                static_cast<const char *>(std::memchr(q, quote, static_cast<std::size_t>(end - q)));
            if (!valueEnd)
                return fail(q, QStringLiteral("an attribute value that is not closed"));
            if (m_attributes.size() >= MaxAttributes)
                return fail(q, QStringLiteral("more than %1 attributes on one element").arg(MaxAttributes));
            for (qsizetype i = 0; i < m_attributes.size(); ++i) {
                if (sameBytes(m_attributes.at(i).qualifiedName, attrName))
                    return fail(attrName.data(), QStringLiteral("an attribute given twice"));
            }
            QByteArrayView value(q, valueEnd - q);
            bool plain = true;
            for (const char c : value) {
                if (c == '&' || c == '<' || c == '\t' || c == '\n' || c == '\r') {
                    plain = false;
                    break;
                }
            }
            if (!plain) {
                if (std::memchr(value.data(), '<', static_cast<std::size_t>(value.size())))
                    return fail(q, QStringLiteral("a '<' inside an attribute value"));
                const auto index = static_cast<std::size_t>(m_attributes.size());
                if (m_attributeBuffers.size() <= index)
                    m_attributeBuffers.resize(index + 1);
                if (!decode(q, valueEnd, true, m_attributeBuffers[index]))
                    return Status::Malformed;
                value = QByteArrayView(m_attributeBuffers[index].data(),
                                       static_cast<qsizetype>(m_attributeBuffers[index].size()));
            }
            XmlAttributes::Attribute &a = m_attributes.append();
            a.qualifiedName = attrName;
            a.localName = localNameOf(attrName);
            a.value = value;
            q = valueEnd + 1;
        }
        if (m_stack.size() >= static_cast<std::size_t>(MaxDepth))
            return fail(p, QStringLiteral("elements nested deeper than %1").arg(MaxDepth));
        sawRoot = true;
        const QByteArrayView local = localNameOf(name);
        if (!handler.startElement(local, m_attributes))
            return Status::Stopped;
        if (empty) {
            if (!handler.endElement(local))
                return Status::Stopped;
        } else {
            m_stack.push_back(name);
        }
        p = q;
    }
    if (!m_stack.empty())
        return fail(end, QStringLiteral("unexpected end of document (an element is not closed)"));
    if (!sawRoot)
        return fail(end, QStringLiteral("no root element"));
    return Status::Ok;
}

} // namespace srs::sdc
