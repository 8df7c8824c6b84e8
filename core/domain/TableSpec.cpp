#include "TableSpec.h"

#include <QRegularExpression>

namespace srs::domain {

QString statisticName(Statistic s)
{
    switch (s) {
    case Statistic::Frequency:
        return QStringLiteral("frequency");
    case Statistic::Percentage:
        return QStringLiteral("percentage");
    case Statistic::Sum:
        return QStringLiteral("sum");
    case Statistic::Mean:
        return QStringLiteral("mean");
    case Statistic::Median:
        return QStringLiteral("median");
    case Statistic::Percentile:
        return QStringLiteral("percentile");
    case Statistic::Min:
        return QStringLiteral("min");
    case Statistic::Max:
        return QStringLiteral("max");
    case Statistic::Mode:
        return QStringLiteral("mode");
    case Statistic::Std:
        return QStringLiteral("std");
    case Statistic::Variance:
        return QStringLiteral("variance");
    case Statistic::Ratio:
        return QStringLiteral("ratio");
    case Statistic::Regression:
        return QStringLiteral("regression");
    }
    return QString();
}

bool parseStatistic(const QString &input, Statistic &statistic, double &percentile)
{
    const QString t = input.trimmed().toLower();
    static const QRegularExpression pct(QStringLiteral("^(percentile|p)\\s*\\(\\s*(\\d+(\\.\\d+)?)\\s*\\)$"));
    if (const auto m = pct.match(t); m.hasMatch()) {
        const double p = m.captured(2).toDouble();
        if (p <= 0.0 || p >= 100.0)
            return false;
        statistic = Statistic::Percentile;
        percentile = p;
        return true;
    }
    struct Name
    {
        const char *text;
        Statistic statistic;
    };
    static constexpr Name names[] = {{"frequency", Statistic::Frequency},
                                     {"count", Statistic::Frequency},
                                     {"freq", Statistic::Frequency},
                                     {"percentage", Statistic::Percentage},
                                     {"percent", Statistic::Percentage},
                                     {"sum", Statistic::Sum},
                                     {"total", Statistic::Sum},
                                     {"mean", Statistic::Mean},
                                     {"average", Statistic::Mean},
                                     {"median", Statistic::Median},
                                     {"percentile", Statistic::Percentile},
                                     {"min", Statistic::Min},
                                     {"minimum", Statistic::Min},
                                     {"max", Statistic::Max},
                                     {"maximum", Statistic::Max},
                                     {"mode", Statistic::Mode},
                                     {"std", Statistic::Std},
                                     {"sd", Statistic::Std},
                                     {"stdev", Statistic::Std},
                                     {"variance", Statistic::Variance},
                                     {"var", Statistic::Variance},
                                     {"ratio", Statistic::Ratio},
                                     {"regression", Statistic::Regression}};
    for (const Name &n : names) {
        if (t == QLatin1String(n.text)) {
            statistic = n.statistic;
            if (statistic == Statistic::Median)
                percentile = 50.0;
            return true;
        }
    }
    return false;
}

bool isMagnitude(Statistic s)
{
    return s == Statistic::Sum || s == Statistic::Mean || s == Statistic::Ratio;
}

bool isAdditive(Statistic s)
{
    return s == Statistic::Frequency || s == Statistic::Percentage || s == Statistic::Sum;
}

QString TableSpec::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (!sheet.isEmpty())
        return QStringLiteral("%1 (sheet '%2')").arg(file, sheet);
    return file;
}

QStringList TableSpec::companionFiles() const
{
    QStringList out;
    for (const CompanionSource *c : {&counts, &top1, &top2, &total, &distinct}) {
        if (!c->file.isEmpty() && !out.contains(c->file))
            out << c->file;
    }
    return out;
}

QString TableSpec::sheetFor(const QString &path) const
{
    if (path == file || file.isEmpty())
        return sheet;
    for (const CompanionSource *c : {&counts, &top1, &top2, &total, &distinct}) {
        if (c->file == path)
            return c->sheet;
    }
    return sheet;
}

} // namespace srs::domain
