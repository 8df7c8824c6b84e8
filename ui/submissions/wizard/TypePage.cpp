#include "StepPage.h"
#include "WizardPages.h"

#include "ui/submissions/SubmissionWizardDialog.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui::wizard {

namespace {

class TypePage : public StepPage
{
public:
    explicit TypePage(SubmissionWizard *c)
        : StepPage(c, Page::Type, SubmissionWizardDialog::tr("What are you asking to release?"),
                   SubmissionWizardDialog::tr("The kind of clearance decides who may see the outputs and "
                                              "what the checkers look for."))
    {
        const struct
        {
            domain::ClearanceType type;
            const char *name;
            QString title;
            QString text;
        } kinds[] = {
            {domain::ClearanceType::PrePublication, "prePublicationRadio",
             SubmissionWizardDialog::tr("Pre-publication"),
             SubmissionWizardDialog::tr("To share with the named project team only, for example drafts for "
                                        "co-authors. It must be destroyed when the project ends.")},
            {domain::ClearanceType::Publication, "publicationRadio",
             SubmissionWizardDialog::tr("Publication"),
             SubmissionWizardDialog::tr(
                 "Everything that will be disseminated: tables, words and graphics, with "
                 "the underlying data (counts) the checkers need.")},
            {domain::ClearanceType::Code, "codeRadio", SubmissionWizardDialog::tr("Code"),
             SubmissionWizardDialog::tr("Analysis code to take out: no identifiers or record listings, and "
                                        "annotated so a checker can follow it.")},
        };
        for (const auto &k : kinds) {
            auto *radio = new QRadioButton(k.title, this);
            radio->setObjectName(QString::fromLatin1(k.name));
            m_group.addButton(radio, static_cast<int>(k.type));
            m_layout->addWidget(radio);
            auto *explain = wrapped(k.text, this);
            explain->setContentsMargins(24, 0, 0, 8);
            m_layout->addWidget(explain);
            radio->setAccessibleDescription(k.text);
        }
        m_title = new QLineEdit(this);
        m_title->setObjectName(u"requestTitleEdit"_s);
        m_title->setPlaceholderText(SubmissionWizardDialog::tr("For example: Income by region, 2024"));
        auto *form = new QFormLayout;
        form->addRow(SubmissionWizardDialog::tr("Title of the request"), m_title);
        m_layout->addLayout(form);
        finishLayout();
    }

protected:
    void load() override
    {
        if (draft().typeChosen)
            m_group.button(static_cast<int>(draft().clearanceType))->setChecked(true);
        m_title->setText(draft().title);
    }
    void store() override
    {
        if (m_group.checkedId() >= 0) {
            draft().typeChosen = true;
            draft().clearanceType = static_cast<domain::ClearanceType>(m_group.checkedId());
        }
        draft().title = m_title->text().trimmed();
    }

private:
    QButtonGroup m_group;
    QLineEdit *m_title;
};

} // namespace

QWizardPage *createTypePage(SubmissionWizard *c)
{
    return new TypePage(c);
}

} // namespace srs::ui::wizard
