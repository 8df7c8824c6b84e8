#include "PdfPreviewWidget.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

constexpr qreal ZoomStep = 1.25;
constexpr qreal MinZoom = 0.25;
constexpr qreal MaxZoom = 8.0;

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &text,
                        const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    return button;
}

} // namespace

QList<QWidget *> PdfPreviewWidget::focusOrder() const
{
    return {m_previous, m_next, m_zoomOut, m_zoomIn, m_fitWidth, m_view};
}

PdfPreviewWidget::PdfPreviewWidget(QWidget *parent)
    : QWidget(parent), m_buffer(new QBuffer(this)), m_document(new QPdfDocument(this)),
      m_view(new QPdfView(this)), m_pageLabel(new QLabel(this)),
      m_previous(
          toolButton(this, u"pdfPreviousPageButton"_s, tr("Previous page"), tr("Previous page (Page Up)"))),
      m_next(toolButton(this, u"pdfNextPageButton"_s, tr("Next page"), tr("Next page (Page Down)"))),
      m_zoomOut(toolButton(this, u"pdfZoomOutButton"_s, tr("Zoom out"), tr("Zoom out (Ctrl+minus)"))),
      m_zoomIn(toolButton(this, u"pdfZoomInButton"_s, tr("Zoom in"), tr("Zoom in (Ctrl+plus)"))),
      m_fitWidth(
          toolButton(this, u"pdfFitWidthButton"_s, tr("Fit width"), tr("Fit the page to the width (Ctrl+0)")))
{
    setObjectName(u"pdfPreviewWidget"_s);
    m_view->setObjectName(u"pdfPageView"_s);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::SinglePage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_pageLabel->setObjectName(u"pdfPageLabel"_s);
    m_pageLabel->setTextFormat(Qt::PlainText);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_fitWidth->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitWidth->setCheckable(true);
    m_fitWidth->setChecked(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitWidth);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_previous, &QToolButton::clicked, this, &PdfPreviewWidget::previousPage);
    connect(m_next, &QToolButton::clicked, this, &PdfPreviewWidget::nextPage);
    connect(m_zoomOut, &QToolButton::clicked, this, &PdfPreviewWidget::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, this, &PdfPreviewWidget::zoomIn);
    connect(m_fitWidth, &QToolButton::clicked, this, &PdfPreviewWidget::fitToWidth);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &PdfPreviewWidget::updatePageControls);
    connect(m_document, &QPdfDocument::pageCountChanged, this, &PdfPreviewWidget::updatePageControls);
    connect(m_document, &QPdfDocument::statusChanged, this, &PdfPreviewWidget::updatePageControls);
    updatePageControls();
}

PdfPreviewWidget::~PdfPreviewWidget()
{
    // The document reads from the buffer until it is closed.
    m_document->close();
}

bool PdfPreviewWidget::showPdf(const QString &path, const QByteArray &bytes)
{
    m_document->close();
    m_buffer->close();
    m_bytes = bytes;
    m_buffer->setBuffer(&m_bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_error.clear();
    m_document->load(m_buffer);
    if (m_document->status() == QPdfDocument::Status::Error ||
        m_document->error() != QPdfDocument::Error::None) {
        switch (m_document->error()) {
        case QPdfDocument::Error::IncorrectPassword:
            m_error = tr("it is protected by a password");
            break;
        case QPdfDocument::Error::UnsupportedSecurityScheme:
            m_error = tr("it is encrypted in a way that cannot be opened");
            break;
        default:
            m_error = tr("it is damaged or not a PDF");
            break;
        }
        m_document->close();
        updatePageControls();
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    m_view->setAccessibleName(tr("Pages of %1").arg(name));
    m_view->setAccessibleDescription(tr("Page Down and Page Up turn the pages"));
    fitToWidth();
    goToPage(0);
    updatePageControls();
    return true;
}

int PdfPreviewWidget::pageCount() const
{
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

int PdfPreviewWidget::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

QString PdfPreviewWidget::pageText() const
{
    return m_pageLabel->text();
}

void PdfPreviewWidget::goToPage(int page)
{
    if (pageCount() == 0)
        return;
    const int target = std::clamp(page, 0, pageCount() - 1);
    m_view->pageNavigator()->jump(target, QPointF(), m_view->zoomFactor());
    updatePageControls();
}

void PdfPreviewWidget::nextPage()
{
    goToPage(currentPage() + 1);
}

void PdfPreviewWidget::previousPage()
{
    goToPage(currentPage() - 1);
}

void PdfPreviewWidget::zoomIn()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::min(MaxZoom, m_view->zoomFactor() * ZoomStep));
    m_fitWidth->setChecked(false);
}

void PdfPreviewWidget::zoomOut()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::max(MinZoom, m_view->zoomFactor() / ZoomStep));
    m_fitWidth->setChecked(false);
}

void PdfPreviewWidget::fitToWidth()
{
    m_view->setZoomFactor(1.0);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_fitWidth->setChecked(true);
}

bool PdfPreviewWidget::turnPage(int key)
{
    switch (key) {
    case Qt::Key_PageDown:
        nextPage();
        return true;
    case Qt::Key_PageUp:
        previousPage();
        return true;
    case Qt::Key_Home:
        goToPage(0);
        return true;
    case Qt::Key_End:
        goToPage(pageCount() - 1);
        return true;
    default:
        return false;
    }
}

bool PdfPreviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    // The view would scroll within the page; here these keys turn pages.
    if ((watched == m_view || watched == m_view->viewport()) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier && turnPage(key->key()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PdfPreviewWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier && turnPage(event->key()))
        return;
    QWidget::keyPressEvent(event);
}

void PdfPreviewWidget::updatePageControls()
{
    const int count = pageCount();
    const int page = count > 0 ? currentPage() : -1;
    m_pageLabel->setText(count > 0 ? tr("Page %1 of %2").arg(page + 1).arg(count) : QString());
    m_pageLabel->setAccessibleName(m_pageLabel->text());
    m_previous->setEnabled(count > 0 && page > 0);
    m_next->setEnabled(count > 0 && page < count - 1);
    m_zoomIn->setEnabled(count > 0);
    m_zoomOut->setEnabled(count > 0);
    m_fitWidth->setEnabled(count > 0);
}

} // namespace srs::ui
