#include "CodePreviewWidget.h"

#include "FindingListView.h"
#include "HiddenCharacters.h"
#include "ReviewIcons.h"
#include "ReviewTexts.h"
#include "ui/common/FindingTexts.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QStringDecoder>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

class CodeGutter : public QWidget
{
public:
    explicit CodeGutter(CodeView *view) : QWidget(view), m_view(view) { setObjectName(u"codeGutter"_s); }
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    CodeView *m_view;
};

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent), m_gutter(new CodeGutter(this)), m_fail(reviewIcon(ReviewMark::Fail)),
      m_review(reviewIcon(ReviewMark::Review))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int CodeView::gutterWidth() const
{
    const int digits = static_cast<int>(QString::number(std::max(1, blockCount())).size());
    const QFontMetrics fm(font());
    // number, a gap, the icon and the longest word ("review")
    return 6 + fm.horizontalAdvance(u'9') * digits + 6 + 16 + 4 +
           fm.horizontalAdvance(ReviewTexts::reviewTag()) + 6;
}

int CodeView::setCode(const QString &code)
{
    clear();
    QTextCursor cursor(document());
    const QTextCharFormat plain = cursor.charFormat();
    QTextCharFormat shown = plain;
    shown.setForeground(QColor(0x9c, 0x00, 0x06));
    shown.setBackground(QColor(0xff, 0xe8, 0x9c));
    shown.setFontWeight(QFont::Bold);
    shown.setProperty(HiddenCharacterProperty, true);
    int count = 0;
    QString run;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = code.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && code.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(code.at(i), code.at(i + 1));
            ++i;
        }
        if (c == u'\r' && i + 1 < n && code.at(i + 1) == u'\n')
            continue; // "\r\n" is a line end; the "\n" makes the line
        if (!HiddenCharacters::isHidden(c)) {
            if (QChar::requiresSurrogates(c)) {
                run += QChar(QChar::highSurrogate(c));
                run += QChar(QChar::lowSurrogate(c));
            } else {
                run += QChar(char16_t(c));
            }
            continue;
        }
        if (!run.isEmpty())
            cursor.insertText(run, plain);
        run.clear();
        QTextCharFormat marker = shown;
        marker.setToolTip(HiddenCharacters::description(c));
        cursor.insertText(HiddenCharacters::marker(c), marker);
        ++count;
    }
    if (!run.isEmpty())
        cursor.insertText(run, plain);
    moveCursor(QTextCursor::Start);
    return count;
}

void CodeView::setMarks(const QHash<int, LineMark> &marks)
{
    m_marks = marks;
    setViewportMargins(gutterWidth(), 0, 0, 0);
    updateHighlights();
    m_gutter->update();
}

void CodeView::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.format.setBackground(it->outcome == "fail"_L1 ? QColor(0xf8, 0xd7, 0xd4)
                                                        : QColor(0xfd, 0xeb, 0xc8));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.format.setToolTip(it->texts.join(u"\n"_s));
        s.cursor = QTextCursor(block);
        s.cursor.clearSelection();
        selections << s;
    }
    setExtraSelections(selections);
}

void CodeView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_marks.isEmpty())
        return;
    // The finding beside the flagged line's code, in italics.
    QPainter p(viewport());
    QFont note = font();
    note.setItalic(true);
    p.setFont(note);
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QFontMetrics fm(font());
    const QFontMetrics noteMetrics(note);
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(offset);
        if (box.top() > event->rect().bottom())
            break;
        const auto mark = m_marks.constFind(block.blockNumber() + 1);
        if (mark == m_marks.cend() || mark->texts.isEmpty())
            continue;
        const int x =
            qRound(offset.x() + document()->documentMargin()) + fm.horizontalAdvance(block.text()) + 24;
        QString text = u"\u2190 "_s + mark->texts.constFirst();
        if (mark->texts.size() > 1)
            text += tr(" (and %n more)", nullptr, static_cast<int>(mark->texts.size() - 1));
        const int room = viewport()->width() - x - 4;
        if (room > 40)
            p.drawText(QRect(x, qRound(box.top()), room, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       noteMetrics.elidedText(text, Qt::ElideRight, room));
    }
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

