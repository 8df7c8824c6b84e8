#include "TableSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>
#include <tuple>

namespace srs::sdc {

namespace {

Error specError(const QString &context, const QString &field, const QString &what)
{
    const QString where = field.isEmpty() ? context : context + QLatin1Char('.') + field;
    Error e = makeError(ErrorCode::InvalidSpec, where + QStringLiteral(": ") + what);
    e.field = where;
    return e;
}

const QStringList &knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("name"),         QStringLiteral("file"),          QStringLiteral("sheet"),
        QStringLiteral("label_rows"),   QStringLiteral("label_columns"), QStringLiteral("statistic"),
        QStringLiteral("counts"),       QStringLiteral("top1"),          QStringLiteral("top2"),
        QStringLiteral("total"),        QStringLiteral("distinct"),      QStringLiteral("weighted"),
        QStringLiteral("margins"),      QStringLiteral("dataset"),       QStringLiteral("variables"),
        QStringLiteral("observations"), QStringLiteral("parameters"),    QStringLiteral("percentile")};
    return keys;
}

std::optional<Error> readCompanion(const QJsonObject &o, const QString &key, const QString &context,
                                   bool allowColumn, CompanionSource &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isString()) {
        out.file = v.toString().trimmed();
        if (out.file.isEmpty())
            return specError(context, key, QStringLiteral("the file name is empty."));
        return std::nullopt;
    }
    if (!v.isObject())
        return specError(
            context, key,
            QStringLiteral("must be a file name or an object such as {\"file\": \"counts.csv\"}."));
    const QJsonObject c = v.toObject();
    for (auto it = c.begin(); it != c.end(); ++it) {
        const bool known = it.key() == QLatin1String("file") || it.key() == QLatin1String("sheet") ||
                           (allowColumn && it.key() == QLatin1String("column"));
        if (!known)
            return specError(context, key + QLatin1Char('.') + it.key(), QStringLiteral("unknown field."));
        if (!it.value().isString())
            return specError(context, key + QLatin1Char('.') + it.key(), QStringLiteral("must be a string."));
    }
    out.file = c.value(QLatin1String("file")).toString().trimmed();
    out.sheet = c.value(QLatin1String("sheet")).toString();
    out.column = c.value(QLatin1String("column")).toString().trimmed();
    if (out.file.isEmpty() && out.column.isEmpty())
        return specError(context, key,
                         allowColumn
                             ? QStringLiteral("give \"file\" (a companion table) or \"column\" (a column "
                                              "of the table that holds the counts).")
                             : QStringLiteral("give \"file\"."));
    if (!out.file.isEmpty() && !out.column.isEmpty())
        return specError(context, key, QStringLiteral("give either \"file\" or \"column\", not both."));
    return std::nullopt;
}

QJsonValue companionJson(const CompanionSource &c)
{
    if (!c.isSet())
        return QJsonValue();
    QJsonObject o;
    if (!c.file.isEmpty())
        o.insert(QStringLiteral("file"), c.file);
    if (!c.sheet.isEmpty())
        o.insert(QStringLiteral("sheet"), c.sheet);
    if (!c.column.isEmpty())
        o.insert(QStringLiteral("column"), c.column);
    return o;
}

std::optional<Error> readCount(const QJsonObject &o, const QString &key, const QString &context,
                               qint64 minimum, std::optional<qint64> &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != std::floor(d) || d < static_cast<double>(minimum) || d > 1e15)
        return specError(context, key, QStringLiteral("must be a whole number of at least %1.").arg(minimum));
    out = static_cast<qint64>(d);
    return std::nullopt;
}

} // namespace

