#include "FilePreviewWidget.h"

#include "CodePreviewWidget.h"
#include "PdfPreviewWidget.h"
#include "ReviewTexts.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

FilePreviewWidget::FilePreviewWidget(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_table(new TablePreviewWidget(this)),
      m_code(new CodePreviewWidget(this)), m_pdf(new PdfPreviewWidget(this)),
      m_imageArea(new QScrollArea(this)), m_image(new QLabel), m_imageCaption(new QLabel(this)),
      m_none(new QLabel(this))
{
    setObjectName(u"filePreviewWidget"_s);
    m_image->setObjectName(u"imagePreviewLabel"_s);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setObjectName(u"imagePreviewScrollArea"_s);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setAccessibleName(tr("Image preview"));
    m_imageCaption->setObjectName(u"imageCaptionLabel"_s);
    m_imageCaption->setTextFormat(Qt::PlainText);
    m_imageCaption->setWordWrap(true);
    auto *imagePage = new QWidget(this);
    auto *il = new QVBoxLayout(imagePage);
    il->setContentsMargins(0, 0, 0, 0);
    il->addWidget(m_imageCaption);
    il->addWidget(m_imageArea, 1);
    m_none->setObjectName(u"noPreviewLabel"_s);
    m_none->setTextFormat(Qt::PlainText);
    m_none->setWordWrap(true);
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setTextInteractionFlags(Qt::TextSelectableByMouse); // the hash can be copied
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_code);
    m_stack->addWidget(imagePage);
    m_stack->addWidget(m_none);
    m_stack->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    // Only the page shown counts towards the preview's smallest size: the PDF page's toolbar,
    // longer in Welsh, must not make a table's review window wider than a 1024-pixel screen.
    const auto onlyShownPageCounts = [this] {
        for (int i = 0; i < m_stack->count(); ++i) {
            QWidget *page = m_stack->widget(i);
            QSizePolicy policy = page->sizePolicy();
            policy.setHorizontalPolicy(page == m_stack->currentWidget() ? QSizePolicy::Preferred
                                                                        : QSizePolicy::Ignored);
            page->setSizePolicy(policy);
        }
    };
    connect(m_stack, &QStackedWidget::currentChanged, this, onlyShownPageCounts);
    onlyShownPageCounts();
}

bool FilePreviewWidget::canShowSvg()
{
    return QImageReader::supportedImageFormats().contains("svg");
}

FilePreviewWidget::Kind FilePreviewWidget::kindOf(const QString &path)
{
    const QString s = suffixOf(path);
    if (s == "csv"_L1 || s == "tsv"_L1 || s == "xlsx"_L1 || s == "xlsm"_L1)
        return Kind::Table;
    if (s == "png"_L1 || s == "jpg"_L1 || s == "jpeg"_L1)
        return Kind::Image;
    if (s == "svg"_L1)
        return canShowSvg() ? Kind::Image : Kind::None;
    if (s == "pdf"_L1)
        return Kind::Pdf;
    static const QStringList code{u"r"_s,   u"do"_s,  u"ado"_s, u"py"_s,  u"ipynb"_s, u"sas"_s, u"sql"_s,
                                  u"txt"_s, u"log"_s, u"md"_s,  u"rmd"_s, u"qmd"_s,   u"sh"_s,  u"json"_s};
    if (code.contains(s))
        return Kind::Code;
    return Kind::None;
}

void FilePreviewWidget::showFile(const PreviewFile &file, const QList<protocol::CheckFindingInfo> &findings,
                                 const QList<domain::ExceptionRequest> &exceptions,
                                 const std::optional<PreviewFile> &previous)
{
    m_kind = kindOf(file.path);
    switch (m_kind) {
    case Kind::Table:
        m_table->showTable(file, findings, exceptions, previous);
        m_stack->setCurrentWidget(m_table);
        return;
    case Kind::Code:
        m_code->showCode(file.path, file.bytes, findings, exceptions);
        m_stack->setCurrentWidget(m_code);
        return;
    case Kind::Image:
        showImage(file);
        return;
    case Kind::Pdf:
        if (m_pdf->showPdf(file.path, file.bytes)) {
            m_stack->setCurrentWidget(m_pdf);
            return;
        }
        m_kind = Kind::None;
        showNone(file, tr("This PDF cannot be shown: %1. Open it in the secure environment to check it.")
                           .arg(m_pdf->errorString()));
        return;
    case Kind::None:
        break;
    }
    const QString s = suffixOf(file.path);
    if (s == "svg"_L1)
        showNone(file, tr("SVG images cannot be previewed on this computer: Qt's SVG image plug-in is not "
                          "installed. Open it in the secure environment to check it."));
    else
        showNone(file,
                 tr("Files of this type cannot be previewed here. Open it in the secure environment to check "
                    "it."));
}

void FilePreviewWidget::showImage(const PreviewFile &file)
{
    QByteArray bytes = file.bytes; // QBuffer needs a non-const array; the copy shares the data
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_kind = Kind::None;
        showNone(file, tr("This image cannot be read: %1").arg(reader.errorString()));
        return;
    }
    if (image.hasAlphaChannel()) {
        // A figure is drawn for a white page: transparency is shown on white, as it will print.
        QImage onWhite(image.size(), QImage::Format_RGB32);
        onWhite.fill(Qt::white);
        QPainter(&onWhite).drawImage(0, 0, image);
        m_image->setPixmap(QPixmap::fromImage(onWhite));
    } else {
        m_image->setPixmap(QPixmap::fromImage(image));
    }
    m_image->setAccessibleName(tr("Image %1").arg(QFileInfo(file.path).fileName()));
    m_imageCaption->setText(tr("%1: %L2 × %L3 pixels, %4")
                                .arg(QFileInfo(file.path).fileName())
                                .arg(image.width())
                                .arg(image.height())
                                .arg(ReviewTexts::dataSize(file.bytes.size())));
    m_stack->setCurrentIndex(2);
}

void FilePreviewWidget::showNone(const PreviewFile &file, const QString &why)
{
    m_none->setText(
        tr("%1\n\n%2\nSize: %3\nSHA-256: %4")
            .arg(why, file.path, ReviewTexts::dataSize(file.bytes.size()), sha256Hex(file.bytes)));
    m_stack->setCurrentWidget(m_none);
}

QList<QWidget *> FilePreviewWidget::focusOrder() const
{
    return m_table->focusOrder() + m_code->focusOrder() + m_pdf->focusOrder() + QList<QWidget *>{m_imageArea};
}

QString FilePreviewWidget::imageCaption() const
{
    return m_imageCaption->text();
}

QString FilePreviewWidget::noPreviewText() const
{
    return m_none->text();
}

} // namespace srs::ui
