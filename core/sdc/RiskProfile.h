#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace srs::sdc {

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
    QHash<QString, QJsonObject> datasetOverrides; // dataset name -> keys to override

    // Reads a profile file: the keys above ("threshold", "nk_n", "nk_k", "p_ratio", "dof",
    // "zeros_disclosive"), any left out keep their defaults, and an optional "datasets"
    // object mapping dataset names to objects of the same keys.
    [[nodiscard]] static Result<RiskProfile> fromJson(const QByteArray &json);
    // The profile for a table from `dataset` (this one when there is no override).
    [[nodiscard]] Result<RiskProfile> forDataset(const QString &dataset) const;
    // Applies the keys of `object`; `context` names where they came from in messages.
    [[nodiscard]] Result<RiskProfile> withOverrides(const QJsonObject &object, const QString &context) const;
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const RiskProfile &, const RiskProfile &) = default;
};

} // namespace srs::sdc
