#include "RiskProfile.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <cmath>

namespace srs::sdc {

namespace {

Error profileError(const QString &context, const QString &what)
{
    return makeError(ErrorCode::InvalidSpec, context + QStringLiteral(": ") + what);
}

bool readInteger(const QJsonValue &v, int minimum, int maximum, int &out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < minimum || d > maximum)
        return false;
    out = static_cast<int>(d);
    return true;
}

} // namespace

RiskProfile RiskProfile::acro()
{
    RiskProfile p;
    p.threshold = 10;
    p.nkN = 2;
    p.nkK = 0.90;
    p.pRatio = 0.10;
    p.dof = 10;
    p.zerosDisclosive = true;
    p.rules = RuleSet::Acro;
    return p;
}

Result<RiskProfile> RiskProfile::withOverrides(const QJsonObject &object, const QString &context) const
{
    RiskProfile p = *this;
    // "rules" first: it chooses the defaults the other keys change.
    if (object.contains(QLatin1String("rules"))) {
        const QJsonValue v = object.value(QLatin1String("rules"));
        if (v == QJsonValue(QStringLiteral("acro"))) {
            RiskProfile acroProfile = acro();
            acroProfile.datasetOverrides = p.datasetOverrides;
            p = acroProfile;
        } else if (v == QJsonValue(QStringLiteral("service"))) {
            RiskProfile service;
            service.datasetOverrides = p.datasetOverrides;
            p = service;
        } else {
            return profileError(context, QStringLiteral("\"rules\" must be \"service\" or \"acro\"."));
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("rules")) {
            continue;
        } else if (key == QLatin1String("threshold")) {
            if (!readInteger(v, 1, 1'000'000, p.threshold))
                return profileError(context,
                                    QStringLiteral("\"threshold\" must be a whole number of at least 1."));
        } else if (key == QLatin1String("nk_n")) {
            if (!readInteger(v, 1, 2, p.nkN))
                return profileError(context,
                                    QStringLiteral("\"nk_n\" must be 1 or 2 (the checker is given the "
                                                   "largest and second largest contributions)."));
        } else if (key == QLatin1String("nk_k")) {
            if (!v.isDouble() || v.toDouble() <= 0.0 || v.toDouble() > 1.0)
                return profileError(context,
                                    QStringLiteral("\"nk_k\" is a fraction between 0 and 1: write 0.85 "
                                                   "for 85%."));
            p.nkK = v.toDouble();
        } else if (key == QLatin1String("p_ratio")) {
            if (!v.isDouble() || v.toDouble() < 0.0 || v.toDouble() >= 1.0)
                return profileError(context,
                                    QStringLiteral("\"p_ratio\" is a fraction between 0 and 1: write "
                                                   "0.10 for 10%."));
            p.pRatio = v.toDouble();
        } else if (key == QLatin1String("dof")) {
            if (!readInteger(v, 0, 1'000'000, p.dof))
                return profileError(context, QStringLiteral("\"dof\" must be a whole number of at least 0."));
        } else if (key == QLatin1String("zeros_disclosive")) {
            if (!v.isBool())
                return profileError(context, QStringLiteral("\"zeros_disclosive\" must be true or false."));
            p.zerosDisclosive = v.toBool();
        } else if (key == QLatin1String("datasets")) {
            if (!v.isObject())
                return profileError(context,
                                    QStringLiteral("\"datasets\" must be an object mapping dataset names "
                                                   "to profile keys."));
            const QJsonObject datasets = v.toObject();
            for (auto d = datasets.begin(); d != datasets.end(); ++d) {
                if (!d.value().isObject())
                    return profileError(
                        context, QStringLiteral("\"datasets\".\"%1\" must be an object.").arg(d.key()));
                const QJsonObject overrides = d.value().toObject();
                if (overrides.contains(QLatin1String("datasets")))
                    return profileError(
                        context,
                        QStringLiteral("\"datasets\".\"%1\" cannot itself hold datasets.").arg(d.key()));
                // Validate now so that a bad override is reported when the profile is read.
                auto checked = RiskProfile{}.withOverrides(
                    overrides, context + QStringLiteral(", dataset \"%1\"").arg(d.key()));
                if (!checked)
                    return checked.error();
                p.datasetOverrides.insert(d.key(), overrides);
            }
        } else {
            return profileError(context,
                                QStringLiteral("unknown key \"%1\" (the keys are threshold, nk_n, nk_k, "
                                               "p_ratio, dof, zeros_disclosive, rules and datasets).")
                                    .arg(key));
        }
    }
    return p;
}

Result<RiskProfile> RiskProfile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidSpec,
                         QStringLiteral("The risk profile is not a JSON object (%1 at offset %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    return RiskProfile{}.withOverrides(doc.object(), QStringLiteral("risk profile"));
}

Result<RiskProfile> RiskProfile::forDataset(const QString &dataset) const
{
    const auto it = datasetOverrides.constFind(dataset);
    if (dataset.isEmpty() || it == datasetOverrides.constEnd())
        return *this;
    RiskProfile base = *this;
    base.datasetOverrides.clear();
    return base.withOverrides(it.value(), QStringLiteral("risk profile for dataset \"%1\"").arg(dataset));
}

QJsonObject RiskProfile::toJson() const
{
    return QJsonObject{{QStringLiteral("threshold"), threshold},
                       {QStringLiteral("nk_n"), nkN},
                       {QStringLiteral("nk_k"), nkK},
                       {QStringLiteral("p_ratio"), pRatio},
                       {QStringLiteral("dof"), dof},
                       {QStringLiteral("zeros_disclosive"), zerosDisclosive},
                       {QStringLiteral("rules"),
                        rules == RuleSet::Acro ? QStringLiteral("acro") : QStringLiteral("service")}};
}

} // namespace srs::sdc
