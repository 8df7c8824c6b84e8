#include "AcroResults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace srs::sdc {

Result<AcroResults> AcroResults::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::UnreadableFile,
                         QStringLiteral("%1 is not an ACRO results.json (not a JSON object: %2).")
                             .arg(source, parseError.errorString()));
    const QJsonObject root = doc.object();
    AcroResults out;
    out.version = root.value(QLatin1String("version")).toString();
    const QJsonObject results =
        root.contains(QLatin1String("results")) ? root.value(QLatin1String("results")).toObject() : root;
    for (auto it = results.begin(); it != results.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject o = it.value().toObject();
        if (!o.contains(QLatin1String("status")))
            continue;
        AcroOutput a;
        a.uid = o.value(QLatin1String("uid")).toString(it.key());
        a.status = o.value(QLatin1String("status")).toString();
        a.type = o.value(QLatin1String("type")).toString();
        a.command = o.value(QLatin1String("command")).toString();
        a.summary = o.value(QLatin1String("summary")).toString();
        a.exception = o.value(QLatin1String("exception")).toString();
        for (const QJsonValue &c : o.value(QLatin1String("comments")).toArray())
            a.comments << c.toString();
        for (const QJsonValue &f : o.value(QLatin1String("files")).toArray()) {
            const QJsonObject file = f.toObject();
            a.files << file.value(QLatin1String("name")).toString();
            if (a.sdcSummary.isEmpty())
                a.sdcSummary =
                    file.value(QLatin1String("sdc")).toObject().value(QLatin1String("summary")).toObject();
        }
        out.outputs << a;
    }
    if (out.outputs.isEmpty() && !results.isEmpty())
        return makeError(ErrorCode::UnreadableFile,
                         QStringLiteral("%1 has no ACRO outputs (entries with a \"status\").").arg(source));
    return out;
}

QJsonObject AcroResults::toJson() const
{
    QJsonObject results;
    for (const AcroOutput &a : outputs) {
        results.insert(a.uid,
                       QJsonObject{{QStringLiteral("uid"), a.uid},
                                   {QStringLiteral("status"), a.status},
                                   {QStringLiteral("type"), a.type},
                                   {QStringLiteral("command"), a.command},
                                   {QStringLiteral("summary"), a.summary},
                                   {QStringLiteral("exception"), a.exception},
                                   {QStringLiteral("comments"), QJsonArray::fromStringList(a.comments)},
                                   {QStringLiteral("files"), QJsonArray::fromStringList(a.files)},
                                   {QStringLiteral("sdc_summary"), a.sdcSummary}});
    }
    return QJsonObject{{QStringLiteral("version"), version}, {QStringLiteral("results"), results}};
}

} // namespace srs::sdc
