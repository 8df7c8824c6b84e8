#include "MediaOutput.h"

#include "ImageReencoder.h"
#include "PdfInspector.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace srs::outputs {

namespace {

Error named(const QString &fileName, Error e)
{
    e.message = u"%1 cannot be released as it is: %2"_s.arg(QFileInfo(fileName).fileName(), e.message);
    return e;
}

} // namespace

Result<QByteArray> prepareMediaOutput(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == "png"_L1 || suffix == "jpg"_L1 || suffix == "jpeg"_L1) {
        auto image = reencodeImage(fileName, bytes);
        if (!image)
            return named(fileName, image.error());
        return image;
    }
    if (suffix == "pdf"_L1) {
        if (Status s = PdfInspector().inspect(bytes); !s)
            return named(fileName, s.error());
        return bytes;
    }
    return bytes;
}

} // namespace srs::outputs
