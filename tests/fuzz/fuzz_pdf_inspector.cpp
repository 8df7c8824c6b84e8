// libFuzzer target: the PDF inspector (whole-file parse, object streams, inflation, names). Any
// input must end in a clean or refused answer: never a crash, a hang or unbounded memory.
#include "outputs/PdfInspector.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    // Limits small enough that a compressed stream cannot take the run's memory or time.
    srs::outputs::PdfInspector::Limits limits;
    limits.maxStreamBytes = 8 * 1024 * 1024;
    limits.maxScannedStreamBytes = 4 * 1024 * 1024;
    limits.maxTotalInflatedBytes = 16 * 1024 * 1024;
    limits.maxObjects = 100'000;
    const QByteArrayView pdf(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)srs::outputs::PdfInspector(limits).inspect(pdf);
    return 0;
}