bool CodeView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(help->pos());
        QStringList tips;
        // A hidden character's marker under the pointer (the character after the position, or
        // the one before it at the marker's end) says what it is.
        QTextCursor next = at;
        next.movePosition(QTextCursor::NextCharacter);
        for (const QTextCursor &c : {next, at}) {
            if (c.charFormat().hasProperty(HiddenCharacterProperty)) {
                tips << c.charFormat().toolTip();
                break;
            }
        }
        const auto it = m_marks.constFind(at.blockNumber() + 1);
        if (it != m_marks.cend())
            tips << it->texts;
        if (!tips.isEmpty())
            QToolTip::showText(help->globalPos(), tips.join(u"\n"_s), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void CodeView::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    const QFontMetrics fm(font());
    p.setFont(font());
    const int digitsWidth =
        fm.horizontalAdvance(u'9') * static_cast<int>(QString::number(blockCount()).size());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const int line = block.blockNumber() + 1;
        if (block.isVisible() && top + height >= event->rect().top()) {
            const auto mark = m_marks.constFind(line);
            p.setPen(mark != m_marks.cend() ? palette().color(QPalette::Text)
                                            : palette().color(QPalette::PlaceholderText));
            p.drawText(QRect(6, top, digitsWidth, fm.height()), Qt::AlignRight, QString::number(line));
            if (mark != m_marks.cend()) {
                const bool fail = mark->outcome == "fail"_L1;
                const int x = 6 + digitsWidth + 6;
                (fail ? m_fail : m_review).paint(&p, QRect(x, top + (fm.height() - 16) / 2, 16, 16));
                p.drawText(QRect(x + 20, top, m_gutter->width() - x - 20, fm.height()), Qt::AlignLeft,
                           fail ? ReviewTexts::failTag() : ReviewTexts::reviewTag());
            }
        }
        block = block.next();
        top += height;
    }
}

QList<QWidget *> CodePreviewWidget::focusOrder() const
{
    return {m_code, m_findingList};
}

CodePreviewWidget::CodePreviewWidget(QWidget *parent)
    : QWidget(parent), m_code(new CodeView(this)), m_findings(new FindingListModel(this)),
      m_summary(new QLabel(this)),
      m_findingList(new FindingListView(m_findings, tr("Findings of this code file"), this))
{
    setObjectName(u"codePreviewWidget"_s);
    m_code->setObjectName(u"codePreviewView"_s);
    m_code->setAccessibleName(tr("Code preview"));
    m_summary->setObjectName(u"codeSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_findingList->setObjectName(u"codeFindingsView"_s);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_code);
    split->addWidget(m_findingList);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(m_findingList, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QTextBlock block =
            m_code->document()->findBlockByNumber(index.data(FindingListModel::LineRole).toInt() - 1);
        if (!block.isValid())
            return;
        m_code->setTextCursor(QTextCursor(block));
        m_code->centerCursor();
    });
}

void CodePreviewWidget::showCode(const QString &path, const QByteArray &bytes,
                                 const QList<protocol::CheckFindingInfo> &findings,
                                 const QList<domain::ExceptionRequest> &exceptions)
{
    // A byte order mark at the start is kept, and shown like any other hidden character.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    m_hidden = m_code->setCode(utf8.decode(bytes));
    int lines = m_code->blockCount();
    if (lines > 1 && m_code->document()->lastBlock().text().isEmpty())
        --lines; // the line end of the last line starts no new line
    QList<PlacedFinding> placed;
    QHash<int, CodeView::LineMark> marks;
    for (const protocol::CheckFindingInfo &f : findings) {
        if (!f.path.isEmpty() && f.path != path)
            continue;
        PlacedFinding p;
        p.finding = f;
        if (f.line >= 1 && f.line <= lines) {
            p.place = PlacedFinding::Place::Line;
            CodeView::LineMark &m = marks[f.line];
            if (m.outcome != "fail"_L1)
                m.outcome = f.outcome;
            m.texts
                << tr("%1 (%2): %3").arg(ReviewTexts::outcome(f.outcome), f.rule, FindingTexts::message(f));
        } else {
            p.place = f.line > 0 ? PlacedFinding::Place::NotFound : PlacedFinding::Place::File;
        }
        placed << p;
    }
    attachJustifications(placed, exceptions);
    m_code->setMarks(marks);
    m_findings->setFindings(placed);
    for (int c :
         {FindingListModel::OutcomeColumn, FindingListModel::RuleColumn, FindingListModel::WhereColumn})
        m_findingList->resizeColumnToContents(c);

    QString text = tr("%Ln line(s)", nullptr, lines);
    if (!marks.isEmpty())
        text += tr("; %Ln line(s) flagged", nullptr, static_cast<int>(marks.size()));
    if (m_hidden > 0)
        text += tr("; %Ln hidden or direction-changing character(s), shown as \u27E6U+\u2026\u27E7", nullptr,
                   m_hidden);
    const int unplaced = m_findings->unplacedCount();
    if (unplaced > 0)
        text +=
            tr("; %Ln finding(s) name lines the file does not have: see the list below", nullptr, unplaced);
    m_summary->setText(text);
}

QString CodePreviewWidget::summaryText() const
{
    return m_summary->text();
}

} // namespace srs::ui
