#include "TableChecker.h"

#include "MarginChecker.h"

#include <QRegularExpression>

#include <cmath>

namespace srs::sdc {

namespace {

// Boundaries are exact as written in decimal: a relative tolerance keeps 0.85 x 100 = 85.
constexpr double Tolerance = 1e-9;

QString fmt(double v)
{
    return QString::number(v, 'g', 12);
}

class CellRules
{
public:
    CellRules(const TableInput &input, const RiskProfile &profile) : m_in(input), m_profile(profile) {}

    void run()
    {
        const Statistic stat = m_in.spec.statistic;
        if (stat == Statistic::Regression) {
            checkRegression();
            return;
        }
        if (stat == Statistic::Min || stat == Statistic::Max)
            addTableFinding(
                QStringLiteral("unsafe-statistic"), Outcome::Fail,
                QStringLiteral("This table shows %1 values, and a %1 is the value of one person or "
                               "record. Replace it with a statistic such as a percentile or a mean, or "
                               "ask for an exception with a justification.")
                    .arg(stat == Statistic::Min ? QStringLiteral("minimum") : QStringLiteral("maximum")));
        if (stat == Statistic::Mode && !m_in.distinct)
            addTableFinding(
                QStringLiteral("unsafe-statistic"), Outcome::Review,
                QStringLiteral("This is a table of modes without a 'distinct' companion (the number of "
                               "distinct values per cell), so the checker cannot tell whether all values "
                               "in a cell are equal, which would disclose every one of them. Add the "
                               "companion, or a checker will review the table."));
        const int rows = m_in.values.rowCount();
        const int columns = m_in.values.columnCount();
        if (stat == Statistic::Frequency || stat == Statistic::Percentage) {
            // Only a count below the threshold (zero included) can give a finding here: find
            // those cells in one pass over the flat storage.
            const double *counts = m_in.counts.valueData();
            const CellKind *countKinds = m_in.counts.kindData();
            const CellKind *kinds = m_in.values.kindData();
            const double threshold = m_profile.threshold;
            const qsizetype n = m_in.values.cellCount();
            for (qsizetype i = 0; i < n; ++i) {
                const double count = countKinds[i] == CellKind::Number ? counts[i] : 0.0;
                if (count < threshold && kinds[i] != CellKind::Marker)
                    checkCell(static_cast<int>(i / columns), static_cast<int>(i % columns));
            }
            return;
        }
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c)
                checkCell(r, c);
        }
    }

    QList<Finding> takeFindings() { return std::move(m_findings); }

private:
    Finding make(const QString &rule, Outcome outcome, int r, int c, const QString &message)
    {
        Finding f;
        f.rule = rule;
        f.outcome = outcome;
        f.file = m_in.spec.file;
        f.sheet = m_in.spec.sheet;
        if (r >= 0) {
            f.row = m_in.values.rowLabels.value(r);
            f.rowIndex = r;
        }
        if (c >= 0) {
            f.column = m_in.values.columnLabels.value(c);
            f.columnIndex = c;
        }
        if (r >= 0)
            f.fileRow = m_in.values.fileRow(r);
        if (c >= 0)
            f.fileColumn = m_in.values.fileColumn(c);
        f.message = message;
        return f;
    }

    void addTableFinding(const QString &rule, Outcome outcome, const QString &message)
    {
        m_findings << make(rule, outcome, -1, -1, message);
    }

    void add(const QString &rule, Outcome outcome, int r, int c, const QString &message,
             QJsonObject parameters)
    {
        Finding f = make(rule, outcome, r, c, message);
        f.parameters = std::move(parameters);
        m_findings << std::move(f);
    }

    QString cell(int r, int c) const
    {
        QString name = m_in.values.cellName(r, c);
        name[0] = name[0].toUpper();
        return name;
    }

