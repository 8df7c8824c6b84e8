#include "IngestTableProfiler.h"

#include "sdc/IdentifierRules.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

QString normalisedHeader(const QString &header)
{
    QString out;
    for (QChar c : header.toLower())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

QString identifierByHeader(const QString &header)
{
    const QString h = normalisedHeader(header);
    if (h.isEmpty())
        return {};
    if (h.contains(u"nhsnumber"_s) || h.contains(u"nhsno"_s) || h == u"nhs"_s || h.startsWith(u"nhsid"_s) ||
        h.contains(u"chinumber"_s))
        return u"nhs-number"_s;
    if (h.contains(u"postcode"_s) || h.contains(u"postalcode"_s) || h == u"pcode"_s)
        return u"postcode"_s;
    if (h == u"dob"_s || h.contains(u"dateofbirth"_s) || h.contains(u"birthdate"_s) ||
        h.contains(u"birthdt"_s) || h.contains(u"birthday"_s) || h.startsWith(u"dob"_s))
        return u"date-of-birth"_s;
    return {};
}

bool headerSaysNothing(const QString &header)
{
    const QString h = normalisedHeader(header);
    return h.isEmpty() || h == u"date"_s || h == u"d"_s || h == u"dt"_s;
}

QString label(const QString &identifier)
{
    if (identifier == u"nhs-number"_s)
        return u"NHS numbers"_s;
    if (identifier == u"postcode"_s)
        return u"postcodes"_s;
    return u"dates of birth"_s;
}

} // namespace

bool IngestTableProfiler::isNhsNumber(const QString &value)
{
    QString digits;
    for (QChar c : value.trimmed()) {
        if (c.isDigit())
            digits += c;
        else if (c != u' ' && c != u'-')
            return false;
    }
    return digits.size() == 10 && sdc::IdentifierRules::isValidNhsNumber(digits);
}

bool IngestTableProfiler::isUkPostcode(const QString &value)
{
    static const QRegularExpression postcode(
        u"^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-Z]? ?[0-9][ABD-HJLNP-UW-Z]{2})$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return postcode.match(value.trimmed()).hasMatch();
}

bool IngestTableProfiler::isFullDate(const QString &value)
{
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ][0-9:.]+Z?)?$"_s);
    static const QRegularExpression dmy(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"_s);
    const QString v = value.trimmed();
    QDate date;
    if (const auto m = iso.match(v); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto d = dmy.match(v); d.hasMatch())
        date = QDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
    else
        date = QDate::fromString(v, u"d MMM yyyy"_s);
    return date.isValid() && date.year() >= 1900 && date.year() <= QDate::currentDate().year();
}

class IngestTableProfiler::Builder
{
public:
    void row(const QStringList &cells)
    {
        if (!m_haveHeader) {
            m_haveHeader = true;
            for (qsizetype i = 0; i < qMin<qsizetype>(cells.size(), MaxColumns); ++i)
                addColumn(cells.at(i));
            return;
        }
        ++m_profile.rows;
        while (m_profile.columns.size() < qMin<qsizetype>(cells.size(), MaxColumns))
            addColumn({});
        if (m_profile.rows > SampleRows)
            return;
        for (qsizetype i = 0; i < m_profile.columns.size() && i < cells.size(); ++i) {
            const QString v = cells.at(i).trimmed();
            if (v.isEmpty())
                continue;
            Counts &c = m_counts[i];
            ++c.seen;
            c.nhs += isNhsNumber(v) ? 1 : 0;
            c.postcode += isUkPostcode(v) ? 1 : 0;
            c.date += isFullDate(v) ? 1 : 0;
        }
    }

    Profile finish()
    {
        for (qsizetype i = 0; i < m_profile.columns.size(); ++i) {
            Column &col = m_profile.columns[i];
            const Counts &c = m_counts.at(i);
            col.valuesSeen = c.seen;
            auto most = [&](int n) { return c.seen > 0 && n >= qMax(1, int(c.seen * MatchShare + 0.999)); };
            QString byValues;
            int matching = 0;
            if (most(c.nhs)) {
                byValues = u"nhs-number"_s;
                matching = c.nhs;
            } else if (most(c.postcode)) {
                byValues = u"postcode"_s;
                matching = c.postcode;
            } else if (most(c.date) &&
                       (col.identifier == u"date-of-birth"_s || headerSaysNothing(col.header))) {
                byValues = u"date-of-birth"_s;
                matching = c.date;
            }
            if (!col.identifier.isEmpty())
                col.matchedBy << u"header"_s;
            if (!byValues.isEmpty()) {
                if (col.identifier.isEmpty())
                    col.identifier = byValues;
                if (col.identifier == byValues) {
                    col.matchedBy << u"values"_s;
                    col.valuesMatching = matching;
                }
            }
        }
        return m_profile;
    }

private:
    struct Counts
    {
        int seen = 0;
        int nhs = 0;
        int postcode = 0;
        int date = 0;
    };
    void addColumn(const QString &header)
    {
        Column c;
        c.position = int(m_profile.columns.size() + 1);
        c.header = header.trimmed().left(200);
        c.identifier = identifierByHeader(c.header);
        m_profile.columns.append(c);
        m_counts.append(Counts{});
    }

