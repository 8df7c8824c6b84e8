// libFuzzer target: the code scanner. The first byte picks the language.
#include "sdc/CodeScanner.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 256 * 1024)
        return 0;
    static const char *const names[] = {"a.R", "a.do", "a.py", "a.ipynb", "a.sas", "a.sql"};
    const QString name = QString::fromLatin1(names[data[0] % 6]);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    (void)srs::sdc::scanCode(name, bytes);
    return 0;
}
