// libFuzzer target: the XLSX reader (zip container, workbook, shared strings, sheets) and the
// inspection of a whole workbook package (WorkbookParts).
#include "sdc/WorkbookParts.h"
#include "sdc/XlsxReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    srs::sdc::ReaderLimits limits;
    limits.maxCells = 200'000;
    limits.maxFileBytes = 4 * 1024 * 1024;
    limits.maxZipEntryBytes = 16 * 1024 * 1024;
    limits.maxZipTotalBytes = 32 * 1024 * 1024;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)srs::sdc::XlsxReader::readAll(bytes, QStringLiteral("fuzz.xlsx"), {}, limits);
    (void)srs::sdc::XlsxReader::read(bytes, QStringLiteral("fuzz.xlsx"), QStringLiteral("Sheet1"), {0, 0},
                                     limits);
    (void)srs::sdc::WorkbookParts::inspect(bytes, QStringLiteral("fuzz.xlsx"), limits);
    return 0;
}
