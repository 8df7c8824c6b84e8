#pragma once

#include "FindingListModel.h"

#include "domain/Submission.h"
#include "protocol/SubmissionMessages.h"

#include <QHash>
#include <QPlainTextEdit>
#include <QTextFormat>
#include <QWidget>

class QLabel;

namespace srs::ui {

class FindingListView;

// A read-only code view whose gutter shows line numbers and, on flagged lines, the outcome's
// icon and word ("[fail]", "[review]"); flagged lines are highlighted, the first finding's
// message is written after the line's code, and hovering the line shows all its findings.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    // line (1-based) -> the outcome ("fail" wins over "review") and the findings' texts.
    struct LineMark
    {
        QString outcome;
        QStringList texts;
    };
    // Shows the code with every hidden character (HiddenCharacters) as a visible marker, in a
    // format of its own with a tooltip that names it; line ends are "\n" and "\r\n" only, so the
    // lines shown are the file's lines. Returns how many markers were shown.
    int setCode(const QString &code);
    void setMarks(const QHash<int, LineMark> &marks);
    [[nodiscard]] const QHash<int, LineMark> &marks() const { return m_marks; }
    // The property that tells a marker's characters from the code's own.
    static constexpr int HiddenCharacterProperty = QTextFormat::UserProperty + 1;
    [[nodiscard]] int gutterWidth() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    friend class CodeGutter;
    void paintGutter(QPaintEvent *event);
    void updateHighlights();

    QWidget *m_gutter;
    QHash<int, LineMark> m_marks;
    QIcon m_fail;
    QIcon m_review;
};

// A code file of the request with its findings: the code (flagged lines marked) and the
// findings listed below, including any whose line the file does not have. Object names:
// codePreviewWidget, codePreviewView, codeSummaryLabel, codeFindingsView.
class CodePreviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CodePreviewWidget(QWidget *parent = nullptr);

    // Findings of other files are left out.
    void showCode(const QString &path, const QByteArray &bytes,
                  const QList<protocol::CheckFindingInfo> &findings,
                  const QList<domain::ExceptionRequest> &exceptions = {});

    [[nodiscard]] CodeView *codeView() const { return m_code; }
    [[nodiscard]] FindingListModel *findingsModel() const { return m_findings; }
    [[nodiscard]] QString summaryText() const;
    // Its controls in the order Tab visits them.
    [[nodiscard]] QList<QWidget *> focusOrder() const;
    // Hidden characters shown as markers in the code on show.
    [[nodiscard]] int hiddenCharacterCount() const { return m_hidden; }

private:
    CodeView *m_code;
    FindingListModel *m_findings;
    QLabel *m_summary;
    FindingListView *m_findingList;
    int m_hidden = 0;
};

} // namespace srs::ui
