#include "XmlScanner.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstdint>

namespace srs::sdc {

namespace {

constexpr std::array<unsigned char, 256> makeCharClasses()
{
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool start = letter || c == '_' || c == ':' || c >= 0x80;
        const bool name = start || (c >= '0' && c <= '9') || c == '-' || c == '.';
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        t[static_cast<std::size_t>(c)] =
            static_cast<unsigned char>((start ? 1 : 0) | (name ? 2 : 0) | (space ? 4 : 0));
    }
    return t;
}

// The first byte of [p, end) that is not an XML character in well-formed UTF-8, or end. XML 1.0
// characters: tab, line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF.
const char *firstBadCharacter(const char *p, const char *end)
{
    const auto *s = reinterpret_cast<const unsigned char *>(p);
    const auto *e = reinterpret_cast<const unsigned char *>(end);
    while (s < e) {
        // Eight bytes at a time while they are all printable ASCII or tab/LF/CR.
        while (e - s >= 8) {
            std::uint64_t w;
            std::memcpy(&w, s, 8);
            constexpr std::uint64_t ones = 0x0101010101010101ULL;
            constexpr std::uint64_t highs = 0x8080808080808080ULL;
            // A byte below 0x20, or with its high bit set.
            const std::uint64_t low = (w - ones * 0x20) & ~w & highs;
            if ((low | (w & highs)) != 0)
                break;
            s += 8;
        }
        if (s >= e)
            break;
        const unsigned char c = *s;
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return reinterpret_cast<const char *>(s);
            ++s;
            continue;
        }
        std::uint32_t cp = 0;
        int more = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            cp = c & 0x1Fu;
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            cp = c & 0x0Fu;
            more = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            cp = c & 0x07u;
            more = 3;
        } else {
            return reinterpret_cast<const char *>(s);
        }
        if (e - s <= more)
            return reinterpret_cast<const char *>(s);
        for (int i = 1; i <= more; ++i) {
            if ((s[i] & 0xC0) != 0x80)
                return reinterpret_cast<const char *>(s);
            cp = (cp << 6) | (s[i] & 0x3Fu);
        }
        const bool overlong = (more == 2 && cp < 0x800) || (more == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
            return reinterpret_cast<const char *>(s);
        s += more + 1;
    }
    return end;
}

