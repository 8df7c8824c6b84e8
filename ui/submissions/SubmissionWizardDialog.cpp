#include "SubmissionWizardDialog.h"

#include "ui/common/PageParts.h"

#include "ui/submissions/wizard/WizardPages.h"

#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

using Page = session::SubmissionDraft::Page;

SubmissionWizardDialog::SubmissionWizardDialog(session::SubmissionWizard *controller, QWidget *parent)
    : QWizard(parent), m_controller(controller)
{
    setObjectName(u"submissionWizard"_s);
    setWindowTitle(tr("Request output clearance"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Submit for checking"));
    // The other buttons' words are ours too, so that they are in the workstation's language
    // (Qt has no Welsh of its own).
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CommitButton, tr("Commit"));
    setPage(idOf(Page::Type), wizard::createTypePage(controller));
    setPage(idOf(Page::Files), wizard::createFilesPage(controller));
    setPage(idOf(Page::Tables), wizard::createTablesPage(controller));
    setPage(idOf(Page::Checks), wizard::createChecksPage(controller));
    setPage(idOf(Page::Exceptions), wizard::createExceptionsPage(controller));
    setPage(idOf(Page::Context), wizard::createContextPage(controller));
    setPage(idOf(Page::Commit), wizard::createCommitPage(controller, this));
    rememberWindowSize(this, u"submissionWizard"_s, QSize(900, 640));
    // The workstation locks: the draft has been saved; nothing of it stays on screen.
    connect(controller, &session::SubmissionWizard::draftChanged, this, [this] {
        if (!m_controller->isActive() && isVisible() && !property("closing").toBool())
            reject();
    });
}

void SubmissionWizardDialog::done(int result)
{
    setProperty("closing", true);
    QWizard::done(result);
    setProperty("closing", false);
}

void SubmissionWizardDialog::showDraft()
{
    const session::SubmissionDraft &d = m_controller->draft();
    setWindowTitle(d.isResubmission() ? tr("Fix and resubmit request %1").arg(d.resubmitOf)
                                      : tr("Request output clearance"));
    setButtonText(QWizard::FinishButton,
                  d.isResubmission() ? tr("Resubmit for checking") : tr("Submit for checking"));
    // From the start, then on through every complete page to where the person was, so that
    // Back works as it did.
    const int target = idOf(m_controller->draft().page);
    setStartId(idOf(Page::Type));
    restart();
    while (currentId() < target) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // that page is not complete any more: it shows what it needs
    }
}

} // namespace srs::ui

namespace srs::ui {

SubmissionWizardDialog *SubmissionWizardDialog::openFor(session::SubmissionWizard *controller,
                                                        QWidget *parent)
{
    auto *dialog = new SubmissionWizardDialog(controller, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec() for the answer: it comes in the network answer's signal, and a nested event
    // loop there would delete the call under it.
    auto submitted = std::make_shared<QMetaObject::Connection>();
    const bool again = controller->draft().isResubmission();
    *submitted = connect(
        controller, &session::SubmissionWizard::submitted, parent,
        [parent, submitted, again](const protocol::SubmissionInfo &info) {
            disconnect(*submitted);
            const QDate due = info.submission.expectedAnswerDate;
            const QString when = due.isValid() ? QLocale().toString(due, u"dddd d MMMM yyyy"_s) : QString();
            QString text;
            if (again)
                text = due.isValid()
                           ? tr("Your new version of request %1 has been sent with your answer. Output "
                                "checkers will look at it again; expect an answer by %2 (five working "
                                "days).")
                                 .arg(info.submission.id, when)
                           : tr("Your new version of request %1 has been sent.").arg(info.submission.id);
            else
                text = due.isValid()
                           ? tr("Your request %1 has been submitted. Output checkers will look at it; "
                                "expect an answer by %2 (five working days).")
                                 .arg(info.submission.id, when)
                           : tr("Your request %1 has been submitted.").arg(info.submission.id);
            auto *done = new QMessageBox(QMessageBox::Information,
                                         again ? tr("Request resubmitted") : tr("Request submitted"), text,
                                         QMessageBox::Ok, parent);
            done->setObjectName(u"submittedMessage"_s);
            nameStandardButtons(done);
            done->setAttribute(Qt::WA_DeleteOnClose);
            done->open();
        });
    connect(dialog, &QDialog::rejected, dialog, [submitted] { QObject::disconnect(*submitted); });
    dialog->showDraft();
    dialog->open();
    return dialog;
}

} // namespace srs::ui
