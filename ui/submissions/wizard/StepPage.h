#pragma once

// The submission wizard's pages (ui/submissions/wizard/, one file per page) share this base and
// these helpers; the dialog makes the pages through WizardPages.h.

#include "session/SubmissionWizard.h"

#include <QString>
#include <QWizardPage>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace srs::ui::wizard {

using session::SubmissionDraft;
using session::SubmissionWizard;
using Page = SubmissionDraft::Page;

QLabel *wrapped(const QString &text, QWidget *parent, const char *objectName = nullptr);
// Where a finding is, as a spreadsheet shows it: the server names cells by their place in the
// file, never by their labels.
QString findingPlace(const protocol::CheckFindingInfo &f);
QString roleText(domain::FileRole role);

// A page that shows what it still needs and only lets the person on when it is complete.
class StepPage : public QWizardPage
{
public:
    StepPage(SubmissionWizard *controller, Page page, const QString &title, const QString &subTitle);
    bool validatePage() override;
    void initializePage() override;
    void cleanupPage() override;

protected:
    virtual void load() = 0;
    virtual void store() = 0;
    void finishLayout();
    void showProblem(const QString &text);
    SubmissionDraft &draft() { return m_controller->draft(); }
    void showNotKept(const QString &problem);

    SubmissionWizard *m_controller;
    Page m_page;
    QLabel *m_problem;
    QLabel *m_returned;
    QLabel *m_notKept;
    QVBoxLayout *m_layout;
};

} // namespace srs::ui::wizard