bool isXmlChar(std::uint32_t cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

const std::array<unsigned char, 256> XmlScanner::CharClasses = makeCharClasses();

XmlScanner::XmlScanner(QByteArrayView document) : m_document(document)
{
    // Decoded attribute values are views into these strings: the vector must never move them.
    m_attributeBuffers.reserve(MaxAttributes);
}

XmlScanner::Status XmlScanner::fail(const char *p, const QString &message)
{
    if (m_error.isEmpty()) {
        m_errorAt = p;
        m_error = message;
    }
    return Status::Malformed;
}

qsizetype XmlScanner::errorLine() const
{
    if (!m_errorAt || !m_begin || m_errorAt < m_begin || m_errorAt > m_end)
        return 1;
    return 1 + QByteArrayView(m_begin, m_errorAt - m_begin).count('\n');
}

const char *XmlScanner::readName(const char *p) const
{
    if (p >= m_end || !isNameStart(*p))
        return p;
    ++p;
    while (p < m_end && isNameChar(*p))
        ++p;
    return p;
}

const char *XmlScanner::find(const char *p, const char *what) const
{
    if (p > m_end)
        return nullptr;
    const QByteArrayView rest(p, m_end - p);
    const qsizetype at = rest.indexOf(QByteArrayView(what));
    return at < 0 ? nullptr : p + at;
}

XmlScanner::Status XmlScanner::prepare()
{
    m_stack.clear();
    m_error.clear();
    m_errorAt = nullptr;
    QByteArrayView doc = m_document;
    const bool utf16 = doc.startsWith("\xFF\xFE") || doc.startsWith("\xFE\xFF");
    if (utf16) {
        auto decoder =
            QStringDecoder(doc.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(doc.sliced(2));
        if (decoder.hasError()) {
            m_begin = m_end = nullptr;
            m_error = QStringLiteral("bytes that are not UTF-16");
            return Status::Malformed;
        }
        m_converted = text.toUtf8();
        doc = m_converted;
    } else if (doc.startsWith("\xEF\xBB\xBF")) {
        doc = doc.sliced(3);
    }
    m_begin = doc.data();
    m_end = doc.data() + doc.size();
    if (doc.isEmpty()) {
        m_begin = m_end = "";
        return fail(m_begin, QStringLiteral("an empty document"));
    }
    if (const char *bad = firstBadCharacter(m_begin, m_end); bad != m_end)
        return fail(bad, QStringLiteral("bytes that are not UTF-8 XML characters"));
    if (doc.startsWith("<?xml") && doc.size() > 5 && isSpace(doc[5])) {
        const char *close = find(m_begin, "?>");
        if (!close)
            return fail(m_begin, QStringLiteral("an XML declaration that is not closed"));
        const QByteArrayView declaration(m_begin, close - m_begin);
        const qsizetype at = declaration.indexOf("encoding");
        if (at >= 0) {
            QByteArrayView rest = declaration.sliced(at + 8).trimmed();
            if (rest.startsWith('='))
                rest = rest.sliced(1).trimmed();
            if (!rest.isEmpty() && (rest.front() == '"' || rest.front() == '\'')) {
                const char quote = rest.front();
                rest = rest.sliced(1);
                const qsizetype closeQuote = rest.indexOf(quote);
                const QByteArrayView encoding = closeQuote < 0 ? rest : rest.first(closeQuote);
                const QByteArray lower = encoding.toByteArray().toLower();
                const bool ok = lower == "utf-8" || lower == "utf8" || (utf16 && lower.startsWith("utf-16"));
                if (!ok)
                    return fail(m_begin, QStringLiteral("an encoding other than UTF-8 (%1)")
                                             .arg(QString::fromUtf8(
                                                 encoding.first(std::min<qsizetype>(encoding.size(), 40)))));
            }
        }
    }
    return Status::Ok;
}

bool XmlScanner::decode(const char *begin, const char *end, bool attribute, std::string &out)
{
    out.clear();
    out.reserve(static_cast<std::size_t>(end - begin));
    const char *p = begin;
    while (p < end) {
        const char c = *p;
        if (c == '&') {
            const char *semi = static_cast<const char *>(
                std::memchr(p, ';', static_cast<std::size_t>(std::min<qsizetype>(end - p, 16))));
            if (!semi) {
                fail(p, QStringLiteral("a '&' that starts no entity or character reference"));
                return false;
            }
            const QByteArrayView ref(p + 1, semi - (p + 1));
            if (ref == "lt")
                out += '<';
            else if (ref == "gt")
                out += '>';
            else if (ref == "amp")
                out += '&';
            else if (ref == "quot")
                out += '"';
            else if (ref == "apos")
                out += '\'';
            else if (ref.startsWith('#')) {
                const bool hex = ref.size() > 1 && ref[1] == 'x';
                const QByteArrayView digits = ref.sliced(hex ? 2 : 1);
                std::uint32_t cp = 0;
                bool ok = !digits.isEmpty() && digits.size() <= 8;
                for (const char d : digits) {
                    if (!ok)
                        break;
                    std::uint32_t v = 0;
                    if (d >= '0' && d <= '9')
                        v = static_cast<std::uint32_t>(d - '0');
                    else if (hex && d >= 'a' && d <= 'f')
                        v = static_cast<std::uint32_t>(d - 'a' + 10);
                    else if (hex && d >= 'A' && d <= 'F')
                        v = static_cast<std::uint32_t>(d - 'A' + 10);
                    else
                        ok = false;
                    cp = cp * (hex ? 16u : 10u) + v;
                }
                if (!ok || !isXmlChar(cp)) {
                    fail(p, QStringLiteral("a character reference to no XML character"));
                    return false;
                }
                appendUtf8(out, cp);
            } else {
                fail(p, QStringLiteral("a reference to an undeclared entity (only &lt; &gt; &amp; &quot; "
                                       "&apos; and character references are read)"));
                return false;
            }
            p = semi + 1;
            continue;
        }
        if (attribute && (c == '\t' || c == '\n' || c == '\r')) {
            // Attribute-value normalisation; a CR LF pair is one line break, so one space.
            if (c == '\r' && p + 1 < end && p[1] == '\n')
                ++p;
            out += ' ';
        } else if (!attribute && c == '>' && p - begin >= 2 && p[-1] == ']' && p[-2] == ']') {
            fail(p, QStringLiteral("\"]]>\" in text"));
            return false;
        } else {
            out += c;
        }
        ++p;
    }
    return true;
}

} // namespace srs::sdc
