#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace srs::sdc {

// Whose reading of the rules the checker applies. The service's (the default) and ACRO 1.0.1's
// differ where docs/sdc.md ("ACRO's rules") says: zeros, the N-K boundary, p% on cells of one
// contribution, negatives, and the rules ACRO does not have (margins, across tables).
enum class RuleSet
{
    Service,
    Acro,
};

// The parameters the table rules use (SDC-RULES.md, "Risk profile"). The defaults are the
// service's; a profile file replaces any of them, and may override them per dataset.
struct RiskProfile
{
    int threshold = 10;                           // minimum unweighted count per cell; exactly 10 passes
    int nkN = 2;                                  // N of the N-K dominance rule (1 or 2: top1, top1+top2)
    double nkK = 0.85;                            // K as a fraction: flag when the top N >= K x cell total
    double pRatio = 0.10;                         // p as a fraction: flag when total - x1 - x2 < p x x1
    int dof = 10;                                 // minimum residual degrees of freedom (count - 1 for std)
    bool zerosDisclosive = true;                  // a zero in a frequency table asks for review
    RuleSet rules = RuleSet::Service;             // the service's rules, or ACRO's
    QHash<QString, QJsonObject> datasetOverrides; // dataset name -> keys to override

    // ACRO 1.0.1's defaults (its default.yaml: safe_threshold 10, safe_dof_threshold 10,
    // safe_nk_n 2, safe_nk_k 0.9, safe_pratio_p 0.1, zeros_are_disclosive true) with its rules.
    [[nodiscard]] static RiskProfile acro();
    // Reads a profile file: the keys above ("threshold", "nk_n", "nk_k", "p_ratio", "dof",
    // "zeros_disclosive", "rules"), any left out keep their defaults, and an optional "datasets"
    // object mapping dataset names to objects of the same keys. "rules": "acro" starts from
    // acro() (the other keys of the same object then apply); "service" from the defaults.
    [[nodiscard]] static Result<RiskProfile> fromJson(const QByteArray &json);
    // The profile for a table from `dataset` (this one when there is no override).
    [[nodiscard]] Result<RiskProfile> forDataset(const QString &dataset) const;
    // Applies the keys of `object`; `context` names where they came from in messages.
    [[nodiscard]] Result<RiskProfile> withOverrides(const QJsonObject &object, const QString &context) const;
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const RiskProfile &, const RiskProfile &) = default;
};

} // namespace srs::sdc
