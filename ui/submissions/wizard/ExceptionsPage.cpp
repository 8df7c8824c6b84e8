#include "StepPage.h"
#include "WizardPages.h"

#include "ui/common/FindingTexts.h"
#include "ui/submissions/SubmissionWizardDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui::wizard {

namespace {

class ExceptionsPage : public StepPage
{
public:
    explicit ExceptionsPage(SubmissionWizard *c)
        : StepPage(
              c, Page::Exceptions, SubmissionWizardDialog::tr("Explain what remains"),
              SubmissionWizardDialog::tr("For each problem you have not fixed, say why the output is safe to "
                                         "release. A checker decides; most requests come back when this is "
                                         "missing."))
    {
        m_area = new QScrollArea(this);
        m_area->setWidgetResizable(true);
        m_area->setFocusPolicy(Qt::NoFocus); // Tab goes to the boxes inside; the area scrolls to them
        m_layout->addWidget(m_area, 1);
        finishLayout();
    }

protected:
    void load() override
    {
        m_edits.clear();
        auto *inner = new QWidget;
        auto *v = new QVBoxLayout(inner);
        QList<protocol::CheckFindingInfo> findings;
        if (draft().lastCheck)
            for (const protocol::CheckItemInfo &item : draft().lastCheck->items)
                for (const protocol::CheckFindingInfo &f : item.findings)
                    if (f.outcome == u"fail"_s)
                        findings.append(f);
        for (const protocol::CheckFindingInfo &f : std::as_const(findings)) {
            v->addWidget(wrapped(
                u"<b>%1</b><br/>%2"_s.arg(f.path.toHtmlEscaped(), FindingTexts::message(f).toHtmlEscaped()),
                inner));
            auto *edit = new QPlainTextEdit(inner);
            edit->setObjectName(u"justificationEdit"_s);
            edit->setPlaceholderText(SubmissionWizardDialog::tr("Why is this safe to release?"));
            edit->setMaximumHeight(70);
            edit->setTabChangesFocus(true); // Tab moves on; a justification needs no tab character
            edit->setAccessibleName(
                SubmissionWizardDialog::tr("Why it is safe to release: %1, %2").arg(f.path, findingPlace(f)));
            edit->setAccessibleDescription(FindingTexts::message(f));
            for (const domain::ExceptionRequest &e : draft().exceptions)
                if (e.path == f.path && e.rule == f.rule && e.cell == f.place() && e.line == f.line)
                    edit->setPlainText(e.justification);
            v->addWidget(edit);
            m_edits.append({f, edit});
        }
        if (findings.isEmpty())
            v->addWidget(
                wrapped(SubmissionWizardDialog::tr("Nothing to explain: no cell or line must be fixed."),
                        inner, "nothingToExplainLabel"));
        v->addStretch(1);
        m_area->setWidget(inner);
        // The boxes come after what is before the area, not at the end of the window's order.
        QWidget *previous = m_area;
        for (const auto &[finding, edit] : std::as_const(m_edits)) {
            setTabOrder(previous, edit);
            previous = edit;
        }
    }
    void store() override
    {
        for (const auto &[finding, edit] : std::as_const(m_edits))
            if (!edit->toPlainText().trimmed().isEmpty())
                m_controller->setException(finding, edit->toPlainText().trimmed());
    }

private:
    QScrollArea *m_area;
    QList<std::pair<protocol::CheckFindingInfo, QPlainTextEdit *>> m_edits;
};

} // namespace

QWizardPage *createExceptionsPage(SubmissionWizard *c)
{
    return new ExceptionsPage(c);
}

} // namespace srs::ui::wizard
