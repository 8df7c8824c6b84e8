#include "CsvReader.h"

#include "TableBuilder.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace srs::sdc {

namespace {

// Windows-1252 bytes 0x80-0x9F; the rest of the code page matches Latin-1.
constexpr std::array<char16_t, 32> Cp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

// Windows-1252 to UTF-8: ASCII as it is (eight bytes at a time where it can), 0x80-0x9F
// through the table, the rest as U+00A0-U+00FF. Measures first, then writes every byte once.
QByteArray fromCp1252(QByteArrayView bytes)
{
    const char *const end = bytes.data() + bytes.size();
    const auto asciiWord = [end](const char *p) {
        std::uint64_t word = 0;
        if (end - p < 8)
            return false;
        std::memcpy(&word, p, sizeof word);
        return (word & 0x8080808080808080ULL) == 0;
    };
    qsizetype length = bytes.size();
    for (const char *p = bytes.data(); p < end;) {
        if (asciiWord(p)) {
            p += 8;
            continue;
        }
        const auto b = static_cast<unsigned char>(*p++);
        if (b >= 0x80)
            length += b < 0xA0 && Cp1252High[b - 0x80] >= 0x800 ? 2 : 1;
    }
    QByteArray out(length, Qt::Uninitialized);
    char *o = out.data();
    for (const char *p = bytes.data(); p < end;) {
        if (asciiWord(p)) {
            std::memcpy(o, p, 8);
            p += 8;
            o += 8;
            continue;
        }
        const auto b = static_cast<unsigned char>(*p++);
        if (b < 0x80) {
            *o++ = static_cast<char>(b);
            continue;
        }
        const char16_t c = b < 0xA0 ? Cp1252High[b - 0x80] : static_cast<char16_t>(b);
        if (c < 0x800) {
            *o++ = static_cast<char>(0xC0 | (c >> 6));
        } else {
            *o++ = static_cast<char>(0xE0 | (c >> 12));
            *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        }
        *o++ = static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

constexpr std::array<double, 16> PowersOfTen = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

// Eight bytes from p, the first in the lowest bits.
std::uint64_t loadLittleEndian(const char *p)
{
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
    if constexpr (std::endian::native == std::endian::big) {
        std::uint64_t swapped = 0;
        for (int i = 0; i < 8; ++i)
            swapped |= ((word >> (8 * i)) & 0xFF) << (8 * (7 - i));
        word = swapped;
    }
    return word;
}

constexpr std::array<std::uint64_t, 9> IntegerPowersOfTen = {
    1, 10, 100, 1'000, 10'000, 100'000, 1'000'000, 10'000'000, 100'000'000};

// Eight bytes less '0' from each: the top bit of a byte is set here unless the byte was a digit.
// (A digit becomes 0-9; its top bit is clear both in itself and after adding 0x76, which sets
// it from 10 up; every other byte has one of them set. Borrows and carries between bytes
// only move to later bytes and only out of a byte that is not a digit, so the bytes up to the
// first non-digit are judged exactly.)
std::uint64_t nonDigitBits(std::uint64_t lessZeros)
{
    return (lessZeros | (lessZeros + 0x7676767676767676ULL)) & 0x8080808080808080ULL;
}

// The value of the first `count` (1 to 8) digits of eight bytes less '0' from each.
std::uint64_t digitsValue(std::uint64_t lessZeros, qsizetype count)
{
    // Move the digits to the top, so that the bytes below them read as leading zeros. Then
    // combine neighbours: pairs (10a + b) in every other byte, fours (100ab + cd) in every
    // other 16 bits, and all eight in the low 32 bits. No step carries into the next lane.
    std::uint64_t v = lessZeros << (64 - 8 * count);
    v = (v * 10 + (v >> 8)) & 0x00FF00FF00FF00FFULL;
    v = (v * 100 + (v >> 16)) & 0x0000FFFF0000FFFFULL;
    return (v * 10000 + (v >> 32)) & 0xFFFFFFFFULL;
}

// One cell of a run: the field [field, stop) when it is a plain number of at most 15 digits
// that scanPlainNumber() would read: an optional '-', then up to eight digits and a point and
// up to eight more, or up to 15 digits. Sets `value` exactly as scanPlainNumber() does, and
// `wholeNonNegative` when the number is whole and has no sign. Reads the eight bytes after the
// sign and, past a point or eight digits, the eight that start at the last digits; they must
// lie in the data. Works on eight bytes at once.
bool parseShortNumber(const char *field, const char *stop, double &value, bool &wholeNonNegative)
{
    const bool negative = *field == '-';
    const char *digits = negative ? field + 1 : field;
    const qsizetype length = stop - digits;
    if (length <= 0 || length > 16)
        return false;
    const std::uint64_t first = loadLittleEndian(digits) - 0x3030303030303030ULL;
    const std::uint64_t firstNonDigit = nonDigitBits(first);
    const qsizetype lead = firstNonDigit == 0 ? 8 : std::countr_zero(firstNonDigit) / 8;
    if (lead == 0)
        return false;
    std::uint64_t mantissa = 0;
    qsizetype fraction = 0;
    bool whole = true;
    if (lead == length) {
        mantissa = digitsValue(first, lead);
    } else {
        // The rest: digits after a point, or (after eight digits) more digits.
        const bool point = digits[lead] == '.';
        if (!point && lead < 8)
            return false;
        const qsizetype tail = length - lead - (point ? 1 : 0);
        if (tail <= 0 || tail > 8 || lead + tail > 15)
            return false;
        const std::uint64_t second = loadLittleEndian(stop - tail) - 0x3030303030303030ULL;
        if ((nonDigitBits(second) << (64 - 8 * tail)) != 0)
            return false;
        const std::uint64_t tailValue = digitsValue(second, tail);
        mantissa = digitsValue(first, lead) * IntegerPowersOfTen[static_cast<std::size_t>(tail)] + tailValue;
        whole = !point || tailValue == 0;
        if (point)
            fraction = tail;
    }
    double v = static_cast<double>(mantissa);
    if (fraction > 0)
        v /= PowersOfTen[static_cast<std::size_t>(fraction)];
    value = negative ? -v : v;
    wholeNonNegative = whole && !negative;
    return true;
}

// Bit i set when p[i] is the delimiter, for the 64 bytes from p.
std::uint64_t delimiterMask(const char *p, char delim)
{
#if defined(__SSE2__)
    const __m128i wanted = _mm_set1_epi8(delim);
    std::uint64_t mask = 0;
    for (int i = 0; i < 4; ++i) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * i));
        const auto bits = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, wanted)));
        mask |= static_cast<std::uint64_t>(bits) << (16 * i);
    }
    return mask;
