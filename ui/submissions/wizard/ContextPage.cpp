#include "StepPage.h"
#include "WizardPages.h"

#include "ui/common/Accessibility.h"
#include "ui/submissions/SubmissionWizardDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include <tuple>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui::wizard {

namespace {

class ContextPage : public StepPage
{
public:
    explicit ContextPage(SubmissionWizard *c)
        : StepPage(c, Page::Context, SubmissionWizardDialog::tr("Context and controls"),
                   SubmissionWizardDialog::tr(
                       "What each output is, where it will be published or to whom it goes, "
                       "and what you did to control disclosure."))
    {
        m_area = new QScrollArea(this);
        m_area->setWidgetResizable(true);
        m_area->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields inside; the area scrolls to them
        m_controls = new QPlainTextEdit(this);
        m_controls->setObjectName(u"controlsEdit"_s);
        m_controls->setPlaceholderText(SubmissionWizardDialog::tr(
            "For example: cells under 10 suppressed, with a second cell in each row"));
        m_controls->setMaximumHeight(80);
        m_controls->setTabChangesFocus(true);
        m_layout->addWidget(m_area, 1);
        m_layout->addWidget(
            fieldLabel(SubmissionWizardDialog::tr("&Disclosure control applied"), m_controls, this));
        m_layout->addWidget(m_controls);
        finishLayout();
    }

protected:
    void load() override
    {
        m_rows.clear();
        auto *inner = new QWidget;
        auto *form = new QFormLayout(inner);
        for (const domain::SubmissionFile &f : draft().files) {
            if (f.role == domain::FileRole::Supporting)
                continue;
            auto *what = new QLineEdit(f.description, inner);
            what->setObjectName(u"descriptionEdit"_s);
            what->setPlaceholderText(SubmissionWizardDialog::tr("What it is"));
            what->setAccessibleName(SubmissionWizardDialog::tr("What %1 is").arg(f.path));
            auto *where = new QLineEdit(f.destination, inner);
            where->setObjectName(u"destinationEdit"_s);
            where->setPlaceholderText(
                SubmissionWizardDialog::tr("Where it will be published, or to whom it goes"));
            where->setAccessibleName(
                SubmissionWizardDialog::tr("Where %1 will be published, or to whom it goes").arg(f.path));
            auto *box = new QVBoxLayout;
            box->addWidget(what);
            box->addWidget(where);
            form->addRow(f.path, box);
            m_rows.append({f.path, what, where});
        }
        m_area->setWidget(inner);
        // The fields made now come after what is before the area, then the controls box: not at
        // the end of the window's order, after Back and Next.
        QWidget *previous = m_area;
        for (const auto &[path, what, where] : std::as_const(m_rows)) {
            setTabOrder(previous, what);
            setTabOrder(what, where);
            previous = where;
        }
        setTabOrder(previous, m_controls);
        m_controls->setPlainText(draft().controls);
    }
    void store() override
    {
        for (const auto &[path, what, where] : std::as_const(m_rows)) {
            for (domain::SubmissionFile &f : draft().files) {
                if (f.path == path) {
                    f.description = what->text().trimmed();
                    f.destination = where->text().trimmed();
                }
            }
        }
        draft().controls = m_controls->toPlainText().trimmed();
    }

private:
    QScrollArea *m_area;
    QPlainTextEdit *m_controls;
    QList<std::tuple<QString, QLineEdit *, QLineEdit *>> m_rows;
};

} // namespace

QWizardPage *createContextPage(SubmissionWizard *c)
{
    return new ContextPage(c);
}

} // namespace srs::ui::wizard
