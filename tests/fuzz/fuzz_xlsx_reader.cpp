// libFuzzer target: the XLSX reader (zip container, workbook, shared strings, every sheet by
// position and by name), the inspection of a whole workbook package (WorkbookParts), and the XML
// scanner with the sheet and shared-string handlers on the input itself (most inputs are not a zip
// archive, and XML inside a zip is out of the fuzzer's reach).
#include "sdc/WorkbookParts.h"
#include "sdc/XlsxPartReaders.h"
#include "sdc/XlsxReader.h"
#include "sdc/XlsxWorkbook.h"
#include "sdc/XmlScanner.h"

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
    if (srs::sdc::XlsxReader::looksLikeZip(bytes)) {
        if (auto book = srs::sdc::XlsxWorkbook::open(bytes, QStringLiteral("fuzz.xlsx"), limits)) {
            for (qsizetype i = 0; i < book.value().sheetCount() && i < 8; ++i)
                (void)book.value().readSheet(i, srs::sdc::TableLayout{static_cast<int>(i % 3), 1});
            (void)book.value().readSheet(QStringLiteral("Sheet1"), srs::sdc::TableLayout{0, 0});
        }
        (void)srs::sdc::XlsxReader::readAll(bytes, QStringLiteral("fuzz.xlsx"), {}, limits);
        (void)srs::sdc::WorkbookParts::inspect(bytes, QStringLiteral("fuzz.xlsx"), limits);
        return 0;
    }
    // The input as a sheet's XML, its shared strings first read from the same bytes.
    srs::sdc::xlsx::SharedStrings shared;
    srs::sdc::xlsx::SharedStringsHandler sharedHandler(shared, QStringLiteral("fuzz"), limits);
    srs::sdc::XmlScanner sharedScanner(bytes);
    (void)sharedScanner.parse(sharedHandler);
    srs::sdc::xlsx::SheetHandler sheet(shared, QStringLiteral("fuzz"), limits);
    srs::sdc::XmlScanner scanner(bytes);
    if (scanner.parse(sheet) == srs::sdc::XmlScanner::Status::Ok)
        (void)sheet.finish(srs::sdc::TableLayout{1, 1});
    else
        (void)scanner.errorLine();
    return 0;
}
