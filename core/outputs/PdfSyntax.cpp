#include "PdfSyntax.h"

using namespace Qt::Literals::StringLiterals;

namespace srs::outputs::pdf {

namespace {

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

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

const Value *Value::find(QByteArrayView key) const
{
    for (const DictEntry &e : entries) {
        if (e.key == key)
            return &e.value;
    }
    return nullptr;
}

bool Syntax::isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool Syntax::isDelimiter(char c)
{
    switch (c) {
    case '(':
    case ')':
    case '<':
    case '>':
    case '[':
    case ']':
    case '{':
    case '}':
    case '/':
    case '%':
        return true;
    default:
        return false;
    }
}

void Syntax::fail(const QString &what)
{
    fail(what, m_pos);
}

void Syntax::fail(const QString &what, qsizetype at)
{
    if (m_error.isEmpty()) {
        m_error = what;
        m_errorOffset = at;
    }
}

void Syntax::skipSpace()
{
    while (!atEnd()) {
        const char c = m_data[m_pos];
        if (isWhitespace(c)) {
            ++m_pos;
        } else if (c == '%') {
            const qsizetype start = m_pos;
            while (!atEnd() && m_data[m_pos] != '\r' && m_data[m_pos] != '\n')
                ++m_pos;
            m_comments.append({start, m_pos - start});
        } else {
            return;
        }
    }
}

QByteArrayView Syntax::regularRun() const
{
    qsizetype end = m_pos;
    while (end < m_data.size() && isRegular(m_data[end]))
        ++end;
    return m_data.sliced(m_pos, end - m_pos);
}

bool Syntax::takeKeyword(QByteArrayView keyword)
{
    if (regularRun() != keyword)
        return false;
    m_pos += keyword.size();
    return true;
}

std::optional<qint64> Syntax::takeUnsigned()
{
    const QByteArrayView run = regularRun();
    // 15 digits: far beyond any offset, count or object number in a file we accept.
    if (run.isEmpty() || run.size() > 15)
        return std::nullopt;
    qint64 n = 0;
    for (const char c : run) {
        if (!isDigit(c))
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    m_pos += run.size();
    return n;
}

std::optional<QByteArray> decodeName(QByteArrayView raw)
{
    QByteArray name;
    name.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '#') {
            name.append(raw[i]);
            continue;
        }
        const int high = i + 1 < raw.size() ? hexValue(raw[i + 1]) : -1;
        const int low = i + 2 < raw.size() ? hexValue(raw[i + 2]) : -1;
        if (high < 0 || low < 0)
            return std::nullopt;
        name.append(static_cast<char>(high * 16 + low));
        i += 2;
    }
    return name;
}

std::optional<QByteArray> Syntax::readName()
{
    const qsizetype start = m_pos;
    ++m_pos; // '/'
    const QByteArrayView raw = regularRun();
    m_pos += raw.size();
    auto name = decodeName(raw);
    if (!name)
        fail(u"a name with a malformed #xx escape"_s, start);
    return name;
}

bool Syntax::skipLiteralString()
{
    const qsizetype start = m_pos;
    ++m_pos; // '('
    int depth = 1;
    while (!atEnd()) {
        const char c = m_data[m_pos++];
        if (c == '\\') {
            if (!atEnd())
                ++m_pos;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth == 0)
                return true;
        }
    }
    fail(u"a string that never ends"_s, start);
    return false;
}

bool Syntax::skipHexString()
{
    const qsizetype start = m_pos;
    ++m_pos; // '<'
    while (!atEnd()) {
        const char c = m_data[m_pos++];
        if (c == '>')
            return true;
        if (hexValue(c) < 0 && !isWhitespace(c)) {
            fail(u"a hexadecimal string with a character that is not a hex digit"_s, m_pos - 1);
            return false;
        }
    }
    fail(u"a hexadecimal string that never ends"_s, start);
    return false;
}