#else
    // Eight bytes at a time: a byte equal to the delimiter becomes zero after the XOR; the
    // top bit of (b & 0x7F) + 0x7F, or of b itself, is set for every other byte, exactly and
    // without carries between bytes. The multiplication gathers the eight flags (bit 8i
    // moves to bit 56 + i; the other products fall outside the top byte).
    const std::uint64_t wanted = 0x0101010101010101ULL * static_cast<unsigned char>(delim);
    std::uint64_t mask = 0;
    for (int i = 0; i < 8; ++i) {
        const std::uint64_t x = loadLittleEndian(p + 8 * i) ^ wanted;
        const std::uint64_t zero =
            ~(((x & 0x7F7F7F7F7F7F7F7FULL) + 0x7F7F7F7F7F7F7F7FULL) | x) & 0x8080808080808080ULL;
        mask |= (((zero >> 7) * 0x0102040810204080ULL) >> 56) << (8 * i);
    }
    return mask;
#endif
}

// A plain decimal ("-12", "3.5") of at most 15 digits that ends exactly at a delimiter, a
// line end or the end of the data: returns where it ends and sets `value` (exact: one
// division of two exact doubles). Anything else returns nullptr and goes the general way.
const char *scanPlainNumber(const char *p, const char *end, char delim, double &value)
{
    const bool negative = *p == '-';
    const char *q = negative ? p + 1 : p;
    std::uint64_t mantissa = 0;
    const char *digitsStart = q;
    while (q < end && static_cast<unsigned char>(*q - '0') < 10) {
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(*q - '0');
        ++q;
    }
    qsizetype digits = q - digitsStart;
    qsizetype fraction = 0;
    if (q < end && *q == '.') {
        ++q;
        const char *fractionStart = q;
        while (q < end && static_cast<unsigned char>(*q - '0') < 10) {
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(*q - '0');
            ++q;
        }
        fraction = q - fractionStart;
        digits += fraction;
    }
    if (digits == 0 || digits > 15 || (q < end && *q != delim && *q != '\n' && *q != '\r'))
        return nullptr;
    double v = static_cast<double>(mantissa);
    if (fraction > 0)
        v /= PowersOfTen[static_cast<std::size_t>(fraction)];
    value = negative ? -v : v;
    return q;
}

