#pragma once

#include "AcroResults.h"
#include "CellFindings.h"
#include "Finding.h"
#include "ReportWriter.h"
#include "Result.h"
#include "RiskProfile.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace srs::sdc {

// The outcome for one checked file (a table, or a code file).
struct FileReport
{
    QString file;
    QString sheet;
    QString name;                     // the spec's name, or the file
    QString type;                     // "table" or "code"
    QString statistic;                // tables: the statistic checked
    bool suppressed = false;          // tables: has suppression markers
    qsizetype cells = 0;              // tables: value cells checked
    RuleSet rules = RuleSet::Service; // whose rules judged the table
    // Findings about one cell of a table (most of them), kept compact.
    CellFindings cellFindings;
    // The others: whole tables, margins, across tables, code.
    QList<Finding> findings;
    std::optional<Error> error; // the file could not be checked
    QJsonObject properties;     // the spec, for tables

    [[nodiscard]] Status status() const;
    // "fail; threshold: 2 cells; p-ratio: 1 cells; " (ACRO's summary style); with ACRO's rules,
    // ACRO's own words ("fail; threshold: 2 cells may need suppressing; ").
    [[nodiscard]] QString summary() const;
    [[nodiscard]] qsizetype findingCount() const { return cellFindings.size() + findings.size(); }
    // Every finding as a Finding (cells first), messages included.
    [[nodiscard]] QList<Finding> allFindings() const;
    // How many findings each rule gave ("threshold" -> 3), over both kinds.
    [[nodiscard]] QMap<QString, qsizetype> countsByRule() const;
};

// Everything one check produced: a JSON document that is a superset of an ACRO results.json
// (an ACRO reader sees "results" -> "output_N" entries with status, summary, outcome, sdc,
// files, comments, exception), plus our findings, and a text summary for people.
class Report
{
public:
    QList<FileReport> files;
    std::optional<AcroResults> acro; // an ACRO results.json carried beside ours
    QString acroSource;
    std::optional<RiskProfile> profile;

    [[nodiscard]] Status status() const;
    // The JSON report as a tree (ReportWriter::writeJson writes it without building one).
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString toText(const TextOptions &options = {}) const;
    // 0 pass, 1 review, 2 fail, 3 unusable input.
    [[nodiscard]] int exitCode() const;
};

} // namespace srs::sdc
