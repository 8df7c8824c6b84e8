#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace srs::outputs {

// Decides whether a PDF shows a checker everything it holds, and refuses it when not (fail
// closed: a file it cannot read through is refused too). A PDF is refused when it holds
//   * JavaScript (/JavaScript, /JS);
//   * attached files (/EmbeddedFile, /EmbeddedFiles, /FileAttachment, /EF, /Collection);
//   * actions that open other files or send data (/Launch, /SubmitForm, /ImportData, /GoToR,
//     /GoToE); links to web addresses (/URI) are allowed;
//   * forms (/AcroForm, /XFA); layers that can be hidden (/OCProperties, /OC);
//   * embedded media (/RichMedia, /3D, /Sound, /Movie, /Rendition);
//   * application data no viewer shows (/PieceInfo); encryption (/Encrypt);
//   * annotations other than links (/Subtype /Text, /FreeText, /Highlight, /Stamp, /Ink, ...):
//     notes and drawings laid over a page, which not every viewer shows;
//   * comments in its code (other than the header lines and %%EOF);
//   * earlier versions under the visible one (incremental updates: more than one cross-reference
//     section or %%EOF, an object defined twice), bytes after the final %%EOF;
// wherever these are written: names are compared after decoding #xx escapes (/Java#53cript), and
// every FlateDecode stream is inflated (with limits) so object streams and page contents are read
// as well. A linearized ("fast web view") file may have its two sections.
class PdfInspector
{
public:
    struct Limits
    {
        qint64 maxStreamBytes = 256LL * 1024 * 1024;       // one inflated stream
        qint64 maxScannedStreamBytes = 64LL * 1024 * 1024; // one inflated stream that is read
        qint64 maxTotalInflatedBytes = 1024LL * 1024 * 1024;
        qsizetype maxObjects = 1'000'000;
    };

    PdfInspector() = default;
    explicit PdfInspector(Limits limits) : m_limits(limits) {}

    // Ok when the PDF holds nothing of the above; otherwise an Error (code
    // "output-format-refused") whose message says what was found and what to do.
    [[nodiscard]] Status inspect(QByteArrayView pdf) const;

private:
    Limits m_limits;
};

} // namespace srs::outputs
