#pragma once

#include "Finding.h"
#include "RiskProfile.h"
#include "TableChecker.h"

#include <QList>

namespace srs::sdc {

// Rule 6: differencing within a table. Where a row or column shows its total and exactly
// one of its cells is suppressed or below the threshold, that cell can be recovered by
// subtraction: fail, naming a complementary cell to suppress as well. Where several cells
// of a line are unsafe but together hold fewer than the threshold, the total reveals their
// sum: fail too.
class MarginChecker
{
public:
    [[nodiscard]] static QList<Finding> check(const TableInput &input, const RiskProfile &profile,
                                              const Margins &margins);
};

} // namespace srs::sdc
