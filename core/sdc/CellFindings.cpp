#include "CellFindings.h"

#include <cmath>

namespace srs::sdc {

namespace {

QString fmt(double v)
{
    return QString::number(v, 'g', 12);
}

QString percentOf(double part, double whole)
{
    return whole > 0 ? fmt(std::round(part / whole * 1000) / 10) : QStringLiteral("?");
}

} // namespace

QString CellFindings::ruleName(CellRule rule)
{
    switch (rule) {
    case CellRule::Threshold:
    case CellRule::Proportion: // ACRO's mask is "threshold" either way
        return QStringLiteral("threshold");
    case CellRule::Zero:
        return QStringLiteral("zero");
    case CellRule::OneObservation:
    case CellRule::FewObservations:
    case CellRule::AllValuesEqual:
        return QStringLiteral("unsafe-statistic");
    case CellRule::Dof:
        return QStringLiteral("dof");
    case CellRule::Negative:
        return QStringLiteral("negative");
    case CellRule::DominanceNk:
        return QStringLiteral("dominance-nk");
    case CellRule::PRatio:
        return QStringLiteral("p-ratio");
    }
    return {};
}

int CellFindings::valueCount(CellRule rule)
{
    switch (rule) {
    case CellRule::Dof:
    case CellRule::Proportion:
        return 2;
    case CellRule::Negative:
        return 4;
    case CellRule::DominanceNk:
    case CellRule::PRatio:
        return 3;
    default:
        return 1;
    }
}

void CellFindings::add(CellRule rule, Outcome outcome, int row, int column,
                       std::initializer_list<double> values)
{
    Q_ASSERT(static_cast<int>(values.size()) == valueCount(rule));
    m_records.push_back(Record{rule, outcome, row, column, static_cast<std::uint32_t>(m_values.size())});
    m_values.insert(m_values.end(), values.begin(), values.end());
}

QString CellFindings::cellName(qsizetype i) const
{
    QString name = m_context.labels.cellName(row(i), column(i));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

Finding CellFindings::finding(qsizetype i) const
{
    Finding f;
    f.rule = ruleName(rule(i));
    f.outcome = outcome(i);
    f.file = m_context.file;
    f.sheet = m_context.sheet;
    const int r = row(i);
    const int c = column(i);
    f.row = m_context.labels.rowLabels.value(r);
    f.column = m_context.labels.columnLabels.value(c);
    f.rowIndex = r;
    f.columnIndex = c;
    f.fileRow = m_context.labels.fileRow(r);
    f.fileColumn = m_context.labels.fileColumn(c);
    f.message = message(i);
    f.parameters = parameters(i);
    return f;
}

QJsonObject CellFindings::parameters(qsizetype i) const
{
    QJsonObject o;
    forEachParameter(i, [&o](QLatin1StringView name, double value) { o.insert(name, value); });
    return o;
}

QString CellFindings::message(qsizetype i) const
{
    const std::array<double, 4> v = values(i);
    const RiskProfile &p = m_context.profile;
    const QString cell = cellName(i);
    const QString what =
        m_context.statistic == Statistic::Median ? QStringLiteral("median") : QStringLiteral("percentile");
    switch (rule(i)) {
    case CellRule::Threshold:
        return QStringLiteral("%1 is based on %2 %3, fewer than the minimum of %4. Suppress it (for example "
                              "with [c]) or combine categories so that every cell has at least %4.")
            .arg(cell, fmt(v[0]),
                 m_context.weighted ? QStringLiteral("unweighted records") : QStringLiteral("records"))
            .arg(p.threshold);
    case CellRule::Proportion:
        return QStringLiteral("%1 shows %2%, a proportion of %3. ACRO's rules compare the values of a "
                              "normalised (percentage) table, not its counts, with the minimum of %4, and "
                              "a proportion is never more than 1, so the cell fails. Check the table of "
                              "counts instead, or ask for an exception.")
            .arg(cell, fmt(v[0]), fmt(v[1]))
            .arg(p.threshold);
    case CellRule::Zero:
        return QStringLiteral("%1 is zero. A zero can disclose that nobody in a group has a characteristic. "
                              "If it is a structural zero (impossible by definition), explain that to the "
                              "checker; otherwise suppress it or combine categories.")
            .arg(cell);
    case CellRule::OneObservation:
        return QStringLiteral("%1: the %2 comes from %3 observation(s), so it is (at most) one person's own "
                              "value. Suppress the cell or combine categories.")
            .arg(cell, what, fmt(v[0]));
    case CellRule::FewObservations:
        return QStringLiteral("%1: the %2 comes from %3 observations, fewer than the %4 needed; a %2 of so "
                              "few values lies close to real people's values. Suppress the cell or combine "
                              "categories, or a checker will review it.")
            .arg(cell, what, fmt(v[0]))
            .arg(p.threshold);
    case CellRule::Dof:
        return QStringLiteral("%1: a %2 from %3 records has %4 degrees of freedom, fewer than the %5 "
                              "required. Suppress it or combine categories.")
            .arg(cell, statisticName(m_context.statistic), fmt(v[1]), fmt(std::max(v[0], 0.0)))
            .arg(p.dof);
    case CellRule::AllValuesEqual:
        return QStringLiteral("%1: all %2 values in this cell are equal, so the mode discloses every one of "
                              "them. Suppress the cell or combine categories.")
            .arg(cell, fmt(v[0]));
    case CellRule::Negative:
        return QStringLiteral(
                   "%1 has a negative value, total or contribution. The dominance rules cannot be "
                   "judged when contributions can cancel out, so a checker will look at this cell; "
                   "explain what the values are.")
            .arg(cell);
    case CellRule::DominanceNk: {
        const double top = p.nkN >= 2 ? v[0] + v[1] : v[0];
        return QStringLiteral(
                   "%1 is dominated: the largest %2 contribution(s) make up %3% of the cell total, "
                   "%4 the %5% limit, so the value reveals about what they contributed. "
                   "Suppress it or combine categories.")
            .arg(cell)
            .arg(p.nkN)
            .arg(percentOf(top, v[2]),
                 p.rules == RuleSet::Acro ? QStringLiteral("above") : QStringLiteral("at or above"),
                 fmt(p.nkK * 100));
    }
    case CellRule::PRatio:
        return QStringLiteral("%1 fails the p% rule: without the two largest contributions the rest of the "
                              "cell is less than %2% of the largest, so the second largest contributor could "
                              "estimate the largest closely. Suppress it or combine categories.")
            .arg(cell, fmt(p.pRatio * 100));
    }
    return {};
}

QString CellFindings::detail(qsizetype i) const
{
    const std::array<double, 4> v = values(i);
    const RiskProfile &p = m_context.profile;
    switch (rule(i)) {
    case CellRule::Threshold:
    case CellRule::Zero:
    case CellRule::AllValuesEqual:
        return QStringLiteral("%1 records").arg(fmt(v[0]));
    case CellRule::Proportion:
        return QStringLiteral("%1%, proportion %2").arg(fmt(v[0]), fmt(v[1]));
    case CellRule::OneObservation:
    case CellRule::FewObservations:
        return QStringLiteral("%1 observations").arg(fmt(v[0]));
    case CellRule::Dof:
        return QStringLiteral("%1 records, %2 degrees of freedom").arg(fmt(v[1]), fmt(std::max(v[0], 0.0)));
    case CellRule::Negative:
        return QStringLiteral("value %1, top1 %2, top2 %3, total %4")
            .arg(fmt(v[0]), fmt(v[1]), fmt(v[2]), fmt(v[3]));
    case CellRule::DominanceNk:
        return QStringLiteral("top %1: %2% of the total")
            .arg(p.nkN)
            .arg(percentOf(p.nkN >= 2 ? v[0] + v[1] : v[0], v[2]));
    case CellRule::PRatio:
        return QStringLiteral("rest %1% of the largest").arg(percentOf(v[2] - v[0] - v[1], v[0]));
    }
    return {};
}

QString CellFindings::explanation(CellRule rule, Outcome outcome) const
{
    const RiskProfile &p = m_context.profile;
    const QString what =
        m_context.statistic == Statistic::Median ? QStringLiteral("median") : QStringLiteral("percentile");
    QString text;
    switch (rule) {
    case CellRule::Threshold:
        text =
            QStringLiteral("Each is based on fewer than %1 %2. Suppress them (for example with [c]) or "
                           "combine categories.")
                .arg(p.threshold)
                .arg(m_context.weighted ? QStringLiteral("unweighted records") : QStringLiteral("records"));
        break;
    case CellRule::Proportion:
        text = QStringLiteral("Each shows a percentage: ACRO's rules compare a normalised (percentage) "
                              "table's proportions, not its counts, with the minimum of %1, and a proportion "
                              "is never more than 1. Check the table of counts instead, or ask for an "
                              "exception.")
                   .arg(p.threshold);
        break;
    case CellRule::Zero:
        text = QStringLiteral("Each is zero, which can disclose that nobody in a group has a characteristic. "
                              "Explain structural zeros to the checker; otherwise suppress them or combine "
                              "categories.");
        break;
    case CellRule::OneObservation:
        text = QStringLiteral("Each %1 comes from at most one observation, so it is one person's own value. "
                              "Suppress them or combine categories.")
                   .arg(what);
        break;
    case CellRule::FewObservations:
        text = QStringLiteral("Each %1 comes from fewer than %2 observations and lies close to real people's "
                              "values. Suppress them or combine categories, or a checker will review them.")
                   .arg(what)
                   .arg(p.threshold);
        break;
    case CellRule::Dof:
        text =
            QStringLiteral("Each has fewer than %1 degrees of freedom. Suppress them or combine categories.")
                .arg(p.dof);
        break;
    case CellRule::AllValuesEqual:
        text = QStringLiteral("All values in each cell are equal, so the mode discloses every one. Suppress "
                              "them or combine categories.");
        break;
    case CellRule::Negative:
        text =
            QStringLiteral("Each has a negative value, total or contribution; the dominance rules cannot be "
                           "judged when contributions cancel out, so a checker will look. Explain what the "
                           "values are.");
        break;
    case CellRule::DominanceNk:
        text = QStringLiteral("Each is dominated: the largest %1 contribution(s) make up %2 %3% of the cell "
                              "total. Suppress them or combine categories.")
                   .arg(p.nkN)
                   .arg(p.rules == RuleSet::Acro ? QStringLiteral("more than") : QStringLiteral("at least"),
                        fmt(p.nkK * 100));
        break;
    case CellRule::PRatio:
        text =
            QStringLiteral("Each fails the p% rule: without the two largest contributions the rest is less "
                           "than %1% of the largest. Suppress them or combine categories.")
                .arg(fmt(p.pRatio * 100));
        break;
    }
    if (outcome == Outcome::Review && rule != CellRule::Zero && rule != CellRule::Negative &&
        rule != CellRule::FewObservations)
        text += QStringLiteral(" (Review: the table has negative values, so it is not judged as a fail.)");
    return text;
}

} // namespace srs::sdc