    void checkCell(int r, int c)
    {
        if (m_in.values.kind(r, c) == CellKind::Marker)
            return; // rule 8: already suppressed; its margins are checked separately
        const Statistic stat = m_in.spec.statistic;
        const double count = m_in.counts.numberOrZero(r, c);
        const int threshold = m_profile.threshold;
        // Built only for findings: most cells have none.
        const auto countParams = [&] {
            return QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("threshold"), threshold}};
        };
        const bool frequencyLike = stat == Statistic::Frequency || stat == Statistic::Percentage;

        if (stat == Statistic::Median || stat == Statistic::Percentile) {
            const QString what =
                stat == Statistic::Median ? QStringLiteral("median") : QStringLiteral("percentile");
            if (count <= 1) {
                add(QStringLiteral("unsafe-statistic"), Outcome::Fail, r, c,
                    QStringLiteral(
                        "%1: the %2 comes from %3 observation(s), so it is (at most) one person's own "
                        "value. Suppress the cell or combine categories.")
                        .arg(cell(r, c), what, fmt(count)),
                    countParams());
            } else if (count < threshold) {
                add(QStringLiteral("unsafe-statistic"), Outcome::Review, r, c,
                    QStringLiteral(
                        "%1: the %2 comes from %3 observations, fewer than the %4 needed; a %2 of so "
                        "few values lies close to real people's values. Suppress the cell or combine "
                        "categories, or a checker will review it.")
                        .arg(cell(r, c), what, fmt(count))
                        .arg(threshold),
                    countParams());
            }
        } else if (frequencyLike && count == 0) {
            if (m_profile.zerosDisclosive)
                add(QStringLiteral("zero"), Outcome::Review, r, c,
                    QStringLiteral(
                        "%1 is zero. A zero can disclose that nobody in a group has a characteristic. "
                        "If it is a structural zero (impossible by definition), explain that to the "
                        "checker; otherwise suppress it or combine categories.")
                        .arg(cell(r, c)),
                    countParams());
        } else if (count < threshold) {
            add(QStringLiteral("threshold"), Outcome::Fail, r, c,
                QStringLiteral("%1 is based on %2 %3, fewer than the minimum of %4. Suppress it (for example "
                               "with [c]) or combine categories so that every cell has at least %4.")
                    .arg(cell(r, c), fmt(count),
                         m_in.spec.weighted ? QStringLiteral("unweighted records")
                                            : QStringLiteral("records"))
                    .arg(threshold),
                countParams());
        }

        if (stat == Statistic::Std || stat == Statistic::Variance) {
            const double dof = count - 1;
            if (dof < m_profile.dof)
                add(QStringLiteral("dof"), Outcome::Fail, r, c,
                    QStringLiteral("%1: a %2 from %3 records has %4 degrees of freedom, fewer than the %5 "
                                   "required. Suppress it or combine categories.")
                        .arg(cell(r, c), statisticName(stat), fmt(count), fmt(std::max(dof, 0.0)))
                        .arg(m_profile.dof),
                    QJsonObject{{QStringLiteral("dof"), dof}, {QStringLiteral("minimum"), m_profile.dof}});
        }
        if (stat == Statistic::Mode && m_in.distinct && count > 0 &&
            m_in.distinct->kind(r, c) == CellKind::Number && m_in.distinct->value(r, c) == 1)
            add(QStringLiteral("unsafe-statistic"), Outcome::Fail, r, c,
                QStringLiteral("%1: all %2 values in this cell are equal, so the mode discloses every one of "
                               "them. Suppress the cell or combine categories.")
                    .arg(cell(r, c), fmt(count)),
                QJsonObject{{QStringLiteral("distinct"), 1}, {QStringLiteral("count"), count}});
        if (isMagnitude(stat))
            checkDominance(r, c, count);
    }

    void checkDominance(int r, int c, double count)
    {
        const double value = m_in.values.numberOrZero(r, c);
        const double x1 = m_in.top1 ? m_in.top1->numberOrZero(r, c) : 0.0;
        const double x2 = m_in.top2 ? m_in.top2->numberOrZero(r, c) : 0.0;
        double total = 0.0;
        if (m_in.total)
            total = m_in.total->numberOrZero(r, c);
        else if (m_in.spec.statistic == Statistic::Mean)
            total = value * count;
        else
            total = value;
        if (value < 0 || x1 < 0 || x2 < 0 || total < 0) {
            add(QStringLiteral("negative"), Outcome::Review, r, c,
                QStringLiteral(
                    "%1 has a negative value, total or contribution. The dominance rules cannot be "
                    "judged when contributions can cancel out, so a checker will look at this cell; "
                    "explain what the values are.")
                    .arg(cell(r, c)),
                QJsonObject{{QStringLiteral("value"), value},
                            {QStringLiteral("top1"), x1},
                            {QStringLiteral("top2"), x2},
                            {QStringLiteral("total"), total}});
            return; // N-K and p% are not judged on this cell
        }
        if (total <= 0)
            return;
        const double top = m_profile.nkN >= 2 ? x1 + x2 : x1;
        const double limit = m_profile.nkK * total;
        const QJsonObject params{
            {QStringLiteral("top1"), x1},         {QStringLiteral("top2"), x2},
            {QStringLiteral("total"), total},     {QStringLiteral("n"), m_profile.nkN},
            {QStringLiteral("k"), m_profile.nkK}, {QStringLiteral("p"), m_profile.pRatio}};
        if (top >= limit - Tolerance * total)
            add(QStringLiteral("dominance-nk"), Outcome::Fail, r, c,
                QStringLiteral(
                    "%1 is dominated: the largest %2 contribution(s) make up %3% of the cell total, at "
                    "or above the %4% limit, so the value reveals about what they contributed. "
                    "Suppress it or combine categories.")
                    .arg(cell(r, c))
                    .arg(m_profile.nkN)
                    .arg(fmt(std::round(top / total * 1000) / 10), fmt(m_profile.nkK * 100)),
                params);
        const double rest = total - x1 - x2;
        if (rest < m_profile.pRatio * x1 - Tolerance * total)
            add(QStringLiteral("p-ratio"), Outcome::Fail, r, c,
                QStringLiteral(
                    "%1 fails the p% rule: without the two largest contributions the rest of the cell "
                    "is less than %2% of the largest, so the second largest contributor could estimate "
                    "the largest closely. Suppress it or combine categories.")
                    .arg(cell(r, c), fmt(m_profile.pRatio * 100)),
                params);
    }

    void checkRegression()
    {
        qint64 residual = -1;
        if (m_in.spec.observations && m_in.spec.parameters) {
            residual = *m_in.spec.observations - *m_in.spec.parameters;
        } else {
            static const QRegularExpression dofLabel(
                QStringLiteral("(df[ _.]?resid|resid(ual)?[ _.]?df|residual degrees|degrees of freedom)"),
                QRegularExpression::CaseInsensitiveOption);
            for (int r = 0; r < m_in.values.rowCount() && residual < 0; ++r) {
                if (!dofLabel.match(m_in.values.rowLabels.at(r)).hasMatch())
                    continue;
                for (int c = 0; c < m_in.values.columnCount(); ++c) {
                    if (m_in.values.kind(r, c) == CellKind::Number) {
                        residual = static_cast<qint64>(m_in.values.value(r, c));
                        break;
                    }
                }
            }
        }
        if (residual < 0) {
            addTableFinding(
                QStringLiteral("dof"), Outcome::Review,
                QStringLiteral("The residual degrees of freedom of this regression are not declared and "
                               "no row such as 'Df Residuals' was found. Declare the number of "
                               "observations and parameters so the checker can confirm at least %1.")
                    .arg(m_profile.dof));
            return;
        }
        if (residual < m_profile.dof) {
            Finding f =
                make(QStringLiteral("dof"), Outcome::Fail, -1, -1,
                     QStringLiteral("The regression has %1 residual degrees of freedom, fewer than the %2 "
                                    "required: with so few observations per parameter the output is close "
                                    "to the data. Use more observations or fewer parameters.")
                         .arg(residual)
                         .arg(m_profile.dof));
            f.parameters = QJsonObject{{QStringLiteral("dof"), static_cast<double>(residual)},
                                       {QStringLiteral("minimum"), m_profile.dof}};
            m_findings << f;
        }
    }

    const TableInput &m_in;
    const RiskProfile &m_profile;
    QList<Finding> m_findings;
};

} // namespace