Result<TableSpec> tableSpecFromJson(const QJsonObject &o, const QString &context)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            return specError(context, it.key(),
                             QStringLiteral("unknown field (the fields are %1).")
                                 .arg(knownKeys().join(QStringLiteral(", "))));
    }
    TableSpec s;
    auto stringField = [&](const char *key, QString &out) -> std::optional<Error> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            return specError(context, QLatin1String(key), QStringLiteral("must be a string."));
        out = v.toString();
        return std::nullopt;
    };
    for (auto [key, target] : {std::pair{"name", &s.name}, std::pair{"file", &s.file},
                               std::pair{"sheet", &s.sheet}, std::pair{"dataset", &s.dataset}}) {
        if (auto e = stringField(key, *target))
            return *e;
    }
    s.file = s.file.trimmed();
    if (s.file.isEmpty())
        return specError(context, QStringLiteral("file"),
                         QStringLiteral("is required: the file that holds the table."));

    for (auto [key, target] :
         {std::pair{"label_rows", &s.layout.labelRows}, std::pair{"label_columns", &s.layout.labelColumns}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != std::floor(d) || d < 0 || d > 20)
            return specError(context, QLatin1String(key),
                             QStringLiteral("must be a whole number from 0 to 20."));
        *target = static_cast<int>(d);
    }

    const QJsonValue stat = o.value(QLatin1String("statistic"));
    if (!stat.isString())
        return specError(context, QStringLiteral("statistic"),
                         QStringLiteral("is required: one of frequency, percentage, sum, mean, median, "
                                        "percentile(p), min, max, mode, std, variance, ratio, regression."));
    if (!parseStatistic(stat.toString(), s.statistic, s.percentile))
        return specError(context, QStringLiteral("statistic"),
                         QStringLiteral("\"%1\" is not a statistic the checker knows; use one of frequency, "
                                        "percentage, sum, mean, median, percentile(p), min, max, mode, std, "
                                        "variance, ratio, regression.")
                             .arg(stat.toString()));
    if (o.contains(QLatin1String("percentile"))) {
        const double p = o.value(QLatin1String("percentile")).toDouble(-1.0);
        if (s.statistic != Statistic::Percentile || p <= 0.0 || p >= 100.0)
            return specError(context, QStringLiteral("percentile"),
                             QStringLiteral("must be between 0 and 100, with statistic \"percentile\"."));
        s.percentile = p;
    }

    if (auto e = readCompanion(o, QStringLiteral("counts"), context, true, s.counts))
        return *e;
    for (auto [key, target] : {std::pair{"top1", &s.top1}, std::pair{"top2", &s.top2},
                               std::pair{"total", &s.total}, std::pair{"distinct", &s.distinct}}) {
        if (auto e = readCompanion(o, QLatin1String(key), context, false, *target))
            return *e;
    }

    if (const QJsonValue w = o.value(QLatin1String("weighted")); !w.isUndefined()) {
        if (!w.isBool())
            return specError(context, QStringLiteral("weighted"), QStringLiteral("must be true or false."));
        s.weighted = w.toBool();
    }

    const QJsonValue m = o.value(QLatin1String("margins"));
    if (m.isBool()) {
        s.margins.mode = m.toBool() ? MarginSpec::Mode::On : MarginSpec::Mode::Off;
    } else if (m.isString() && m.toString() == QLatin1String("auto")) {
        s.margins.mode = MarginSpec::Mode::Auto;
    } else if (m.isObject()) {
        const QJsonObject mo = m.toObject();
        for (auto it = mo.begin(); it != mo.end(); ++it) {
            if ((it.key() != QLatin1String("row") && it.key() != QLatin1String("column")) ||
                !it.value().isString())
                return specError(
                    context, QStringLiteral("margins.") + it.key(),
                    QStringLiteral("margins takes \"row\" and \"column\": the labels of the total "
                                   "row and total column."));
        }
        s.margins.mode = MarginSpec::Mode::Named;
        s.margins.rowLabel = mo.value(QLatin1String("row")).toString();
        s.margins.columnLabel = mo.value(QLatin1String("column")).toString();
        if (s.margins.rowLabel.isEmpty() && s.margins.columnLabel.isEmpty())
            return specError(context, QStringLiteral("margins"),
                             QStringLiteral("name a total row or column."));
    } else if (!m.isUndefined() && !m.isNull()) {
        return specError(context, QStringLiteral("margins"),
                         QStringLiteral("must be true, false, \"auto\" or {\"row\": \"Total\", \"column\": "
                                        "\"Total\"}."));
    }

    if (const QJsonValue v = o.value(QLatin1String("variables")); !v.isUndefined()) {
        if (!v.isArray())
            return specError(context, QStringLiteral("variables"),
                             QStringLiteral("must be a list of names."));
        for (const QJsonValue &x : v.toArray()) {
            if (!x.isString())
                return specError(context, QStringLiteral("variables"),
                                 QStringLiteral("must be a list of names."));
            s.variables << x.toString();
        }
    }
    if (auto e = readCount(o, QStringLiteral("observations"), context, 0, s.observations))
        return *e;
    if (auto e = readCount(o, QStringLiteral("parameters"), context, 0, s.parameters))
        return *e;

    // Cross-field rules.
    if (s.statistic != Statistic::Regression && !s.counts.isSet()) {
        Error e =
            makeError(ErrorCode::MissingCounts,
                      QStringLiteral("%1.counts: is required. Every table is checked against its unweighted "
                                     "counts: give a file of the same shape (or a column of the table) with "
                                     "the number of people/records behind each cell.")
                          .arg(context));
        e.field = context + QStringLiteral(".counts");
        return e;
    }
    if (isMagnitude(s.statistic) && (!s.top1.isSet() || !s.top2.isSet()))
        return specError(
            context, s.top1.isSet() ? QStringLiteral("top2") : QStringLiteral("top1"),
            QStringLiteral("a %1 table needs top1 and top2: companion tables with the largest and "
                           "second largest contribution to each cell, for the dominance rules.")
                .arg(statisticName(s.statistic)));
    if (s.statistic == Statistic::Ratio && !s.total.isSet())
        return specError(
            context, QStringLiteral("total"),
            QStringLiteral("a ratio table needs total: the cell totals the top contributions are "
                           "compared with."));
    if (!isMagnitude(s.statistic) && (s.top1.isSet() || s.top2.isSet() || s.total.isSet()))
        return specError(context, s.top1.isSet() ? QStringLiteral("top1") : QStringLiteral("total"),
                         QStringLiteral("only sum, mean and ratio tables take top1/top2/total companions."));
    if (s.distinct.isSet() && s.statistic != Statistic::Mode)
        return specError(context, QStringLiteral("distinct"),
                         QStringLiteral("only mode tables take a distinct "
                                        "companion."));
    if (s.statistic != Statistic::Regression && (s.observations || s.parameters))
        return specError(context,
                         s.observations ? QStringLiteral("observations") : QStringLiteral("parameters"),
                         QStringLiteral("only regression output takes observations and parameters."));
    if (s.layout.labelColumns == 0 && !s.counts.column.isEmpty())
        return specError(context, QStringLiteral("counts.column"), QStringLiteral("needs column labels."));
    return s;
}

