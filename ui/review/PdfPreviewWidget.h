#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QToolButton;

namespace srs::ui {

// A PDF output shown to a checker page by page, from memory (nothing is written to disk), with Qt
// PDF. Page Down and Page Up (and the buttons) turn the pages, Home and End go to the first and
// last; the page shown is named ("Page 2 of 7"). Pages fit the width at first; zoom in and out,
// or back to the width. Object names: pdfPreviewWidget, pdfPageView, pdfPageLabel,
// pdfPreviousPageButton, pdfNextPageButton, pdfZoomOutButton, pdfZoomInButton, pdfFitWidthButton.
class PdfPreviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPreviewWidget(QWidget *parent = nullptr);
    ~PdfPreviewWidget() override;

    // Shows the PDF from its first page; false when Qt PDF cannot read it (errorString() says why).
    [[nodiscard]] bool showPdf(const QString &path, const QByteArray &bytes);

    [[nodiscard]] int pageCount() const;
    [[nodiscard]] int currentPage() const; // from 0
    [[nodiscard]] QString pageText() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QPdfView *view() const { return m_view; }
    // Its controls in the order Tab visits them.
    [[nodiscard]] QList<QWidget *> focusOrder() const;

public slots:
    void goToPage(int page);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitToWidth();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    [[nodiscard]] bool turnPage(int key);
    void updatePageControls();

    QByteArray m_bytes;
    QBuffer *m_buffer;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_pageLabel;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fitWidth;
    QString m_error;
};

} // namespace srs::ui
