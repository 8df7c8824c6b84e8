#pragma once

#include "Result.h"
#include "Table.h"

#include "domain/TableSpec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace srs::sdc {

// The table spec is the domain's (domain/TableSpec.h); the engine speaks of it in its own names.
using domain::CompanionSource;
using domain::isAdditive;
using domain::isMagnitude;
using domain::MarginSpec;
using domain::parseStatistic;
using domain::Statistic;
using domain::statisticName;
using domain::TableSpec;

// How a spec is written as JSON: every field stated (what a report records as checked), or only
// what differs from the defaults, with a companion that names just a file as that file's name
// (what a request carries; what the wizard has always sent).
enum class SpecForm
{
    Full,
    Compact,
};

// The JSON form of a table spec (docs/sdc.md): spec files, and the `tables` of a request.
// Validates one table object; `context` ("tables[2]") prefixes every message, and the error's
// `field` is the path of the field at fault ("tables[2].counts").
[[nodiscard]] Result<TableSpec> tableSpecFromJson(const QJsonObject &object, const QString &context);
// A spec file: one table object, or {"tables": [ ... ]} (optionally with a "dataset"
// that tables without their own inherit).
[[nodiscard]] Result<QList<TableSpec>> parseTableSpecDocument(const QByteArray &json);
// Compact leaves out top1, top2 and total of a table that is not a magnitude table (a draft may
// hold them while the statistic is changed; a valid spec never has them).
[[nodiscard]] QJsonObject tableSpecToJson(const TableSpec &spec, SpecForm form = SpecForm::Full);

} // namespace srs::sdc