std::optional<Value> Syntax::readNumber()
{
    const qsizetype start = m_pos;
    const QByteArrayView run = regularRun();
    qsizetype i = 0;
    if (i < run.size() && (run[i] == '+' || run[i] == '-'))
        ++i;
    qsizetype digits = 0;
    qsizetype integerDigits = 0;
    bool point = false;
    for (; i < run.size(); ++i) {
        if (isDigit(run[i])) {
            ++digits;
            if (!point)
                ++integerDigits;
        } else if (run[i] == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (digits == 0 || i != run.size()) {
        fail(u"\"%1\" where a number was expected"_s.arg(
                 QString::fromLatin1(run.first(std::min<qsizetype>(run.size(), 20)))),
             start);
        return std::nullopt;
    }
    m_pos += run.size();
    Value v;
    if (point || integerDigits > 15) {
        v.type = Value::Type::Real;
        return v;
    }
    v.type = Value::Type::Integer;
    bool ok = false;
    v.integer = run.toByteArray().toLongLong(&ok);
    if (!ok)
        v.type = Value::Type::Real;
    return v;
}

std::optional<Value> Syntax::readValue(int depth)
{
    if (depth > MaxDepth) {
        fail(u"objects nested more than %1 levels deep"_s.arg(MaxDepth));
        return std::nullopt;
    }
    skipSpace();
    if (atEnd()) {
        fail(u"the file ends inside an object"_s);
        return std::nullopt;
    }
    const char c = m_data[m_pos];
    Value v;
    if (c == '/') {
        auto name = readName();
        if (!name)
            return std::nullopt;
        v.type = Value::Type::Name;
        v.name = std::move(*name);
        return v;
    }
    if (c == '(') {
        if (!skipLiteralString())
            return std::nullopt;
        v.type = Value::Type::String;
        return v;
    }
    if (c == '<' && m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '<') {
        m_pos += 2;
        v.type = Value::Type::Dictionary;
        for (;;) {
            skipSpace();
            if (atEnd()) {
                fail(u"a dictionary that never ends"_s);
                return std::nullopt;
            }
            if (m_data[m_pos] == '>') {
                if (m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '>') {
                    m_pos += 2;
                    return v;
                }
                fail(u"a single '>' inside a dictionary"_s);
                return std::nullopt;
            }
            if (m_data[m_pos] != '/') {
                fail(u"a dictionary key that is not a name"_s);
                return std::nullopt;
            }
            auto key = readName();
            if (!key)
                return std::nullopt;
            auto value = readValue(depth + 1);
            if (!value)
                return std::nullopt;
            v.entries.push_back(DictEntry{std::move(*key), std::move(*value)});
        }
    }
    if (c == '<') {
        if (!skipHexString())
            return std::nullopt;
        v.type = Value::Type::String;
        return v;
    }
    if (c == '[') {
        ++m_pos;
        v.type = Value::Type::Array;
        for (;;) {
            skipSpace();
            if (atEnd()) {
                fail(u"an array that never ends"_s);
                return std::nullopt;
            }
            if (m_data[m_pos] == ']') {
                ++m_pos;
                return v;
            }
            auto item = readValue(depth + 1);
            if (!item)
                return std::nullopt;
            v.items.push_back(std::move(*item));
        }
    }
    if (isDigit(c) || c == '+' || c == '-' || c == '.') {
        auto number = readNumber();
        if (!number)
            return std::nullopt;
        // "12 0 R" is a reference to object 12.
        if (number->type == Value::Type::Integer && number->integer >= 0) {
            const qsizetype after = m_pos;
            skipSpace();
            const qsizetype commentsBefore = m_comments.size();
            if (auto generation = takeUnsigned()) {
                skipSpace();
                if (takeKeyword("R")) {
                    v.type = Value::Type::Reference;
                    v.integer = number->integer;
                    v.generation = *generation;
                    return v;
                }
            }
            m_pos = after;
            while (m_comments.size() > commentsBefore)
                m_comments.removeLast();
        }
        return number;
    }
    const QByteArrayView word = regularRun();
    if (word == "true" || word == "false") {
        m_pos += word.size();
        v.type = Value::Type::Boolean;
        return v;
    }
    if (word == "null") {
        m_pos += word.size();
        return v;
    }
    if (word.isEmpty())
        fail(u"an unexpected '%1'"_s.arg(QLatin1Char(c)));
    else
        fail(u"an unexpected \"%1\""_s.arg(
            QString::fromLatin1(word.first(std::min<qsizetype>(word.size(), 20)))));
    return std::nullopt;
}

QList<QByteArray> contentStreamNames(QByteArrayView data)
{
    QList<QByteArray> names;
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        const char c = data[i];
        if (c == '%') {
            while (i < n && data[i] != '\r' && data[i] != '\n')
                ++i;
        } else if (c == '(') {
            int depth = 1;
            ++i;
            while (i < n && depth > 0) {
                if (data[i] == '\\')
                    ++i;
                else if (data[i] == '(')
                    ++depth;
                else if (data[i] == ')')
                    --depth;
                ++i;
            }
        } else if (c == '<' && i + 1 < n && data[i + 1] != '<') {
            while (i < n && data[i] != '>')
                ++i;
            ++i;
        } else if (c == '/') {
            qsizetype end = i + 1;
            while (end < n && Syntax::isRegular(data[end]))
                ++end;
            const QByteArrayView raw = data.sliced(i + 1, end - i - 1);
            names.append(decodeName(raw).value_or(raw.toByteArray()));
            i = end;
        } else if (Syntax::isRegular(c)) {
            qsizetype end = i;
            while (end < n && Syntax::isRegular(data[end]))
                ++end;
            const QByteArrayView word = data.sliced(i, end - i);
            i = end;
            if (word == "ID") {
                // An inline image's bytes run to "EI" between white space.
                ++i;
                while (i + 2 <= n) {
                    if (data[i] == 'E' && i + 1 < n && data[i + 1] == 'I' &&
                        Syntax::isWhitespace(data[i - 1]) &&
                        (i + 2 == n || Syntax::isWhitespace(data[i + 2]) ||
                         Syntax::isDelimiter(data[i + 2]))) {
                        i += 2;
                        break;
                    }
                    ++i;
                }
            }
        } else {
            ++i;
        }
    }
    return names;
}

} // namespace srs::outputs::pdf
