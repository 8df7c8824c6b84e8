#include "TableChecker.h"

#include "MarginChecker.h"

#include <QRegularExpression>

#include <cmath>

namespace srs::sdc {

namespace {

// Boundaries are exact as written in decimal: a relative tolerance keeps 0.85 x 100 = 85.
constexpr double Tolerance = 1e-9;

class CellRules
{
public:
    CellRules(const TableInput &input, const RiskProfile &profile, QList<Finding> &findings,
              CellFindings &cells)
        : m_in(input), m_profile(profile), m_acro(profile.rules == RuleSet::Acro), m_findings(findings),
          m_cells(cells)
    {}

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
        if (stat == Statistic::Percentage && m_acro) {
            proportionPass(rows, columns);
            return;
        }
        if (stat == Statistic::Frequency || stat == Statistic::Percentage) {
            // Only a count below the threshold (zero included) can give a finding here: find
            // those cells in one pass over the flat storage.
            if (const std::int32_t *ints = m_in.counts.intData())
                frequencyPass(ints, columns);
            else
                frequencyPass(m_in.counts.doubleData(), columns);
            return;
        }
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c)
                checkCell(r, c);
        }
        if (m_acro && m_sawNegative) {
            // ACRO 1.0.1 (acro_tables.py, get_summary): a table with negative values is "review",
            // whatever else its masks hold; the other rules' cells are still counted.
            for (qsizetype i = 0; i < m_cells.size(); ++i)
                m_cells.setOutcome(i, Outcome::Review);
        }
    }

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

    // One pass over the flat storage of the counts: only a count below the threshold (zero
    // included) can give a finding in a frequency or percentage table.
    template <typename Number>
    void frequencyPass(const Number *counts, int columns)
    {
        const CellKind *countKinds = m_in.counts.kindData();
        const CellKind *kinds = m_in.values.kindData();
        const double threshold = m_profile.threshold;
        const qsizetype n = m_in.values.cellCount();
        int r = 0;
        qsizetype rowStart = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double count = countKinds[i] == CellKind::Number ? static_cast<double>(counts[i]) : 0.0;
            if (count < threshold && kinds[i] != CellKind::Marker) {
                while (i - rowStart >= columns) {
                    rowStart += columns;
                    ++r;
                }
                checkFrequencyCell(r, static_cast<int>(i - rowStart), count);
            }
        }
    }

    // ACRO 1.0.1 (acro_tables.py, create_crosstab_masks, frequency branch): a crosstab made with
    // `normalize` is compared with the threshold as pandas normalised it, a proportion of at most
    // 1, not as counts; the totals ("All") are normalised and compared too, and a cell pandas left
    // empty reads 0. A percentage table shows proportion x 100. Under the default threshold
    // every cell fails; the counts are not judged. Markers are already suppressed (rule 8).
    void proportionPass(int rows, int columns)
    {
        const double threshold = m_profile.threshold;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                if (m_in.values.kind(r, c) == CellKind::Marker)
                    continue;
                const double shown = m_in.values.numberOrZero(r, c);
                const double proportion = shown / 100.0;
                if (proportion < threshold)
                    m_cells.add(CellRule::Proportion, Outcome::Fail, r, c, {shown, proportion});
            }
        }
    }

    // Frequency and percentage tables: the count is below the threshold, the cell not a marker.
    void checkFrequencyCell(int r, int c, double count)
    {
        if (m_acro) {
            // ACRO 1.0.1 (acro_tables.py, create_crosstab_masks, frequency branch): the mask is
            // count < threshold, zeros included; zeros_are_disclosive plays no part here.
            m_cells.add(CellRule::Threshold, Outcome::Fail, r, c, {count});
        } else if (count == 0) {
            if (m_profile.zerosDisclosive)
                m_cells.add(CellRule::Zero, Outcome::Review, r, c, {count});
        } else {
            m_cells.add(CellRule::Threshold, Outcome::Fail, r, c, {count});
        }
    }

    void checkCell(int r, int c)
    {
        if (m_in.values.kind(r, c) == CellKind::Marker)
            return; // rule 8: already suppressed; its margins are checked separately
        const Statistic stat = m_in.spec.statistic;
        const double count = m_in.counts.numberOrZero(r, c);
        const int threshold = m_profile.threshold;

        if (m_acro) {
            checkAcroCell(r, c, count);
            return;
        }
        if (stat == Statistic::Median || stat == Statistic::Percentile) {
            if (count <= 1)
                m_cells.add(CellRule::OneObservation, Outcome::Fail, r, c, {count});
            else if (count < threshold)
                m_cells.add(CellRule::FewObservations, Outcome::Review, r, c, {count});
        } else if (count < threshold) {
            m_cells.add(CellRule::Threshold, Outcome::Fail, r, c, {count});
        }

        if (stat == Statistic::Std || stat == Statistic::Variance) {
            const double dof = count - 1;
            if (dof < m_profile.dof)
                m_cells.add(CellRule::Dof, Outcome::Fail, r, c, {dof, count});
        }
        if (stat == Statistic::Mode && m_in.distinct && count > 0 &&
            m_in.distinct->kind(r, c) == CellKind::Number && m_in.distinct->value(r, c) == 1)
            m_cells.add(CellRule::AllValuesEqual, Outcome::Fail, r, c, {count});
        if (isMagnitude(stat))
            checkDominance(r, c, count);
    }

    // ACRO 1.0.1's masks for a table of values (acro_tables.py, create_crosstab_masks with an
    // aggfunc): mode tables get only all-values-are-same; every other statistic gets threshold
    // (count < threshold, zeros included) and, where the contributions are known, negative,
    // p-ratio and nk-rule, each judged on every cell.
    void checkAcroCell(int r, int c, double count)
    {
        const Statistic stat = m_in.spec.statistic;
        if (stat == Statistic::Mode) {
            if (m_in.distinct && count > 0 && m_in.distinct->kind(r, c) == CellKind::Number &&
                m_in.distinct->value(r, c) == 1)
                m_cells.add(CellRule::AllValuesEqual, Outcome::Fail, r, c, {count});
            return;
        }
        if (count < m_profile.threshold)
            m_cells.add(CellRule::Threshold, Outcome::Fail, r, c, {count});
        if (!isMagnitude(stat) && !(m_in.top1 && m_in.top2))
            return;
        const double value = m_in.values.numberOrZero(r, c);
        const double x1 = m_in.top1 ? m_in.top1->numberOrZero(r, c) : 0.0;
        const double x2 = m_in.top2 ? m_in.top2->numberOrZero(r, c) : 0.0;
        const double total = cellTotal(r, c, value, count);
        if (value < 0 || x1 < 0 || x2 < 0 || total < 0) {
            m_cells.add(CellRule::Negative, Outcome::Review, r, c, {value, x1, x2, total});
            m_sawNegative = true;
        }
        // agg_p_percent: a cell whose total is not positive, or of at most one contribution,
        // fails when zeros_are_disclosive; else (total - x1 - x2) / x1 < p, exactly as divided.
        bool pFails = false;
        if (total <= 0.0 || count <= 1)
            pFails = m_profile.zerosDisclosive;
        else
            pFails = (total - x1 - x2) / x1 < m_profile.pRatio;
        // agg_nk: only when the total is positive; the top N over the total, strictly above k.
        const double top = m_profile.nkN >= 2 ? x1 + x2 : x1;
        if (total > 0 && top / total > m_profile.nkK)
            m_cells.add(CellRule::DominanceNk, Outcome::Fail, r, c, {x1, x2, total});
        if (pFails)
            m_cells.add(CellRule::PRatio, Outcome::Fail, r, c, {x1, x2, total});
    }

    double cellTotal(int r, int c, double value, double count) const
    {
        if (m_in.total)
            return m_in.total->numberOrZero(r, c);
        if (m_in.spec.statistic == Statistic::Mean)
            return value * count;
        return value;
    }

    void checkDominance(int r, int c, double count)
    {
        const double value = m_in.values.numberOrZero(r, c);
        const double x1 = m_in.top1 ? m_in.top1->numberOrZero(r, c) : 0.0;
        const double x2 = m_in.top2 ? m_in.top2->numberOrZero(r, c) : 0.0;
        const double total = cellTotal(r, c, value, count);
        if (value < 0 || x1 < 0 || x2 < 0 || total < 0) {
            m_cells.add(CellRule::Negative, Outcome::Review, r, c, {value, x1, x2, total});
            return; // N-K and p% are not judged on this cell
        }
        if (total <= 0)
            return;
        const double top = m_profile.nkN >= 2 ? x1 + x2 : x1;
        const double limit = m_profile.nkK * total;
        if (top >= limit - Tolerance * total)
            m_cells.add(CellRule::DominanceNk, Outcome::Fail, r, c, {x1, x2, total});
        const double rest = total - x1 - x2;
        if (rest < m_profile.pRatio * x1 - Tolerance * total)
            m_cells.add(CellRule::PRatio, Outcome::Fail, r, c, {x1, x2, total});
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
    const bool m_acro;
    bool m_sawNegative = false;
    QList<Finding> &m_findings;
    CellFindings &m_cells;
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

void TableChecker::check(const TableInput &input, const RiskProfile &profile, const Margins &margins,
                         QList<Finding> &findings, CellFindings &cells)
{
    cells.setContext(CellFindings::Context{input.spec.file, input.spec.sheet, input.values.labelsOnly(),
                                           input.spec.statistic, input.spec.weighted, profile});
    CellRules rules(input, profile, findings, cells);
    rules.run();
    // ACRO has no rule for totals (SDC-RULES.md, rule 6).
    if (margins.any() && isAdditive(input.spec.statistic) && profile.rules != RuleSet::Acro)
        findings << MarginChecker::check(input, profile, margins);
}

QList<Finding> TableChecker::check(const TableInput &input, const RiskProfile &profile,
                                   const Margins &margins)
{
    QList<Finding> findings;
    CellFindings cells;
    check(input, profile, margins, findings, cells);
    QList<Finding> all;
    all.reserve(cells.size() + findings.size());
    for (qsizetype i = 0; i < cells.size(); ++i)
        all << cells.finding(i);
    all << findings;
    return all;
}

} // namespace srs::sdc
