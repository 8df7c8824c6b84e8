#include "JsonTextValidator.h"

#include <vector>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;

namespace {

// Containers deeper than this are still checked, but a problem inside them is named by its
// byte offset only (QJsonDocument refuses documents nested deeper than 1024 anyway).
constexpr std::size_t MaxTrackedDepth = 256;
// A field name longer than this is shortened in messages.
constexpr qsizetype MaxShownKeyBytes = 64;

struct Frame
{
    bool isObject = false;
    bool expectKey = false;  // objects: the next string is a field name
    qsizetype keyBegin = -1; // objects: the current field name's raw bytes, between the quotes
    qsizetype keyEnd = -1;
    qsizetype index = 0; // arrays: the current item
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of the four hex digits at `at`, or -1 when they are not four hex digits.
int codeUnitAt(QByteArrayView s, qsizetype at)
{
    if (at + 4 > s.size())
        return -1;
    int value = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        const int h = hexValue(s[at + i]);
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

bool isContinuation(quint8 b)
{
    return (b & 0xC0) == 0x80;
}

// Checks one UTF-8 sequence starting with a byte >= 0x80 at `at`. Returns its length, or 0 and
// sets `reason`.
qsizetype utf8SequenceAt(QByteArrayView s, qsizetype at, QString *reason)
{
    const auto byte = [&](qsizetype i) { return static_cast<quint8>(s[i]); };
    const quint8 lead = byte(at);
    qsizetype length = 0;
    quint8 low = 0x80; // the range of the second byte (the first continuation byte)
    quint8 high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // below: an overlong encoding
        else if (lead == 0xED)
            high = 0x9F; // above: U+D800..U+DFFF, surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90; // below: overlong
        else if (lead == 0xF4)
            high = 0x8F; // above: beyond U+10FFFF
    } else if (lead == 0xC0 || lead == 0xC1) {
        *reason = u"an overlong UTF-8 encoding (byte 0x%1)"_s.arg(lead, 2, 16, QLatin1Char('0'));
        return 0;
    } else if (lead >= 0xF5 && lead <= 0xF7) {
        *reason = u"a UTF-8 sequence for a code point above U+10FFFF (byte 0x%1)"_s.arg(lead, 2, 16,
                                                                                        QLatin1Char('0'));
        return 0;
    } else {
        *reason = u"a byte that cannot start a UTF-8 character (0x%1)"_s.arg(lead, 2, 16, QLatin1Char('0'));
        return 0;
    }
    if (at + 1 >= s.size() || !isContinuation(byte(at + 1))) {
        *reason = u"a truncated UTF-8 sequence"_s;
        return 0;
    }
    const quint8 second = byte(at + 1);
    if (second < low) {
        *reason = u"an overlong UTF-8 encoding"_s;
        return 0;
    }
    if (second > high) {
        *reason = lead == 0xED ? u"a UTF-16 surrogate encoded in UTF-8"_s
                               : u"a UTF-8 sequence for a code point above U+10FFFF"_s;
        return 0;
    }
    for (qsizetype i = 2; i < length; ++i) {
        if (at + i >= s.size() || !isContinuation(byte(at + i))) {
            *reason = u"a truncated UTF-8 sequence"_s;
            return 0;
        }
    }
    return length;
}

class Scanner
{
public:
    Scanner(QByteArrayView json, JsonTextValidator::Options options) : m_s(json), m_options(options) {}

    std::optional<TextProblem> run()
    {
        for (qsizetype i = 0; i < m_s.size(); ++i) {
            switch (m_s[i]) {
            case '"': {
                const qsizetype end = string(i + 1);
                if (m_problem)
                    return m_problem;
                if (end < 0)
                    return std::nullopt; // not JSON: the parser says why
                i = end;
                break;
            }
            case '{':
            case '[':
                push(m_s[i] == '{');
                break;
            case '}':
            case ']':
                pop();
                break;
            case ',':
                if (Frame *top = tracked()) {
                    if (top->isObject)
                        top->expectKey = true;
                    else
                        ++top->index;
                }
                break;
            case ':':
                if (Frame *top = tracked())
                    top->expectKey = false;
                break;
            default:
                break;
            }
        }
        return std::nullopt;
    }

private:
    Frame *tracked()
    {
        if (m_depth == 0 || m_depth > m_frames.size())
            return nullptr;
        return &m_frames[m_depth - 1];
    }
    void push(bool isObject)
    {
        ++m_depth;
        if (m_depth <= MaxTrackedDepth) {
            Frame f;
            f.isObject = isObject;
            f.expectKey = isObject;
            m_frames.push_back(f);
        }
    }
    void pop()
    {
        if (m_depth == 0)
            return;
        if (m_depth <= m_frames.size())
            m_frames.pop_back();
        --m_depth;
    }

