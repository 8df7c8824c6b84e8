// libFuzzer target: the CSV/TSV reader. The first byte picks the layout and delimiter.
#include "sdc/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    srs::sdc::TableLayout layout{mode & 3, (mode >> 2) & 3};
    srs::sdc::ReaderLimits limits;
    limits.maxCells = 200'000;
    limits.maxFileBytes = 4 * 1024 * 1024;
    const char delimiters[] = {0, ',', '\t', ';'};
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    auto table = srs::sdc::CsvReader::read(bytes, QStringLiteral("fuzz.csv"), layout, limits,
                                           delimiters[(mode >> 4) & 3]);
    if (table.ok()) {
        const auto &t = table.value();
        for (int r = 0; r < t.rowCount(); ++r)
            (void)t.cellName(r, t.columnCount() - 1);
    }
    return 0;
}
