#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace srs::sdc {

// One output recorded by ACRO (results.json, "results" -> "output_N").
struct AcroOutput
{
    QString uid;
    QString status; // pass, fail, review (as ACRO wrote it)
    QString type;   // table, regression, custom, ...
    QString command;
    QString summary;
    QString exception;
    QStringList comments;
    QStringList files;
    QJsonObject sdcSummary; // files[0].sdc.summary when present
};

// Reads an ACRO results.json so its findings can be carried beside ours. Accepts the
// session file ({"version", "results": {...}}) and a bare map of outputs.
class AcroResults
{
public:
    QString version;
    QList<AcroOutput> outputs;

    [[nodiscard]] static Result<AcroResults> parse(const QByteArray &json, const QString &source);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace srs::sdc
