#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace srs::domain {

// What one table of an output is and how to check it: the table spec of docs/sdc.md, as one
// typed value for the whole way from the wizard to the checker. Its JSON form (the spec files of
// `srs-sdc` and the `tables` of a request) is read and written by core/sdc's TableSpecJson, which
// names the field at fault; a value here may be incomplete (a draft), and a parsed one is valid.

enum class Statistic
{
    Frequency,
    Percentage,
    Sum,
    Mean,
    Median,
    Percentile,
    Min,
    Max,
    Mode,
    Std,
    Variance,
    Ratio,
    Regression,
};

[[nodiscard]] QString statisticName(Statistic s);
// "frequency", "mean", "percentile(90)", "sd" ... ; false for anything else.
[[nodiscard]] bool parseStatistic(const QString &text, Statistic &statistic, double &percentile);
// Magnitude statistics get the dominance rules and need top1/top2 companions.
[[nodiscard]] bool isMagnitude(Statistic s);
// Statistics whose cells add up along a row or column, so totals allow differencing.
[[nodiscard]] bool isAdditive(Statistic s);

// Which leading rows and columns of a sheet hold labels rather than values.
struct TableLayout
{
    int labelRows = 1;
    int labelColumns = 1;
    friend bool operator==(const TableLayout &, const TableLayout &) = default;
};

// Where a companion table is: another file (and sheet) of the same shape and labels, or,
// for counts only, a column of the table itself.
struct CompanionSource
{
    QString file;
    QString sheet;
    QString column; // counts given as a column of the table (its label)

    [[nodiscard]] bool isSet() const { return !file.isEmpty() || !column.isEmpty(); }
    friend bool operator==(const CompanionSource &, const CompanionSource &) = default;
};

struct MarginSpec
{
    enum class Mode
    {
        Auto, // a row or column labelled Total/All/Overall is a margin
        Off,
        On,   // as Auto, but an error when no margin is found
        Named // the row and/or column with the labels given
    };
    Mode mode = Mode::Auto;
    QString rowLabel;    // Named: the label of the total row ("" for none)
    QString columnLabel; // Named: the label of the total column
    friend bool operator==(const MarginSpec &, const MarginSpec &) = default;
};

// What the wizard (or a spec file) says about one table to check. See docs/sdc.md.
struct TableSpec
{
    QString name; // optional; defaults to the file (and sheet)
    QString file;
    QString sheet;
    TableLayout layout;
    Statistic statistic = Statistic::Frequency;
    double percentile = 50.0;
    CompanionSource counts; // required, except for regression output
    CompanionSource top1;   // sum, mean and ratio tables
    CompanionSource top2;
    CompanionSource total;    // ratio tables
    CompanionSource distinct; // mode tables: number of distinct values per cell
    bool weighted = false;
    MarginSpec margins;
    QString dataset;
    QStringList variables;
    std::optional<qint64> observations; // regression: N
    std::optional<qint64> parameters;   // regression: number of estimated parameters

    [[nodiscard]] QString displayName() const;
    // The companion files named (counts, top1, top2, total, distinct, in that order), each once.
    [[nodiscard]] QStringList companionFiles() const;
    // The sheet to read `path` with: the table's own, or a companion's when `path` is one.
    [[nodiscard]] QString sheetFor(const QString &path) const;
    friend bool operator==(const TableSpec &, const TableSpec &) = default;
};

} // namespace srs::domain
