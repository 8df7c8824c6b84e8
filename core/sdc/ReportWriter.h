#pragma once

class QIODevice;

namespace srs::sdc {

class Report;

// What the text report shows.
struct TextOptions
{
    bool all = false;    // every cell of every rule, not only the first ones
    int firstCells = 20; // cells named per file and rule when not `all`
};

// Writes a report as it goes, in one pass over the findings (none is copied or turned into a
// JSON tree), so that a report of a hundred thousand findings costs time and memory in
// proportion to what it writes.
class ReportWriter
{
public:
    // The JSON report (docs/sdc.md, "JSON report"). Returns false when the device refused a write.
    static bool writeJson(const Report &report, QIODevice &out);
    // The summary a person reads: per file and rule, how many cells and the first ones named.
    static bool writeText(const Report &report, QIODevice &out, const TextOptions &options = {});
};

} // namespace srs::sdc