// A run of value cells, each a plain number that parseShortNumber() reads or empty (a blank),
// either possibly in quotes, and each followed by the delimiter: reads up to `room` of them into
// `values` and `kinds`, moves `p` past them and returns how many; `wholeNonNegative` is cleared
// unless all the numbers are whole and not negative. Stops at the first field that is anything
// else (the last field of a line, text, a marker, other quoted fields, a longer number, spaces),
// which the caller reads the general way, and short of the last 96 bytes of the data.
// Delimiters are found 64 bytes at a time first, so that the cells are parsed independently of
// one another.
qsizetype scanCellRun(const char *&p, const char *end, char delim, double *values, CellKind *kinds,
                      qsizetype room, bool &wholeNonNegative)
{
    qsizetype n = 0;
    const char *field = p; // where the field being read starts
    bool stopped = false;
    bool allWholeNonNegative = true;
    // Every field parsed starts less than 24 bytes before its block (a field without a
    // delimiter in its first 24 bytes is not a short number) and before the block's end, so
    // what parseShortNumber() reads ends before block + 74 and the byte after its delimiter is
    // data. Blocks of 64 bytes hold a dozen cells, so the loops are mostly left where the
    // branch predictor expects.
    for (const char *block = p; !stopped && n < room && end - block >= 96 && block - field < 24;
         block += 64) {
        for (std::uint64_t mask = delimiterMask(block, delim); mask != 0 && n < room; mask &= mask - 1) {
            const char *stop = block + std::countr_zero(mask);
            const char *text = field;
            const char *textEnd = stop;
            if (*field == '"') {
                // A number may be quoted ("12"): the general way reads what is between the
                // quotes. Other quoted fields may hold delimiters: the general way reads them.
                if (stop - field < 2 || stop[-1] != '"') {
                    stopped = true;
                    break;
                }
                ++text;
                --textEnd;
            }
            bool cellWholeNonNegative = true;
            if (text == textEnd) {
                values[n] = 0.0;
                kinds[n] = CellKind::Blank;
            } else if (parseShortNumber(text, textEnd, values[n], cellWholeNonNegative)) {
                kinds[n] = CellKind::Number;
            } else {
                stopped = true;
                break;
            }
            allWholeNonNegative = allWholeNonNegative && cellWholeNonNegative;
            field = stop + 1;
            ++n;
        }
    }
    p = field;
    if (!allWholeNonNegative)
        wholeNonNegative = false;
    return n;
}

} // namespace

bool CsvReader::isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        // ASCII runs, 32 and then eight bytes at a time.
        while (end - p >= 32) {
            std::uint64_t words[4];
            std::memcpy(words, p, sizeof words);
            if (((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080ULL) != 0)
                break;
            p += 32;
        }
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += extra + 1;
    }
    return true;
}

QByteArray CsvReader::toUtf8(QByteArrayView bytes, bool *converted)
{
    if (converted)
        *converted = false;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        auto decoder = QStringDecoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                                   : QStringConverter::Utf16BE);
        const QString text = decoder.decode(bytes.sliced(2));
        if (converted)
            *converted = true;
        return text.toUtf8();
    }
    if (isValidUtf8(bytes))
        return bytes.toByteArray();
    if (converted)
        *converted = true;
    return fromCp1252(bytes);
}

char CsvReader::detectDelimiter(QByteArrayView utf8)
{
    // Count candidates outside quotes on the first few lines; the one that appears most
    // consistently (the same number of times on every line) wins.
    constexpr std::array<char, 4> candidates = {',', '\t', ';', '|'};
    std::array<std::array<int, 8>, 4> counts{};
    // Most bytes are none of the candidates, a quote or a line end: one look-up skips them.
    static constexpr std::array<bool, 256> interesting = [] {
        std::array<bool, 256> table{};
        for (const unsigned char ch : {',', '\t', ';', '|', '"', '\n', '\r'})
            table[ch] = true;
        return table;
    }();
    int line = 0;
    bool inQuotes = false;
    for (qsizetype i = 0; i < utf8.size() && line < 8 && i < 65536; ++i) {
        const char ch = utf8[i];
        if (!interesting[static_cast<unsigned char>(ch)])
            continue;
        if (ch == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (ch == '\n' || ch == '\r')) {
            if (ch == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n')
                ++i;
            ++line;
        } else if (!inQuotes) {
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                if (ch == candidates[k])
                    ++counts[k][static_cast<std::size_t>(line)];
            }
        }
    }
    const int lines = std::max(1, std::min(line, 8));
    char best = ',';
    int bestScore = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const int first = counts[k][0];
        if (first == 0)
            continue;
        int consistent = 0;
        for (int l = 0; l < lines; ++l) {
            if (counts[k][static_cast<std::size_t>(l)] == first)
                ++consistent;
        }
        const int score = consistent * 1000 + first;
        if (score > bestScore) {
            bestScore = score;
            best = candidates[k];
        }
    }
    return best;
}

