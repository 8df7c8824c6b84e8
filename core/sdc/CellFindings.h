#pragma once

#include "Finding.h"
#include "RiskProfile.h"
#include "Table.h"
#include "TableSpec.h"

#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <deque>
#include <initializer_list>

namespace srs::sdc {

// The per-cell table rules. A table of a million cells can give a hundred thousand findings,
// so they are kept compact (rule, outcome, cell, the numbers the rule used) and turned into
// words only when someone reads them: a Finding with its message, a line of the text report,
// an entry of the JSON report.
enum class CellRule : std::uint8_t
{
    Threshold,       // count < threshold: fail
    Proportion,      // ACRO's rules, percentage table: shown value / 100 < threshold: fail ("threshold")
    Zero,            // count 0 in a frequency table: review
    OneObservation,  // median/percentile from at most one observation: unsafe-statistic, fail
    FewObservations, // median/percentile from fewer than the threshold: unsafe-statistic, review
    Dof,             // std/variance: count - 1 < dof
    AllValuesEqual,  // mode with one distinct value: unsafe-statistic, fail
    Negative,        // a negative value, total or contribution: review
    DominanceNk,     // top N >= k x total (> for ACRO's rules)
    PRatio,          // total - x1 - x2 < p x x1
};

class CellFindings
{
public:
    // What every finding of one table shares: where it comes from and how it was judged.
    struct Context
    {
        QString file;
        QString sheet;
        Table labels; // the table's labels and file positions, without its cells
        Statistic statistic = Statistic::Frequency;
        bool weighted = false;
        RiskProfile profile;
    };

    void setContext(Context context) { m_context = std::move(context); }
    [[nodiscard]] const Context &context() const { return m_context; }

    // `values`: Threshold, Zero, OneObservation, FewObservations, AllValuesEqual: the count;
    // Proportion: the value shown, the proportion (value / 100);
    // Dof: dof, count; Negative: value, top1, top2, total; DominanceNk, PRatio: top1, top2, total.
    void add(CellRule rule, Outcome outcome, int row, int column, std::initializer_list<double> values);
    void setOutcome(qsizetype i, Outcome outcome)
    {
        m_records[static_cast<std::size_t>(i)].outcome = outcome;
    }

    [[nodiscard]] qsizetype size() const { return static_cast<qsizetype>(m_records.size()); }
    [[nodiscard]] bool isEmpty() const { return m_records.empty(); }
    [[nodiscard]] CellRule rule(qsizetype i) const { return record(i).rule; }
    [[nodiscard]] Outcome outcome(qsizetype i) const { return record(i).outcome; }
    [[nodiscard]] int row(qsizetype i) const { return record(i).row; }
    [[nodiscard]] int column(qsizetype i) const { return record(i).column; }
    // The rule's numbers, as given to add().
    [[nodiscard]] std::array<double, 4> values(qsizetype i) const
    {
        std::array<double, 4> v{};
        const std::size_t first = record(i).firstValue;
        const int n = valueCount(rule(i));
        for (int k = 0; k < n; ++k)
            v[static_cast<std::size_t>(k)] = m_values[first + static_cast<std::size_t>(k)];
        return v;
    }

    // The whole finding, message and parameters included.
    [[nodiscard]] Finding finding(qsizetype i) const;
    // The message a Finding carries: the cell, what is wrong, what would fix it.
    [[nodiscard]] QString message(qsizetype i) const;
    // The numbers as JSON: the rule's values and the profile's numbers it used.
    [[nodiscard]] QJsonObject parameters(qsizetype i) const;
    // Calls f(QLatin1StringView name, double value) for each of parameters(i), without building it.
    template <typename F>
    void forEachParameter(qsizetype i, F &&f) const
    {
        const CellRule r = rule(i);
        const std::array<double, 4> v = values(i);
        const RiskProfile &p = m_context.profile;
        switch (r) {
        case CellRule::Threshold:
        case CellRule::Zero:
        case CellRule::OneObservation:
        case CellRule::FewObservations:
            f(QLatin1StringView("count"), v[0]);
            f(QLatin1StringView("threshold"), static_cast<double>(p.threshold));
            return;
        case CellRule::Proportion:
            f(QLatin1StringView("value"), v[0]);
            f(QLatin1StringView("proportion"), v[1]);
            f(QLatin1StringView("threshold"), static_cast<double>(p.threshold));
            return;
        case CellRule::Dof:
            f(QLatin1StringView("dof"), v[0]);
            f(QLatin1StringView("minimum"), static_cast<double>(p.dof));
            return;
        case CellRule::AllValuesEqual:
            f(QLatin1StringView("distinct"), 1.0);
            f(QLatin1StringView("count"), v[0]);
            return;
        case CellRule::Negative:
            f(QLatin1StringView("value"), v[0]);
            f(QLatin1StringView("top1"), v[1]);
            f(QLatin1StringView("top2"), v[2]);
            f(QLatin1StringView("total"), v[3]);
            return;
        case CellRule::DominanceNk:
        case CellRule::PRatio:
            f(QLatin1StringView("top1"), v[0]);
            f(QLatin1StringView("top2"), v[1]);
            f(QLatin1StringView("total"), v[2]);
            f(QLatin1StringView("n"), static_cast<double>(p.nkN));
            f(QLatin1StringView("k"), p.nkK);
            f(QLatin1StringView("p"), p.pRatio);
            return;
        }
    }
    // The numbers of one cell in a few words: "7 records", "top 2: 93.1 % of the total".
    [[nodiscard]] QString detail(qsizetype i) const;
    // What the rule means and what would fix it, said once for all its cells.
    [[nodiscard]] QString explanation(CellRule rule, Outcome outcome) const;

    [[nodiscard]] static QString ruleName(CellRule rule);
    // How many numbers add() takes for the rule.
    [[nodiscard]] static int valueCount(CellRule rule);

private:
    struct Record
    {
        CellRule rule;
        Outcome outcome;
        int row;
        int column;
        std::uint32_t firstValue;
    };
    [[nodiscard]] const Record &record(qsizetype i) const { return m_records[static_cast<std::size_t>(i)]; }
    [[nodiscard]] QString cellName(qsizetype i) const;

    Context m_context;
    // Deques grow by blocks: a hundred thousand findings are never copied to grow.
    std::deque<Record> m_records;
    std::deque<double> m_values;
};

} // namespace srs::sdc
