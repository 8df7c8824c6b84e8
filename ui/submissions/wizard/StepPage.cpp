#include "StepPage.h"

#include "ui/common/Accessibility.h"
#include "ui/submissions/SubmissionWizardDialog.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui::wizard {

QLabel *wrapped(const QString &text, QWidget *parent, const char *objectName)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    if (objectName)
        l->setObjectName(QString::fromLatin1(objectName));
    return l;
}

QString findingPlace(const protocol::CheckFindingInfo &f)
{
    QString where;
    if (f.line > 0)
        return SubmissionWizardDialog::tr("Line %1").arg(f.line);
    if (!f.cell.isEmpty())
        where =
            SubmissionWizardDialog::tr("Row %1, column %2 (%3)").arg(f.fileRow).arg(f.fileColumn).arg(f.cell);
    else if (f.fileRow > 0)
        where = SubmissionWizardDialog::tr("Row %1").arg(f.fileRow);
    else if (f.fileColumn > 0)
        where = SubmissionWizardDialog::tr("Column %1").arg(f.fileColumn);
    else
        return SubmissionWizardDialog::tr("Whole table");
    if (!f.sheet.isEmpty())
        where = SubmissionWizardDialog::tr("%1 of sheet \"%2\"").arg(where, f.sheet);
    return where;
}

QString roleText(domain::FileRole role)
{
    switch (role) {
    case domain::FileRole::Output:
        return SubmissionWizardDialog::tr("Output (to be released)");
    case domain::FileRole::Supporting:
        return SubmissionWizardDialog::tr("Supporting (for the checkers, never released)");
    case domain::FileRole::Code:
        return SubmissionWizardDialog::tr("Code (to be released)");
    }
    return {};
}

StepPage::StepPage(SubmissionWizard *controller, Page page, const QString &title, const QString &subTitle)
    : m_controller(controller), m_page(page), m_problem(wrapped({}, this, "pageProblemLabel"))
{
    setTitle(title);
    setSubTitle(subTitle);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->setVisible(false);
    m_layout = new QVBoxLayout(this);
    // Fixing a returned request: what the checkers said stays in sight on every page.
    m_returned = wrapped({}, this, "returnedBanner");
    m_returned->setFrameShape(QFrame::StyledPanel);
    m_returned->setVisible(false);
    m_layout->addWidget(m_returned);
    // A draft that cannot be kept on this computer yet (just after signing in, before the
    // cache has opened) is said, rather than stopping the person.
    m_notKept = wrapped({}, this, "draftNotKeptLabel");
    m_notKept->setStyleSheet(u"background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px;"_s);
    m_notKept->setVisible(false);
    m_layout->addWidget(m_notKept);
    QObject::connect(controller, &SubmissionWizard::saveProblemChanged, this,
                     [this](const QString &problem) { showNotKept(problem); });
}

bool StepPage::validatePage()
{
    store();
    const int next = static_cast<int>(m_page) + 1;
    if (next > static_cast<int>(Page::Commit))
        return true;
    const Status s = m_controller->goTo(static_cast<Page>(next));
    showProblem(s.ok() ? QString() : s.error().message);
    return s.ok();
}

void StepPage::initializePage()
{
    m_problem->setVisible(false);
    const SubmissionDraft &d = draft();
    if (d.isResubmission()) {
        m_returned->setText(
            d.returnNote.isEmpty()
                ? SubmissionWizardDialog::tr("You are fixing request %1, which the output checkers returned.")
                      .arg(d.resubmitOf)
                : SubmissionWizardDialog::tr("You are fixing request %1. The output checkers said: “%2”")
                      .arg(d.resubmitOf, d.returnNote));
    }
    m_returned->setVisible(d.isResubmission());
    showNotKept(m_controller->saveProblem());
    load();
}

void StepPage::cleanupPage()
{
    if (!m_controller->isActive())
        return; // submitted or cleared: nothing to keep
    store();
    // Back: the draft now resumes on the page before. Closing: it stays where it was.
    if (!wizard()->property("closing").toBool())
        (void)m_controller->goTo(static_cast<Page>(std::max(0, static_cast<int>(m_page) - 1)));
    else
        (void)m_controller->save();
}

void StepPage::finishLayout()
{
    m_layout->addStretch(1);
    m_layout->addWidget(m_problem);
}

void StepPage::showProblem(const QString &text)
{
    showAlert(m_problem, text);
}

void StepPage::showNotKept(const QString &problem)
{
    m_notKept->setText(problem.isEmpty()
                           ? QString()
                           : SubmissionWizardDialog::tr("%1 This draft will be saved as soon as it "
                                                        "can be; until then, it is only in this window.")
                                 .arg(problem));
    m_notKept->setVisible(!problem.isEmpty());
}

} // namespace srs::ui::wizard
