#pragma once

// The submission wizard's pages, one per step of SubmissionDraft::Page, each in a file of its own.

class QWizard;
class QWizardPage;

namespace srs::session {
class SubmissionWizard;
}

namespace srs::ui::wizard {

QWizardPage *createTypePage(session::SubmissionWizard *c);
QWizardPage *createFilesPage(session::SubmissionWizard *c);
QWizardPage *createTablesPage(session::SubmissionWizard *c);
QWizardPage *createChecksPage(session::SubmissionWizard *c);
QWizardPage *createExceptionsPage(session::SubmissionWizard *c);
QWizardPage *createContextPage(session::SubmissionWizard *c);
QWizardPage *createCommitPage(session::SubmissionWizard *c, QWizard *wizard);

} // namespace srs::ui::wizard