bool TableChecker::isTotalLabel(const QString &label)
{
    static const QRegularExpression total(QStringLiteral("^(grand )?(total|totals|all|overall)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return total.match(label.trimmed()).hasMatch();
}

Result<Margins> TableChecker::findMargins(const Table &table, const MarginSpec &spec, const QString &context)
{
    Margins m;
    if (spec.mode == MarginSpec::Mode::Off)
        return m;
    if (spec.mode == MarginSpec::Mode::Named) {
        if (!spec.rowLabel.isEmpty()) {
            m.totalRow = static_cast<int>(table.rowLabels.lastIndexOf(spec.rowLabel));
            if (m.totalRow < 0)
                return makeError(ErrorCode::InvalidSpec,
                                 QStringLiteral("%1.margins.row: the table has no row labelled '%2'.")
                                     .arg(context, spec.rowLabel));
        }
        if (!spec.columnLabel.isEmpty()) {
            m.totalColumn = static_cast<int>(table.columnLabels.lastIndexOf(spec.columnLabel));
            if (m.totalColumn < 0)
                return makeError(ErrorCode::InvalidSpec,
                                 QStringLiteral("%1.margins.column: the table has no column labelled '%2'.")
                                     .arg(context, spec.columnLabel));
        }
        return m;
    }
    for (int r = table.rowCount() - 1; r >= 0 && m.totalRow < 0; --r) {
        if (isTotalLabel(table.rowLabels.at(r)))
            m.totalRow = r;
    }
    for (int c = table.columnCount() - 1; c >= 0 && m.totalColumn < 0; --c) {
        if (isTotalLabel(table.columnLabels.at(c)))
            m.totalColumn = c;
    }
    if (spec.mode == MarginSpec::Mode::On && !m.any())
        return makeError(
            ErrorCode::InvalidSpec,
            QStringLiteral("%1.margins: the spec says the table has totals, but no row or column is "
                           "labelled Total, All or Overall; name them with {\"row\": ..., \"column\": "
                           "...}.")
                .arg(context));
    return m;
}

QList<Finding> TableChecker::check(const TableInput &input, const RiskProfile &profile,
                                   const Margins &margins)
{
    CellRules rules(input, profile);
    rules.run();
    QList<Finding> findings = rules.takeFindings();
    if (margins.any() && isAdditive(input.spec.statistic))
        findings << MarginChecker::check(input, profile, margins);
    return findings;
}

} // namespace srs::sdc
