#pragma once

#include "TablePreviewWidget.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace srs::ui {

class CodePreviewWidget;
class PdfPreviewWidget;

// One file of a request, previewed in memory (nothing is written to disk) by its type: tables
// (CSV, TSV, XLSX) with flagged and changed cells, code with flagged lines, PNG and JPEG images
// (SVG only when Qt's SVG image plug-in is installed), PDFs page by page, and for anything else a
// plain statement that it cannot be previewed here, with its size and SHA-256. Object names:
// filePreviewWidget, imagePreviewLabel, imagePreviewScrollArea, imageCaptionLabel,
// noPreviewLabel (and those of TablePreviewWidget, CodePreviewWidget and PdfPreviewWidget).
class FilePreviewWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Table,
        Code,
        Image,
        Pdf,
        None, // cannot be previewed here
    };

    explicit FilePreviewWidget(QWidget *parent = nullptr);

    // What a file is previewed as, by its name (and, for images, whether Qt can read the format).
    [[nodiscard]] static Kind kindOf(const QString &path);
    [[nodiscard]] static bool canShowSvg();

    // Shows the file. `previous` is the previous round's version, for a table's cell diff.
    void showFile(const PreviewFile &file, const QList<protocol::CheckFindingInfo> &findings,
                  const QList<domain::ExceptionRequest> &exceptions = {},
                  const std::optional<PreviewFile> &previous = std::nullopt);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] TablePreviewWidget *tablePreview() const { return m_table; }
    [[nodiscard]] CodePreviewWidget *codePreview() const { return m_code; }
    [[nodiscard]] PdfPreviewWidget *pdfPreview() const { return m_pdf; }
    [[nodiscard]] QString imageCaption() const;
    // The controls of every kind of preview, in the order Tab visits them (the hidden ones are
    // passed over).
    [[nodiscard]] QList<QWidget *> focusOrder() const;
    [[nodiscard]] QString noPreviewText() const;

private:
    void showImage(const PreviewFile &file);
    void showNone(const PreviewFile &file, const QString &why);

    QStackedWidget *m_stack;
    TablePreviewWidget *m_table;
    CodePreviewWidget *m_code;
    PdfPreviewWidget *m_pdf;
    QScrollArea *m_imageArea;
    QLabel *m_image;
    QLabel *m_imageCaption;
    QLabel *m_none;
    Kind m_kind = Kind::None;
};

} // namespace srs::ui