Result<QList<TableSpec>> parseTableSpecDocument(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidSpec,
                         QStringLiteral("The spec is not valid JSON: %1 at offset %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidSpec, QStringLiteral("The spec must be a JSON object."));
    const QJsonObject root = doc.object();
    QList<TableSpec> specs;
    if (!root.contains(QLatin1String("tables"))) {
        auto one = tableSpecFromJson(root, QStringLiteral("spec"));
        if (!one)
            return one.error();
        specs << std::move(one).value();
        return specs;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("tables") && it.key() != QLatin1String("dataset"))
            return specError(QStringLiteral("spec"), it.key(),
                             QStringLiteral("unknown field (a spec with several tables has \"tables\" and "
                                            "optionally \"dataset\")."));
    }
    const QJsonValue tables = root.value(QLatin1String("tables"));
    if (!tables.isArray() || tables.toArray().isEmpty())
        return specError(QStringLiteral("spec"), QStringLiteral("tables"),
                         QStringLiteral("must be a non-empty list of tables."));
    const QString dataset = root.value(QLatin1String("dataset")).toString();
    int i = 0;
    for (const QJsonValue &t : tables.toArray()) {
        const QString context = QStringLiteral("tables[%1]").arg(i++);
        if (!t.isObject())
            return specError(context, QString(), QStringLiteral("must be an object."));
        auto one = tableSpecFromJson(t.toObject(), context);
        if (!one)
            return one.error();
        if (one.value().dataset.isEmpty())
            one.value().dataset = dataset;
        specs << std::move(one).value();
    }
    return specs;
}

QJsonObject tableSpecToJson(const TableSpec &spec, SpecForm form)
{
    const bool full = form == SpecForm::Full;
    const TableLayout &layout = spec.layout;
    const MarginSpec &margins = spec.margins;
    QJsonObject o{{QStringLiteral("file"), spec.file}};
    if (full || layout.labelRows != TableLayout().labelRows)
        o.insert(QStringLiteral("label_rows"), layout.labelRows);
    if (full || layout.labelColumns != TableLayout().labelColumns)
        o.insert(QStringLiteral("label_columns"), layout.labelColumns);
    if (full || spec.weighted)
        o.insert(QStringLiteral("weighted"), spec.weighted);
    o.insert(QStringLiteral("statistic"),
             spec.statistic == Statistic::Percentile
                 ? QStringLiteral("percentile(%1)")
                       .arg(QString::number(spec.percentile, 'f', QLocale::FloatingPointShortest))
                 : statisticName(spec.statistic));
    if (!spec.name.isEmpty())
        o.insert(QStringLiteral("name"), spec.name);
    if (!spec.sheet.isEmpty())
        o.insert(QStringLiteral("sheet"), spec.sheet);
    if (!spec.dataset.isEmpty())
        o.insert(QStringLiteral("dataset"), spec.dataset);
    const bool magnitude = isMagnitude(spec.statistic);
    for (auto [key, c, kept] :
         {std::tuple{"counts", &spec.counts, true}, std::tuple{"top1", &spec.top1, magnitude},
          std::tuple{"top2", &spec.top2, magnitude}, std::tuple{"total", &spec.total, magnitude},
          std::tuple{"distinct", &spec.distinct, true}}) {
        if (!c->isSet() || (!full && !kept))
            continue;
        if (!full && c->sheet.isEmpty() && c->column.isEmpty())
            o.insert(QLatin1String(key), c->file);
        else
            o.insert(QLatin1String(key), companionJson(*c));
    }
    switch (margins.mode) {
    case MarginSpec::Mode::Auto:
        if (full)
            o.insert(QStringLiteral("margins"), QStringLiteral("auto"));
        break;
    case MarginSpec::Mode::Off:
    case MarginSpec::Mode::On:
        o.insert(QStringLiteral("margins"), margins.mode == MarginSpec::Mode::On);
        break;
    case MarginSpec::Mode::Named:
        o.insert(QStringLiteral("margins"), QJsonObject{{QStringLiteral("row"), margins.rowLabel},
                                                        {QStringLiteral("column"), margins.columnLabel}});
        break;
    }
    if (!spec.variables.isEmpty())
        o.insert(QStringLiteral("variables"), QJsonArray::fromStringList(spec.variables));
    if (spec.observations)
        o.insert(QStringLiteral("observations"), static_cast<double>(*spec.observations));
    if (spec.parameters)
        o.insert(QStringLiteral("parameters"), static_cast<double>(*spec.parameters));
    return o;
}

} // namespace srs::sdc
