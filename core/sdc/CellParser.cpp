#include "CellParser.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <array>
#include <charconv>
#include <cmath>

namespace srs::sdc {

namespace {

constexpr std::array<double, 16> PowersOfTen = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Plain "-123.45": at most 15 significant digits, so the integer and the power of ten are
// exact doubles and one division gives the correctly rounded value.
bool parsePlainDecimal(const char *p, const char *end, double &value)
{
    bool negative = false;
    if (p != end && *p == '-') {
        negative = true;
        ++p;
    }
    if (p == end)
        return false;
    std::uint64_t mantissa = 0;
    int digits = 0;
    int fractionDigits = 0;
    bool sawDigit = false;
    while (p != end && isDigit(*p)) {
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
        sawDigit = true;
        if (mantissa != 0)
            ++digits;
        ++p;
    }
    if (p != end && *p == '.') {
        ++p;
        while (p != end && isDigit(*p)) {
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
            sawDigit = true;
            if (mantissa != 0)
                ++digits;
            ++fractionDigits;
            ++p;
        }
    }
    if (p != end || !sawDigit || digits > 15 || fractionDigits > 15)
        return false;
    double v = static_cast<double>(mantissa);
    if (fractionDigits > 0)
        v /= PowersOfTen[static_cast<std::size_t>(fractionDigits)];
    value = negative ? -v : v;
    return true;
}

bool parseWithFromChars(const char *begin, const char *end, double &value)
{
    if (begin == end)
        return false;
    const char first = *begin;
    if (!isDigit(first) && first != '-' && first != '.')
        return false;
    double v = 0.0;
    const auto [ptr, ec] = std::from_chars(begin, end, v, std::chars_format::general);
    if (ec != std::errc() || ptr != end || !std::isfinite(v))
        return false;
    value = v;
    return true;
}

bool parseNumberBytes(QByteArrayView bytes, double &value)
{
    const char *b = bytes.data();
    const char *e = b + bytes.size();
    return parsePlainDecimal(b, e, value) || parseWithFromChars(b, e, value);
}

// "1,234,567.5" -> "1234567.5" when the separators group digits in threes; otherwise
// the text is left as it was (and will not read as a number).
QString removeThousandsSeparators(const QString &text)
{
    static const QRegularExpression grouped(
        QStringLiteral("^-?\\d{1,3}([,\\x{00A0}\\x{202F}\\x{2009}' ]\\d{3})+(\\.\\d+)?$"));
    if (!grouped.match(text).hasMatch())
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (ch.isDigit() || ch == QLatin1Char('.') || ch == QLatin1Char('-'))
            out.append(ch);
    }
    return out;
}

// A number in ASCII with a leading '+', a trailing '%', or thousands separators ("1,234",
// "1 234", "1'234"), read from the bytes as parseSlow() reads it but without building a
// QString. Returns false for anything else; parseSlow() then decides.
bool parseDecoratedAscii(QByteArrayView text, double &value)
{
    // Only these bytes: letters, markers, brackets, currency signs and non-ASCII text go the
    // slow way. (Of the markers, only ".." and "..." are made of these, and neither reads as a
    // number.)
    bool separators = false;
    for (const char ch : text) {
        const bool separator = ch == ',' || ch == '\'' || ch == ' ';
        separators = separators || separator;
        if (!isDigit(ch) && !separator && ch != '+' && ch != '-' && ch != '.' && ch != '%' && ch != '\t' &&
            ch != 'e' && ch != 'E')
            return false;
    }
    // As parseSlow(): one leading '+' and one trailing '%' go, then spaces at the ends.
    QByteArrayView s = text;
    if (s.startsWith('+'))
        s = s.sliced(1);
    if (s.endsWith('%'))
        s.chop(1);
    s = trimmedBytes(s);
    if (!separators || (!s.contains(',') && !s.contains('\'') && !s.contains(' ')))
        return parseNumberBytes(s, value);
    // Thousands separators, as removeThousandsSeparators() takes them:
    // -?\d{1,3}([,' ]\d{3})+(\.\d+)? becomes the digits, the point and the sign.
    qsizetype i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    qsizetype lead = 0;
    while (i < s.size() && isDigit(s[i]) && lead < 4) {
        ++i;
        ++lead;
    }
    if (lead < 1 || lead > 3)
        return false;
    int groups = 0;
    while (i + 3 < s.size() && (s[i] == ',' || s[i] == '\'' || s[i] == ' ') && isDigit(s[i + 1]) &&
           isDigit(s[i + 2]) && isDigit(s[i + 3])) {
        i += 4;
        ++groups;
    }
    if (groups == 0)
        return false;
    if (i < s.size() && s[i] == '.') {
        qsizetype fraction = 0;
        ++i;
        while (i < s.size() && isDigit(s[i])) {
            ++i;
            ++fraction;
        }
        if (fraction == 0)
            return false;
    }
    if (i != s.size())
        return false;
    QVarLengthArray<char, 64> plain;
    for (const char ch : s) {
        if (isDigit(ch) || ch == '.' || ch == '-')
            plain.append(ch);
    }
    return parseNumberBytes(QByteArrayView(plain.constData(), plain.size()), value);
}

CellText parseSlow(QByteArrayView bytes, double &value)
{
    QString text = QString::fromUtf8(bytes).trimmed();
    if (text.isEmpty())
        return CellText::Blank;
    if (isSuppressionMarker(text))
        return CellText::Marker;

    bool negative = false;
    if (text.size() >= 3 && text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true; // accounting style
        text = text.mid(1, text.size() - 2).trimmed();
    }
    text.replace(QChar(0x2212), QLatin1Char('-'));
    if (text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    text = text.trimmed();
    bool currencyNegative = false;
    if (text.startsWith(QLatin1Char('-')) && text.size() > 1 &&
        (text.at(1) == QChar(0x00A3) || text.at(1) == QLatin1Char('$') || text.at(1) == QChar(0x20AC))) {
        currencyNegative = true;
        text.remove(0, 1);
    }
    if (!text.isEmpty() &&
        (text.at(0) == QChar(0x00A3) || text.at(0) == QLatin1Char('$') || text.at(0) == QChar(0x20AC)))
        text.remove(0, 1);
    if (currencyNegative)
        text.prepend(QLatin1Char('-'));
    text = removeThousandsSeparators(text.trimmed());
    const QByteArray latin = text.toLatin1();
    double v = 0.0;
    if (latin.isEmpty() || !parseNumberBytes(latin, v))
        return CellText::Other;
    if (negative) {
        if (v < 0)
            return CellText::Other; // "(-5)" is not a number anyone means
        v = -v;
    }
    value = v;
    return CellText::Number;
}

} // namespace

QByteArrayView trimmedBytes(QByteArrayView bytes)
{
    qsizetype b = 0;
    qsizetype e = bytes.size();
    while (b < e && (bytes[b] == ' ' || bytes[b] == '\t'))
        ++b;
    while (e > b && (bytes[e - 1] == ' ' || bytes[e - 1] == '\t'))
        --e;
    return bytes.sliced(b, e - b);
}

CellText parseCellText(QByteArrayView utf8, double &value)
{
    const QByteArrayView t = trimmedBytes(utf8);
    if (t.isEmpty())
        return CellText::Blank;
    if (parseNumberBytes(t, value) || parseDecoratedAscii(t, value))
        return CellText::Number;
    return parseSlow(t, value);
}

bool isSuppressionMarker(const QString &text)
{
    static const QRegularExpression lessThan(QStringLiteral("^(<|<=|\\x{2264})\\s*\\d+(\\.\\d+)?$"));
    const QString t = text.toLower();
    if (t == QLatin1String("*") || t == QLatin1String("**") || t == QLatin1String("***") ||
        t == QLatin1String("[c]") || t == QLatin1String("[x]") || t == QLatin1String("c") ||
        t == QLatin1String("x") || t == QLatin1String("..") || t == QLatin1String("...") ||
        t == QLatin1String("suppressed"))
        return true;
    return lessThan.match(t).hasMatch();
}

} // namespace srs::sdc
