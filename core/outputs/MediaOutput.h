#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace srs::outputs {

// The bytes to store, check and release for an output file, chosen by its name: PNG and JPEG
// images re-encoded without their metadata (reencodeImage), PDFs inspected and refused when they
// hold what a checker would not see (PdfInspector; a clean PDF is returned unchanged), any other
// file unchanged. A refusal's code is "output-format-refused"; its message starts with the file's
// name and says what to do.
[[nodiscard]] Result<QByteArray> prepareMediaOutput(const QString &fileName, const QByteArray &bytes);

} // namespace srs::outputs