    // Scans a string whose content starts at `begin`; returns the offset of its closing quote,
    // or -1 when it has none or is not valid JSON. Sets m_problem on bad text.
    qsizetype string(qsizetype begin)
    {
        Frame *top = tracked();
        const bool isKey = top && top->isObject && top->expectKey;
        for (qsizetype i = begin; i < m_s.size(); ++i) {
            const auto b = static_cast<quint8>(m_s[i]);
            if (b == '"') {
                if (isKey) {
                    top->keyBegin = begin;
                    top->keyEnd = i;
                }
                return i;
            }
            if (b == '\\') {
                if (i + 1 >= m_s.size())
                    return -1;
                if (m_s[i + 1] != 'u') {
                    ++i;
                    continue;
                }
                const int unit = codeUnitAt(m_s, i + 2);
                if (unit < 0)
                    return -1;
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    const int next = (i + 7 < m_s.size() && m_s[i + 6] == '\\' && m_s[i + 7] == 'u')
                                         ? codeUnitAt(m_s, i + 8)
                                         : -1;
                    if (next < 0xDC00 || next > 0xDFFF) {
                        report(i, isKey,
                               u"an unpaired UTF-16 surrogate escape (\\u%1 is not followed by a low "
                               u"surrogate)"_s.arg(unit, 4, 16, QLatin1Char('0')));
                        return -1;
                    }
                    i += 11; // both escapes
                    continue;
                }
                if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    report(i, isKey,
                           u"an unpaired UTF-16 surrogate escape (\\u%1 without a high surrogate before "
                           u"it)"_s.arg(unit, 4, 16, QLatin1Char('0')));
                    return -1;
                }
                if (unit == 0 && m_options.rejectNul) {
                    report(i, isKey, u"a NUL character (\\u0000)"_s);
                    return -1;
                }
                i += 5;
                continue;
            }
            if (b >= 0x80) {
                QString reason;
                const qsizetype length = utf8SequenceAt(m_s, i, &reason);
                if (length == 0) {
                    report(i, isKey, reason);
                    return -1;
                }
                i += length - 1;
            }
        }
        return -1;
    }

    void report(qsizetype offset, bool inKey, const QString &reason)
    {
        TextProblem p;
        p.offset = offset;
        p.reason = reason;
        p.inFieldName = inKey;
        if (m_depth <= m_frames.size())
            p.path = path(inKey);
        m_problem = std::move(p);
    }

    // The JSON path of the value being read; for a field name, of the object holding it.
    QString path(bool forKey) const
    {
        QString out;
        for (std::size_t d = 0; d < m_frames.size(); ++d) {
            const Frame &f = m_frames[d];
            const bool last = d + 1 == m_frames.size();
            if (!f.isObject) {
                out += u'[' + QString::number(f.index) + u']';
                continue;
            }
            if ((last && forKey) || f.keyBegin < 0)
                break;
            QByteArrayView key = m_s.sliced(f.keyBegin, f.keyEnd - f.keyBegin);
            const bool shortened = key.size() > MaxShownKeyBytes;
            if (shortened)
                key = key.first(MaxShownKeyBytes);
            if (!out.isEmpty())
                out += u'.';
            out += QString::fromUtf8(key);
            if (shortened)
                out += u"..."_s;
        }
        return out;
    }

    QByteArrayView m_s;
    JsonTextValidator::Options m_options;
    std::vector<Frame> m_frames; // the tracked containers, outermost first
    std::size_t m_depth = 0;     // all open containers, tracked or not
    std::optional<TextProblem> m_problem;
};

} // namespace

QString TextProblem::message() const
{
    const QString where = u"at byte %1"_s.arg(offset);
    if (path.isEmpty())
        return inFieldName ? u"a field name contains %1 %2"_s.arg(reason, where)
                           : u"the text contains %1 %2"_s.arg(reason, where);
    if (inFieldName)
        return u"%1: a field name contains %2 %3"_s.arg(path, reason, where);
    return u"%1: contains %2 %3"_s.arg(path, reason, where);
}

std::optional<TextProblem> JsonTextValidator::check(QByteArrayView json, Options options)
{
    return Scanner(json, options).run();
}

} // namespace srs::protocol
