#include "PopulationSummary.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace srs::sdc {

namespace {

constexpr qsizetype KeyBytes = 16;

// Sums lines by label into keyed, sorted lines.
PopulationLines linesOf(const QStringList &labels, const std::vector<double> &sumsByIndex, int skip)
{
    QHash<QString, qsizetype> slot; // label -> index into the unsorted lists
    QStringList distinct;
    std::vector<double> sums;
    std::vector<int> first;
    for (int i = 0; i < labels.size(); ++i) {
        if (i == skip)
            continue;
        const QString &label = labels.at(i);
        const auto it = slot.constFind(label);
        if (it == slot.cend()) {
            slot.insert(label, distinct.size());
            distinct << label;
            sums.push_back(sumsByIndex[static_cast<std::size_t>(i)]);
            first.push_back(i);
        } else {
            sums[static_cast<std::size_t>(*it)] += sumsByIndex[static_cast<std::size_t>(i)];
        }
    }
    QList<QByteArray> keys;
    keys.reserve(distinct.size());
    for (const QString &label : std::as_const(distinct))
        keys << PopulationSummary::labelKey(label);
    std::vector<qsizetype> order(static_cast<std::size_t>(distinct.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(),
              [&keys](qsizetype x, qsizetype y) { return keys.at(x) < keys.at(y); });
    PopulationLines lines;
    lines.keys.reserve(distinct.size());
    lines.labels.reserve(distinct.size());
    for (const qsizetype i : order) {
        lines.keys << keys.at(i);
        lines.labels << distinct.at(i);
        lines.sums.push_back(sums[static_cast<std::size_t>(i)]);
        lines.firstIndex.push_back(first[static_cast<std::size_t>(i)]);
    }
    return lines;
}

bool smallDifference(double a, double b, int threshold, double &difference)
{
    difference = std::fabs(a - b);
    return difference > 0 && difference < threshold;
}

} // namespace

QString PopulationLines::setKey() const
{
    if (keys.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &k : keys)
        hash.addData(k);
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray PopulationSummary::labelKey(const QString &label)
{
    return QCryptographicHash::hash(label.toUtf8(), QCryptographicHash::Sha256).left(KeyBytes);
}

PopulationSummary PopulationSummary::of(const Table &counts, const Margins &margins,
                                        const QStringList &variables)
{
    PopulationSummary s;
    s.variables = variables;
    const int rowCount = counts.rowCount();
    const int columnCount = counts.columnCount();
    std::vector<double> rowSums(static_cast<std::size_t>(rowCount), 0.0);
    std::vector<double> columnSums(static_cast<std::size_t>(columnCount), 0.0);
    const CellKind *kinds = counts.kindData();
    for (int r = 0; r < rowCount; ++r) {
        if (r == margins.totalRow)
            continue;
        const qsizetype base = counts.index(r, 0);
        double rowSum = 0;
        for (int c = 0; c < columnCount; ++c) {
            if (c == margins.totalColumn)
                continue;
            const qsizetype i = base + c;
            const double n = kinds[i] == CellKind::Number ? counts.valueAt(i) : 0.0;
            rowSum += n;
            columnSums[static_cast<std::size_t>(c)] += n;
        }
        rowSums[static_cast<std::size_t>(r)] = rowSum;
        s.population += rowSum;
    }
    s.rows = linesOf(counts.rowLabels, rowSums, margins.totalRow);
    s.columns = linesOf(counts.columnLabels, columnSums, margins.totalColumn);
    return s;
}

QByteArray PopulationSummary::encodeSums(const std::vector<double> &sums)
{
    QByteArray raw(static_cast<qsizetype>(sums.size() * sizeof(double)), Qt::Uninitialized);
    char *out = raw.data();
    for (const double v : sums) {
        quint64 bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        for (int b = 0; b < 8; ++b)
            *out++ = static_cast<char>((bits >> (8 * b)) & 0xff);
    }
    return raw.toBase64();
}

Result<std::vector<double>> PopulationSummary::decodeSums(const QByteArray &text, qsizetype count)
{
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != count * qsizetype(sizeof(double)))
        return makeError(
            ErrorCode::InvalidSpec,
            QStringLiteral("A stored population summary is damaged (its line sums do not decode)."));
    std::vector<double> sums(static_cast<std::size_t>(count));
    const auto *in = reinterpret_cast<const unsigned char *>(decoded.decoded.constData());
    for (auto &v : sums) {
        quint64 bits = 0;
        for (int b = 0; b < 8; ++b)
            bits |= quint64(*in++) << (8 * b);
        std::memcpy(&v, &bits, sizeof v);
    }
    return sums;
}

QList<PopulationDifference> comparePopulations(const PopulationSummary &a, const PopulationSummary &b,
                                               bool sameRows, bool sameColumns, int threshold)
{
    QList<PopulationDifference> out;
    bool sharedVariables = false;
    for (const QString &v : a.variables)
        sharedVariables = sharedVariables || b.variables.contains(v);
    if (!sameRows && !sameColumns && !sharedVariables)
        return out;
    double d = 0;
    if (smallDifference(a.population, b.population, threshold, d))
        out.append({PopulationDifference::Scope::Table, -1, d});
    // Lines of the same label set are in the same (key) order in both summaries.
    const auto compareLines = [&](const PopulationLines &la, const PopulationLines &lb,
                                  PopulationDifference::Scope scope) {
        if (la.sums.size() < 2 || la.sums.size() != lb.sums.size())
            return; // one line is the whole table, already compared
        for (std::size_t i = 0; i < la.sums.size(); ++i) {
            if (smallDifference(la.sums[i], lb.sums[i], threshold, d))
                out.append({scope, qsizetype(i), d});
        }
    };
    if (sameRows)
        compareLines(a.rows, b.rows, PopulationDifference::Scope::Row);
    if (sameColumns)
        compareLines(a.columns, b.columns, PopulationDifference::Scope::Column);
    return out;
}

QList<PopulationDifference> comparePopulations(const PopulationSummary &a, const PopulationSummary &b,
                                               int threshold)
{
    const bool sameRows = !a.rows.keys.isEmpty() && a.rows.keys == b.rows.keys;
    const bool sameColumns = !a.columns.keys.isEmpty() && a.columns.keys == b.columns.keys;
    return comparePopulations(a, b, sameRows, sameColumns, threshold);
}

} // namespace srs::sdc
