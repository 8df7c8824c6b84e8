#include "IdentifierRules.h"

#include <QRegularExpression>

namespace srs::sdc {

namespace {

bool isIdentifierVariable(const QString &name)
{
    static const QRegularExpression idName(
        QStringLiteral(
            "^(id|\\w+_id|pid|patid|uid|\\w*(patient|person|subject|pupil|client|household|study|hh|"
            "member|case|record)_?id|nhs_?(number|num|no)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(QStringLiteral("[.$\\[\\]'\"\\s]"));
    const QStringList parts = name.split(separators, Qt::SkipEmptyParts);
    const QString last = parts.isEmpty() ? QString() : parts.last();
    return idName.match(last).hasMatch();
}

void add(QList<IdentifierHit> &hits, const QString &rule, const QString &what, const QString &message)
{
    for (const IdentifierHit &h : hits) {
        if (h.rule == rule)
            return; // one finding per rule per line
    }
    hits << IdentifierHit{rule, what, message};
}

} // namespace

QString IdentifierRules::mask(const QString &text)
{
    if (text.size() <= 3)
        return QString(text.size(), QLatin1Char('*'));
    QString out = text;
    for (qsizetype i = 2; i + 1 < out.size(); ++i) {
        if (out[i].isLetterOrNumber())
            out[i] = QLatin1Char('*');
    }
    return out;
}

bool IdentifierRules::isValidNhsNumber(const QString &digits)
{
    if (digits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        if (!digits[i].isDigit())
            return false;
        sum += digits[i].digitValue() * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11)
        check = 0;
    if (check == 10)
        return false; // no valid NHS number has this prefix
    return digits[9].isDigit() && digits[9].digitValue() == check;
}

QList<IdentifierHit> IdentifierRules::scanLine(const QString &line, const QString &codePart)
{
    QList<IdentifierHit> hits;

    // NHS numbers, plain or spaced 3-3-4.
    static const QRegularExpression nhs(
        QStringLiteral("(?<![\\w.])(\\d{3})([ -]?)(\\d{3})\\2(\\d{4})(?![\\w]|\\.\\d)"));
    QList<QString> nhsNumbers;
    for (auto it = nhs.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        const QString digits = m.captured(1) + m.captured(3) + m.captured(4);
        if (isValidNhsNumber(digits)) {
            nhsNumbers << digits;
            add(hits, QStringLiteral("identifier-nhs-number"), mask(m.captured(0)),
                QStringLiteral(
                    "contains what is a valid NHS number (%1). Remove it: code must not name people.")
                    .arg(mask(m.captured(0))));
        }
    }

    // Long numeric literals (8 or more digits), other than round numbers like 100000000.
    static const QRegularExpression longNumber(QStringLiteral("(?<![\\w.])\\d{8,}(?![\\w]|\\.\\d)"));
    static const QRegularExpression round(QStringLiteral("^[1-9]0+$"));
    for (auto it = longNumber.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        const QString digits = m.captured(0);
        if (round.match(digits).hasMatch() || nhsNumbers.contains(digits))
            continue;
        add(hits, QStringLiteral("identifier-long-number"), mask(digits),
            QStringLiteral(
                "has a long number (%1, %2 digits) that may identify a person or record. Remove it, or "
                "explain what it is if it is not an identifier.")
                .arg(mask(digits))
                .arg(digits.size()));
    }

    // National Insurance numbers (AB 12 34 56 C), as issued prefixes only.
    static const QRegularExpression ni(QStringLiteral(
        "\\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b"));
    if (const auto m = ni.match(line); m.hasMatch())
        add(hits, QStringLiteral("identifier-ni-number"), mask(m.captured(0)),
            QStringLiteral("contains a National Insurance number (%1). Remove it.").arg(mask(m.captured(0))));

    // UK postcodes: with the space, or without it when the whole string literal is the postcode.
    static const QRegularExpression postcode(
        QStringLiteral("\\b([A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?)( ?)(\\d[ABD-HJLNP-UW-Z]{2})\\b"));
    for (auto it = postcode.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart(0);
        const qsizetype end = m.capturedEnd(0);
        const bool quoted = start > 0 && end < line.size() &&
                            (line[start - 1] == QLatin1Char('"') || line[start - 1] == QLatin1Char('\'')) &&
                            line[end] == line[start - 1];
        if (m.captured(2).isEmpty() && !quoted)
            continue;
        add(hits, QStringLiteral("identifier-postcode"), mask(m.captured(0)),
            QStringLiteral(
                "contains a full UK postcode (%1), which can point to a handful of households. Remove "
                "it, or use a coarser geography.")
                .arg(mask(m.captured(0))));
        break;
    }

    // Dates of birth: a full date on a line that talks about birth.
    static const QRegularExpression birthWord(
        QStringLiteral("(\\bdob\\b|d\\.o\\.b|birth|\\bborn\\b|bdate|b_date)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression date(
        QStringLiteral(
            "\\b(\\d{1,2}[/.-]\\d{1,2}[/.-](19|20)\\d{2}|(19|20)\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2}|"
            "\\d{1,2}\\s?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s?(19|20)\\d{2})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (birthWord.match(line).hasMatch()) {
        if (const auto m = date.match(line); m.hasMatch())
            add(hits, QStringLiteral("identifier-date-of-birth"), mask(m.captured(0)),
                QStringLiteral("hard-codes a date of birth (%1). Remove it: a date of birth with little else "
                               "identifies a person.")
                    .arg(mask(m.captured(0))));
    }

    // Filters on an identifier: id == 12345, patient_id %in% c("A1"), WHERE person_id = 42.
    static const QRegularExpression filter(
        QStringLiteral(
            "([A-Za-z_][\\w.$]*(?:\\[\\s*['\"][\\w.]+['\"]\\s*\\])?)\\s*(==|%in%|\\.isin\\s*\\(|\\bin\\s*\\(|"
            "(?<![<>!=:])=(?!=)|\\beq\\b)\\s*(?:c\\s*\\(|\\[|\\()?\\s*(\"[^\"]+\"|'[^']+'|\\d{2,})"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression filterContext(
        QStringLiteral("\\b(where|if|filter|subset|query|keep|drop)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = filter.globalMatch(codePart); it.hasNext();) {
        const auto m = it.next();
        if (!isIdentifierVariable(m.captured(1)))
            continue;
        const QString op = m.captured(2).trimmed();
        if (op == QLatin1String("=") && !filterContext.match(codePart).hasMatch())
            continue; // a plain assignment, not a filter
        add(hits, QStringLiteral("identifier-filter"), m.captured(1),
            QStringLiteral(
                "selects records by a hard-coded identifier (%1 %2 %3). Code that picks out one person's "
                "records cannot be released; remove the filter.")
                .arg(m.captured(1), op, mask(m.captured(3))));
    }
    return hits;
}

} // namespace srs::sdc
