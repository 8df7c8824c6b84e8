#include "FindingTexts.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

QString columnLetters(int column)
{
    QString letters;
    for (int n = column; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

// A fraction of the service's settings (0.85) as a percentage in the client's language ("85%").
QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'g', 4) + u'%';
}

bool hasNumber(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).isDouble();
}

int integer(const QJsonObject &o, QLatin1StringView key)
{
    const double v = o.value(key).toDouble();
    return v > 0 && v < 1e9 ? static_cast<int>(v) : 0;
}

} // namespace

QString FindingTexts::place(const protocol::CheckFindingInfo &f)
{
    if (f.line > 0)
        return tr("Line %L1 of %2").arg(f.line).arg(f.path);
    if (f.fileRow > 0 && f.fileColumn > 0)
        return tr("The cell at row %L1, column %L2 (%3)")
            .arg(f.fileRow)
            .arg(f.fileColumn)
            .arg(columnLetters(f.fileColumn) + QString::number(f.fileRow));
    if (f.fileRow > 0)
        return tr("Row %L1").arg(f.fileRow);
    if (f.fileColumn > 0)
        return tr("Column %L1 (%2)").arg(f.fileColumn).arg(columnLetters(f.fileColumn));
    return tr("The table");
}

QString FindingTexts::identifierKind(const QString &rule)
{
    if (rule == "identifier-nhs-number"_L1)
        return tr("an NHS number");
    if (rule == "identifier-ni-number"_L1)
        return tr("a National Insurance number");
    if (rule == "identifier-postcode"_L1)
        return tr("a postcode");
    if (rule == "identifier-date-of-birth"_L1)
        return tr("a date of birth");
    if (rule == "identifier-long-number"_L1)
        return tr("a long number that may identify someone");
    if (rule == "identifier-filter"_L1)
        return tr("a filter on an identifier");
    return tr("an identifier");
}

QString FindingTexts::render(const protocol::CheckFindingInfo &f)
{
    const QJsonObject &p = f.parameters;
    const QString at = place(f);
    const QString &rule = f.rule;
    if (rule == "threshold"_L1 && hasNumber(p, "threshold"_L1)) {
        if (p.value("percentage"_L1).toBool())
            return tr("%1 is a percentage. Under ACRO's rules, which this dataset's checks follow, the "
                      "proportions of a percentage table are compared with the minimum of %L2, not its "
                      "counts, "
                      "so every cell fails. Ask for the table of counts to be checked instead, or for an "
                      "exception.")
                .arg(at)
                .arg(integer(p, "threshold"_L1));
        return tr("%1 is based on fewer than %L2 records. Suppress it (for example with [c]) or combine "
                  "categories so that every cell has at least %L2.")
            .arg(at)
            .arg(integer(p, "threshold"_L1));
    }
    if (rule == "zero"_L1)
        return tr("%1 is zero. A zero can disclose that nobody in a group has a characteristic. If it is a "
                  "structural zero (impossible by definition), explain that to the checker; otherwise "
                  "suppress it or combine categories.")
            .arg(at);
    if (rule == "dominance-nk"_L1 && hasNumber(p, "n"_L1) && hasNumber(p, "k"_L1))
        return tr("%1 is dominated: its largest %n contribution(s) make up %2 or more of the cell total. "
                  "Suppress it or combine categories.",
                  nullptr, integer(p, "n"_L1))
            .arg(at, percent(p.value("k"_L1).toDouble()));
    if (rule == "p-ratio"_L1 && hasNumber(p, "p"_L1))
        return tr("%1 fails the p% rule (p = %2): the largest contribution could be estimated closely by "
                  "the second largest contributor. Suppress it or combine categories.")
            .arg(at, percent(p.value("p"_L1).toDouble()));
    if (rule == "negative"_L1)
        return tr("%1 has a negative value, total or contribution, so the dominance rules cannot be judged; "
                  "a checker will look at it. Explain what the values are.")
            .arg(at);
    if (rule == "dof"_L1 && hasNumber(p, "minimum"_L1))
        return tr("%1 has fewer than %L2 residual degrees of freedom. Suppress it, combine categories or use "
                  "more observations.")
            .arg(at)
            .arg(integer(p, "minimum"_L1));
    if (rule == "unsafe-statistic"_L1)
        return tr("%1 shows a statistic that can be one person's own value (a minimum, a maximum, a "
                  "percentile or mode of few values). Suppress it or combine categories, or explain it to "
                  "the checker.")
            .arg(at);
    if (rule == "margin-differencing"_L1) {
        const QString fix = f.alsoSuppress.isEmpty()
                                ? tr("Remove or suppress the total.")
                                : tr("Also suppress %1, or remove the total.")
                                      .arg(QLocale().createSeparatedList(f.alsoSuppress));
        return tr("%1 can be recovered by subtracting the other cells of its row or column from the total "
                  "shown. %2")
            .arg(at, fix);
    }
    if (rule == "cross-table-differencing"_L1 && hasNumber(p, "threshold"_L1) &&
        p.value("other_file"_L1).isString())
        return tr("%1 covers a population that differs from that of %2 by fewer than %L3 records, so "
                  "together "
                  "they may disclose the difference. A checker will review the pair; align them or explain.")
            .arg(at, p.value("other_file"_L1).toString())
            .arg(integer(p, "threshold"_L1));
    if (rule == "release-differencing"_L1 && hasNumber(p, "threshold"_L1) &&
        p.value("released_file"_L1).isString() && p.value("release"_L1).isString())
        return tr("%1 covers a population that differs by fewer than %L2 records from that of %3, released "
                  "in "
                  "%4, so together they may disclose the difference. A checker will review it; use the same "
                  "population or explain the difference.")
            .arg(at)
            .arg(integer(p, "threshold"_L1))
            .arg(p.value("released_file"_L1).toString(), p.value("release"_L1).toString());
    if (rule == "record-listing"_L1)
        return tr("%1 lists or shows individual records. Remove it, or explain why it shows no records.")
            .arg(at);
    if (rule.startsWith("identifier-"_L1))
        return tr("%1 contains what looks like %2. Remove it: code is released without identifiers.")
            .arg(at, identifierKind(rule));
    if (rule == "notebook-outputs"_L1)
        return tr("%1 is in a notebook cell with stored outputs. Clear the outputs: outputs are submitted as "
                  "outputs, not inside code.")
            .arg(at);
    if (rule == "annotation"_L1 && hasNumber(p, "lines_per_comment"_L1))
        return tr("%1 has fewer than one comment line for every %L2 lines of code. Add comments so the "
                  "checker can see what the code does.")
            .arg(f.path)
            .arg(integer(p, "lines_per_comment"_L1));
    return {};
}

bool FindingTexts::isRendered(const protocol::CheckFindingInfo &finding)
{
    return !render(finding).isEmpty();
}

QString FindingTexts::message(const protocol::CheckFindingInfo &finding)
{
    const QString text = render(finding);
    return text.isEmpty() ? finding.message : text;
}

} // namespace srs::ui