namespace {

// About how many cells a text table holds, to reserve storage once rather than grow it (growing
// a vector of a million cells copies it and holds both copies for a moment): lines times the
// fields of the first line. A cell takes at least one byte, so never more than the bytes.
qsizetype estimateCells(QByteArrayView bytes, char delim)
{
    const char *begin = bytes.data();
    const char *end = begin + bytes.size();
    const char *firstEnd = std::find(begin, end, '\n');
    const qsizetype fields = 1 + std::count(begin, firstEnd, delim);
    qsizetype lines = std::count(begin, end, '\n');
    if (lines == 0)
        lines = std::count(begin, end, '\r');
    return std::min<qsizetype>((lines + 1) * fields, bytes.size() / 2 + 1);
}

} // namespace

Result<Table> CsvReader::read(QByteArrayView raw, const QString &source, const TableLayout &layout,
                              const ReaderLimits &limits, char delimiter)
{
    if (raw.size() > limits.maxFileBytes)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("%1 is larger than the %2 MiB limit for a table.")
                             .arg(source)
                             .arg(limits.maxFileBytes / (1024 * 1024)));
    if (!raw.isEmpty() && std::memchr(raw.data(), 0, static_cast<std::size_t>(raw.size())) != nullptr &&
        !raw.startsWith("\xFF\xFE") && !raw.startsWith("\xFE\xFF"))
        return makeError(
            ErrorCode::UnreadableFile,
            QStringLiteral("%1 contains binary data (NUL bytes); it is not a CSV or TSV text table.")
                .arg(source));
    QByteArray owned;
    QByteArrayView bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        owned = toUtf8(raw);
        bytes = owned;
    } else if (!isValidUtf8(bytes)) {
        owned = fromCp1252(bytes); // validated once: toUtf8() would check again
        bytes = owned;
    }
    const char delim = delimiter != 0 ? delimiter : detectDelimiter(bytes);

    TableBuilder builder(source, layout, limits);
    builder.reserve(estimateCells(bytes, delim));

    const char *const begin = bytes.data();
    const char *const end = begin + bytes.size();
    const char *p = begin;
    QByteArray scratch;
    std::array<double, 512> runValues;
    std::array<CellKind, 512> runKinds;
    qsizetype line = 1;
    while (p < end) {
        for (qsizetype room = builder.cellRoom(); room > 0;) {
            const qsizetype want = std::min<qsizetype>(room, runValues.size());
            bool wholeNonNegative = true;
            const qsizetype got =
                scanCellRun(p, end, delim, runValues.data(), runKinds.data(), want, wholeNonNegative);
            if (got > 0)
                builder.addCells(runValues.data(), runKinds.data(), got, wholeNonNegative);
            if (got < want)
                break;
            room -= got;
        }
        double number = 0.0;
        const char *afterNumber = scanPlainNumber(p, end, delim, number);
        if (afterNumber && builder.tryAddNumber(number)) {
            p = afterNumber; // the common case: a plain number ends at a delimiter or line end
        } else if (*p == '"') {
            // Quoted field: doubled quotes stand for one; delimiters and line breaks are text.
            const qsizetype startLine = line;
            scratch.clear();
            ++p;
            for (;;) {
                const char *q = p;
                while (q < end && *q != '"') {
                    if (*q == '\n')
                        ++line;
                    ++q;
                }
                if (q >= end)
                    return makeError(
                        ErrorCode::UnreadableFile,
                        QStringLiteral("%1: a quoted field that starts on line %2 is never closed.")
                            .arg(source)
                            .arg(startLine));
                scratch.append(p, q - p);
                p = q + 1;
                if (p < end && *p == '"') {
                    scratch.append('"');
                    ++p;
                    continue;
                }
                break;
            }
            // Text after the closing quote (not RFC 4180, but common) is kept.
            const char *q = p;
            while (q < end && *q != delim && *q != '\n' && *q != '\r')
                ++q;
            scratch.append(p, q - p);
            p = q;
            if (scratch.size() > limits.maxLabelLength * 64)
                return makeError(
                    ErrorCode::TooLarge,
                    QStringLiteral("%1: a field on line %2 is too long.").arg(source).arg(startLine));
            if (!builder.addField(scratch))
                break;
        } else {
            const char *q = p;
            while (q < end && *q != delim && *q != '\n' && *q != '\r')
                ++q;
            if (!builder.addField(QByteArrayView(p, q - p)))
                break;
            p = q;
        }
        if (p >= end) {
            break;
        }
        if (*p == delim) {
            ++p;
            if (p >= end) {
                (void)builder.addField(QByteArrayView());
                break;
            }
            continue;
        }
        // Line end.
        if (*p == '\r' && p + 1 < end && p[1] == '\n')
            ++p;
        ++p;
        ++line;
        if (!builder.endRow())
            break;
    }
    return builder.finish();
}

} // namespace srs::sdc
