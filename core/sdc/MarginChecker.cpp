#include "MarginChecker.h"

#include <QJsonArray>

#include <limits>
#include <utility>

namespace srs::sdc {

namespace {

using Cell = std::pair<int, int>;

class LineChecker
{
public:
    LineChecker(const TableInput &input, const RiskProfile &profile) : m_in(input), m_profile(profile) {}

    // `cells`: the cells of one row or column (without its total); `totalCell`: its total;
    // `lineName`: "row 'Cardiff'".
    void checkLine(const QList<Cell> &cells, Cell totalCell, const QString &lineName)
    {
        if (m_in.values.kind(totalCell.first, totalCell.second) != CellKind::Number)
            return; // a suppressed or blank total reveals nothing
        QList<Cell> unsafe;
        for (const Cell &c : cells) {
            if (isUnsafe(c))
                unsafe << c;
        }
        if (unsafe.isEmpty())
            return;
        if (unsafe.size() == 1) {
            reportSingle(unsafe.first(), cells, totalCell, lineName);
            return;
        }
        double sum = 0;
        for (const Cell &c : unsafe)
            sum += count(c);
        if (sum > 0 && sum < m_profile.threshold)
            reportGroup(unsafe, cells, totalCell, lineName, sum);
    }

    QList<Finding> takeFindings() { return std::move(m_findings); }

private:
    double count(Cell c) const { return m_in.counts.numberOrZero(c.first, c.second); }
    bool isMarker(Cell c) const { return m_in.values.kind(c.first, c.second) == CellKind::Marker; }
    bool isUnsafe(Cell c) const
    {
        const double n = count(c);
        return isMarker(c) || (n > 0 && n < m_profile.threshold);
    }
    QString name(Cell c) const { return m_in.values.cellName(c.first, c.second); }
    QString upper(QString s) const
    {
        if (!s.isEmpty())
            s[0] = s[0].toUpper();
        return s;
    }

    // The safe, non-zero cell of the line with the smallest count: suppressing it as well
    // costs the least information.
    std::optional<Cell> complementFor(const QList<Cell> &cells, const QList<Cell> &exclude) const
    {
        std::optional<Cell> best;
        double bestCount = std::numeric_limits<double>::infinity();
        for (const Cell &c : cells) {
            if (exclude.contains(c) || isUnsafe(c) || count(c) <= 0 ||
                m_in.values.kind(c.first, c.second) != CellKind::Number)
                continue;
            if (count(c) < bestCount) {
                bestCount = count(c);
                best = c;
            }
        }
        return best;
    }

    QString describeUnsafe(Cell c) const
    {
        if (isMarker(c))
            return QStringLiteral("%1 is suppressed (%2)")
                .arg(name(c), m_in.values.marker(c.first, c.second));
        return QStringLiteral("%1 is below the threshold").arg(name(c));
    }

    Finding make(Cell at, const QString &message, const std::optional<Cell> &complement, Cell totalCell,
                 const QString &lineName)
    {
        Finding f;
        f.rule = QStringLiteral("margin-differencing");
        f.outcome = Outcome::Fail;
        f.file = m_in.spec.file;
        f.sheet = m_in.spec.sheet;
        f.row = m_in.values.rowLabels.value(at.first);
        f.column = m_in.values.columnLabels.value(at.second);
        f.rowIndex = at.first;
        f.columnIndex = at.second;
        f.fileRow = m_in.values.fileRow(at.first);
        f.fileColumn = m_in.values.fileColumn(at.second);
        f.message = message;
        QJsonArray complementary;
        if (complement)
            complementary << QJsonObject{
                {QStringLiteral("row"), m_in.values.rowLabels.value(complement->first)},
                {QStringLiteral("column"), m_in.values.columnLabels.value(complement->second)},
                {QStringLiteral("cell"), Table::cellReference(m_in.values.fileRow(complement->first),
                                                              m_in.values.fileColumn(complement->second))}};
        f.parameters =
            QJsonObject{{QStringLiteral("line"), lineName},
                        {QStringLiteral("total_row"), m_in.values.rowLabels.value(totalCell.first)},
                        {QStringLiteral("total_column"), m_in.values.columnLabels.value(totalCell.second)},
                        {QStringLiteral("complementary"), complementary}};
        return f;
    }

    void reportSingle(Cell cell, const QList<Cell> &cells, Cell totalCell, const QString &lineName)
    {
        const auto complement = complementFor(cells, {cell});
        const QString fix = complement
                                ? QStringLiteral("Also suppress %1 (complementary suppression), or remove "
                                                 "the total.")
                                      .arg(name(*complement))
                                : QStringLiteral("No other cell of %1 can hide it: remove or suppress the "
                                                 "total.")
                                      .arg(lineName);
        m_findings << make(
            cell,
            QStringLiteral("%1, and it is the only unsafe cell of %2, whose total (%3) is shown: "
                           "subtracting the other cells from the total recovers it. %4")
                .arg(upper(describeUnsafe(cell)), lineName, name(totalCell), fix),
            complement, totalCell, lineName);
    }

    void reportGroup(const QList<Cell> &unsafe, const QList<Cell> &cells, Cell totalCell,
                     const QString &lineName, double sum)
    {
        QStringList names;
        for (const Cell &c : unsafe)
            names << name(c);
        const auto complement = complementFor(cells, unsafe);
        const QString fix =
            complement ? QStringLiteral("Also suppress %1, or remove the total.").arg(name(*complement))
                       : QStringLiteral("Remove or suppress the total.");
        m_findings << make(
            unsafe.first(),
            QStringLiteral("The unsafe cells of %1 (%2) together hold %3 records, fewer than %4, and "
                           "the total (%5) reveals their sum. %6")
                .arg(lineName, names.join(QStringLiteral("; ")))
                .arg(sum)
                .arg(m_profile.threshold)
                .arg(name(totalCell), fix),
            complement, totalCell, lineName);
    }

    const TableInput &m_in;
    const RiskProfile &m_profile;
    QList<Finding> m_findings;
};

} // namespace

QList<Finding> MarginChecker::check(const TableInput &input, const RiskProfile &profile,
                                    const Margins &margins)
{
    LineChecker checker(input, profile);
    const Table &t = input.values;
    if (margins.totalColumn >= 0) {
        for (int r = 0; r < t.rowCount(); ++r) {
            QList<Cell> cells;
            for (int c = 0; c < t.columnCount(); ++c) {
                if (c != margins.totalColumn)
                    cells << Cell{r, c};
            }
            checker.checkLine(cells, Cell{r, margins.totalColumn}, t.rowName(r));
        }
    }
    if (margins.totalRow >= 0) {
        for (int c = 0; c < t.columnCount(); ++c) {
            QList<Cell> cells;
            for (int r = 0; r < t.rowCount(); ++r) {
                if (r != margins.totalRow)
                    cells << Cell{r, c};
            }
            checker.checkLine(cells, Cell{margins.totalRow, c}, t.columnName(c));
        }
    }
    return checker.takeFindings();
}

} // namespace srs::sdc
