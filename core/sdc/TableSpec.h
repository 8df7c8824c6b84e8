#pragma once

#include "Result.h"
#include "Table.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace srs::sdc {

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
    CompanionSource top1;
    CompanionSource top2;
    CompanionSource total;
    CompanionSource distinct; // mode tables: number of distinct values per cell
    bool weighted = false;
    MarginSpec margins;
    QString dataset;
    QStringList variables;
    std::optional<qint64> observations; // regression: N
    std::optional<qint64> parameters;   // regression: number of estimated parameters

    [[nodiscard]] QString displayName() const;
    // Validates one table object; `context` ("tables[2]") prefixes every message.
    [[nodiscard]] static Result<TableSpec> fromJson(const QJsonObject &object, const QString &context);
    // A spec file: one table object, or {"tables": [ ... ]} (optionally with a "dataset"
    // that tables without their own inherit).
    [[nodiscard]] static Result<QList<TableSpec>> parseDocument(const QByteArray &json);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace srs::sdc
