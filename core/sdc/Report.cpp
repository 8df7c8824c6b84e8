#include "Report.h"

#include <QBuffer>
#include <QJsonDocument>

namespace srs::sdc {

namespace {

// ACRO's words for the rules it has (acro_tables.py, get_summary).
QString acroSummary(const FileReport &f)
{
    const QMap<QString, qsizetype> counts = f.countsByRule();
    const QString sup = f.suppressed ? QStringLiteral("suppressed") : QStringLiteral("may need suppressing");
    const QString status = statusName(f.status());
    QString out;
    if (counts.value(QStringLiteral("negative")) > 0) {
        out = QStringLiteral("negative values found");
    } else {
        for (const auto &[ours, theirs] :
             {std::pair{QStringLiteral("threshold"), QStringLiteral("threshold")},
              std::pair{QStringLiteral("p-ratio"), QStringLiteral("p-ratio")},
              std::pair{QStringLiteral("dominance-nk"), QStringLiteral("nk-rule")},
              std::pair{QStringLiteral("unsafe-statistic"), QStringLiteral("all-values-are-same")}}) {
            if (const qsizetype n = counts.value(ours); n > 0)
                out += QStringLiteral("%1: %2 cells %3; ").arg(theirs).arg(n).arg(sup);
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.key() != QLatin1String("threshold") && it.key() != QLatin1String("p-ratio") &&
                it.key() != QLatin1String("dominance-nk") && it.key() != QLatin1String("unsafe-statistic"))
                out += QStringLiteral("%1: %2 cells; ").arg(it.key()).arg(it.value());
        }
    }
    return out.isEmpty() ? status : status + QStringLiteral("; ") + out;
}

} // namespace

Status FileReport::status() const
{
    if (error)
        return Status::Error;
    Status s = statusOf(findings);
    for (qsizetype i = 0; i < cellFindings.size() && s != Status::Fail; ++i)
        s = worstOf(s, cellFindings.outcome(i) == Outcome::Fail ? Status::Fail : Status::Review);
    return s;
}

QMap<QString, qsizetype> FileReport::countsByRule() const
{
    QMap<QString, qsizetype> counts;
    qsizetype perRule[16] = {};
    for (qsizetype i = 0; i < cellFindings.size(); ++i)
        ++perRule[static_cast<int>(cellFindings.rule(i))];
    for (int r = 0; r <= static_cast<int>(CellRule::PRatio); ++r) {
        if (perRule[r] > 0)
            counts[CellFindings::ruleName(static_cast<CellRule>(r))] += perRule[r];
    }
    for (const Finding &f : findings)
        counts[f.rule] += 1;
    return counts;
}

QList<Finding> FileReport::allFindings() const
{
    QList<Finding> all;
    all.reserve(findingCount());
    for (qsizetype i = 0; i < cellFindings.size(); ++i)
        all << cellFindings.finding(i);
    all << findings;
    return all;
}

QString FileReport::summary() const
{
    if (error)
        return QStringLiteral("error; ") + error->message;
    if (rules == RuleSet::Acro && type == QLatin1String("table"))
        return acroSummary(*this);
    const QMap<QString, qsizetype> counts = countsByRule();
    QString out = statusName(status());
    if (counts.isEmpty())
        return out;
    out += QStringLiteral("; ");
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out += QStringLiteral("%1: %2 %3; ")
                   .arg(it.key())
                   .arg(it.value())
                   .arg(type == QLatin1String("code") ? QStringLiteral("lines") : QStringLiteral("cells"));
    return out;
}

Status Report::status() const
{
    Status s = Status::Pass;
    for (const FileReport &f : files)
        s = worstOf(s, f.status());
    return s;
}

int Report::exitCode() const
{
    switch (status()) {
    case Status::Pass:
        return 0;
    case Status::Review:
        return 1;
    case Status::Fail:
        return 2;
    case Status::Error:
        break;
    }
    return 3;
}

QJsonObject Report::toJson() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ReportWriter::writeJson(*this, buffer);
    buffer.close();
    return QJsonDocument::fromJson(bytes).object();
}

QString Report::toText(const TextOptions &options) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ReportWriter::writeText(*this, buffer, options);
    buffer.close();
    return QString::fromUtf8(bytes);
}

} // namespace srs::sdc
