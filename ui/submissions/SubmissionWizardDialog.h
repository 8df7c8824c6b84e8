#pragma once

#include "session/SubmissionWizard.h"

#include <QWizard>

class QLabel;

namespace srs::ui {

// The guided output request: clearance type, files, tables, checks, exceptions, context,
// and the declaration with a summary. Every page shows what it still needs (from the
// controller, which also saves the draft on every page change); Next only goes on when the
// page is complete. The dialog closes when the workstation locks: the draft is kept.
class SubmissionWizardDialog : public QWizard
{
    Q_OBJECT
public:
    explicit SubmissionWizardDialog(session::SubmissionWizard *controller, QWidget *parent = nullptr);

    [[nodiscard]] session::SubmissionWizard *controller() const { return m_controller; }
    // The page shown for a controller page (and back).
    [[nodiscard]] static int idOf(session::SubmissionDraft::Page page) { return static_cast<int>(page); }

    // Opens a dialog (not modal to the event loop) on the controller's draft, and tells the
    // person when the server has the request. Deleted when closed.
    static SubmissionWizardDialog *openFor(session::SubmissionWizard *controller, QWidget *parent);

    // Shows the controller's draft from its saved page.
    void showDraft();
    void done(int result) override;

private:
    session::SubmissionWizard *m_controller;
};

} // namespace srs::ui