    bool m_haveHeader = false;
    Profile m_profile;
    QList<Counts> m_counts;
};

IngestTableProfiler::Profile IngestTableProfiler::profileRows(const QList<QStringList> &rows)
{
    Builder b;
    for (const QStringList &r : rows)
        b.row(r);
    return b.finish();
}

IngestTableProfiler::Profile IngestTableProfiler::profileDelimited(QIODevice &file, char delimiter)
{
    Builder b;
    (void)file.seek(0);
    QByteArray field;
    QStringList cells;
    bool quoted = false;
    bool quoteSeen = false; // a quote inside a quoted field: the end, or the first of a doubled one
    bool any = false;
    bool first = true;
    auto endField = [&] {
        QString text = QString::fromUtf8(field);
        if (first && text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        first = false;
        cells << text;
        field.clear();
    };
    auto endRow = [&] {
        endField();
        if (!(cells.size() == 1 && cells.first().isEmpty()))
            b.row(cells);
        cells.clear();
        any = false;
    };
    while (!file.atEnd()) {
        const QByteArray piece = file.read(64 * 1024);
        if (piece.isEmpty())
            break;
        for (char c : piece) {
            if (quoted) {
                if (quoteSeen) {
                    quoteSeen = false;
                    if (c == '"') {
                        field += '"';
                        continue;
                    }
                    quoted = false; // the closing quote; c is handled below
                } else if (c == '"') {
                    quoteSeen = true;
                    continue;
                } else {
                    if (field.size() < 4096)
                        field += c;
                    continue;
                }
            }
            any = true;
            if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                endField();
            } else if (c == '\n') {
                endRow();
            } else if (c != '\r' && field.size() < 4096) {
                field += c;
            }
        }
    }
    if (any || !field.isEmpty() || !cells.isEmpty())
        endRow();
    return b.finish();
}

QJsonObject IngestTableProfiler::Profile::toJson() const
{
    QJsonArray cols;
    for (const Column &c : columns)
        cols.append(QJsonObject{{u"position"_s, c.position},
                                {u"header"_s, c.header},
                                {u"identifier"_s, c.identifier},
                                {u"matched_by"_s, QJsonArray::fromStringList(c.matchedBy)}});
    QJsonObject o{{u"rows"_s, rows}, {u"columns"_s, cols}};
    if (!sheet.isEmpty())
        o.insert(u"sheet"_s, sheet);
    return o;
}

QList<protocol::IngestFinding> IngestTableProfiler::Profile::findings() const
{
    QList<protocol::IngestFinding> out;
    for (const Column &c : columns) {
        if (c.identifier.isEmpty())
            continue;
        const QString how = c.matchedBy.size() == 2 ? u"its header and its values"_s
                            : c.matchedBy.contains(u"header"_s)
                                ? u"its header"_s
                                : u"its values (%1 of %2 look so)"_s.arg(c.valuesMatching).arg(c.valuesSeen);
        protocol::IngestFinding f;
        f.rule = u"identifier-column"_s;
        f.severity = QString::fromLatin1(protocol::ingestseverity::Flag);
        f.message = u"Column %1 (\"%2\") looks like %3, by %4. Direct identifiers should not be brought "
                    u"into a project unless its approvals allow it."_s.arg(c.position)
                        .arg(c.header, label(c.identifier), how);
        f.parameters = QJsonObject{{u"column"_s, c.position},
                                   {u"header"_s, c.header},
                                   {u"identifier"_s, c.identifier},
                                   {u"matched_by"_s, QJsonArray::fromStringList(c.matchedBy)}};
        out.append(f);
    }
    return out;
}

} // namespace srs::server
