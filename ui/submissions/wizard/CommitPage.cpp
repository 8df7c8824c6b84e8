#include "StepPage.h"
#include "WizardPages.h"

#include "ui/submissions/SubmissionWizardDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui::wizard {

namespace {

class CommitPage : public StepPage
{
public:
    explicit CommitPage(SubmissionWizard *c, QWizard *wizard)
        : StepPage(c, Page::Commit, SubmissionWizardDialog::tr("Declaration and summary"),
                   SubmissionWizardDialog::tr(
                       "Read the summary, confirm the declaration and submit. A person checks "
                       "every output before anything leaves."))
    {
        m_summary = new QTextBrowser(this);
        m_summary->setObjectName(u"summaryBrowser"_s);
        m_summary->setAccessibleName(SubmissionWizardDialog::tr("Summary of the request"));
        // The declaration wraps in a label; a check box's own text would not.
        auto *declaration =
            wrapped(SubmissionWizardDialog::tr(
                        "I declare that these outputs are what I describe, that I have applied the "
                        "disclosure controls stated, and that they contain no identifying "
                        "information beyond what the checks and my explanations cover."),
                    this, "declarationTextLabel");
        m_declare = new QCheckBox(SubmissionWizardDialog::tr("I make this declaration"), this);
        m_declare->setObjectName(u"declarationCheck"_s);
        m_declare->setAccessibleDescription(declaration->text());
        m_answerLabel = wrapped(SubmissionWizardDialog::tr("What you changed in answer to the output "
                                                           "checkers (they read this with the new version):"),
                                this, "resubmitAnswerLabel");
        m_answer = new QPlainTextEdit(this);
        m_answer->setObjectName(u"resubmitAnswerEdit"_s);
        m_answer->setTabChangesFocus(true);
        m_answer->setMaximumHeight(90);
        m_answerLabel->setBuddy(m_answer);
        m_layout->addWidget(m_summary, 1);
        m_layout->addWidget(m_answerLabel);
        m_layout->addWidget(m_answer);
        m_layout->addWidget(declaration);
        m_layout->addWidget(m_declare);
        finishLayout();
        // QWizard validates the page again on accept(): by then the request is in.
        connect(c, &SubmissionWizard::submitted, this, [this, wizard] {
            m_submitted = true;
            wizard->accept();
        });
        connect(c, &SubmissionWizard::submitFailed, this, [this](const QString &message) {
            m_sending = false;
            showProblem(SubmissionWizardDialog::tr("Not submitted: %1 Your draft is kept.").arg(message));
        });
    }
    bool validatePage() override
    {
        if (m_submitted)
            return true;
        store();
        if (m_sending)
            return false;
        m_sending = true;
        m_controller->submit(); // the dialog closes when the server has it
        return false;
    }

protected:
    void load() override
    {
        m_sending = false;
        const SubmissionDraft &d = draft();
        const QString kind = d.clearanceType == domain::ClearanceType::PrePublication
                                 ? SubmissionWizardDialog::tr("pre-publication (the project team only)")
                             : d.clearanceType == domain::ClearanceType::Code
                                 ? SubmissionWizardDialog::tr("code")
                                 : SubmissionWizardDialog::tr("publication");
        const QString exceptions = d.exceptions.isEmpty()
                                       ? SubmissionWizardDialog::tr("No exceptions asked for.")
                                       : SubmissionWizardDialog::tr("%n exception(s) asked for.", nullptr,
                                                                    static_cast<int>(d.exceptions.size()));
        QString html = u"<h3>%1</h3><p>"_s.arg(d.title.toHtmlEscaped()) +
                       SubmissionWizardDialog::tr("Clearance: %1").arg(kind) + u"</p><ul>"_s;
        for (const domain::SubmissionFile &f : d.files)
            html += u"<li>%1 — %2</li>"_s.arg(f.path.toHtmlEscaped(), roleText(f.role).toHtmlEscaped());
        html += u"</ul><p>"_s + exceptions + u"</p><p>"_s + d.controls.toHtmlEscaped() + u"</p>"_s;
        m_summary->setHtml(html);
        m_declare->setChecked(d.declared);
        m_answerLabel->setVisible(d.isResubmission());
        m_answer->setVisible(d.isResubmission());
        m_answer->setPlainText(d.answer);
    }
    void store() override
    {
        draft().declared = m_declare->isChecked();
        if (draft().isResubmission())
            draft().answer = m_answer->toPlainText();
    }

private:
    QTextBrowser *m_summary;
    QCheckBox *m_declare;
    QLabel *m_answerLabel;
    QPlainTextEdit *m_answer;
    bool m_sending = false;
    bool m_submitted = false;
};

} // namespace

QWizardPage *createCommitPage(SubmissionWizard *c, QWizard *wizard)
{
    return new CommitPage(c, wizard);
}

} // namespace srs::ui::wizard
