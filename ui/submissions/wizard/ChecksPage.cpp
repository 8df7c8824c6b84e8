#include "StepPage.h"
#include "WizardPages.h"

#include "ui/common/Accessibility.h"
#include "ui/common/FindingTexts.h"
#include "ui/submissions/SubmissionTexts.h"
#include "ui/submissions/SubmissionWizardDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui::wizard {

namespace {

class ChecksPage : public StepPage
{
public:
    explicit ChecksPage(SubmissionWizard *c)
        : StepPage(
              c, Page::Checks, SubmissionWizardDialog::tr("Check for disclosure risks"),
              SubmissionWizardDialog::tr("The service checks the files where they are, inside the secure "
                                         "environment, and names each problem cell by its place in the "
                                         "file: row, column and cell reference."))
    {
        m_run = new QPushButton(SubmissionWizardDialog::tr("Run the checks"), this);
        m_run->setObjectName(u"runChecksButton"_s);
        m_status = wrapped({}, this, "checkStatusLabel");
        m_results = new QTreeWidget(this);
        m_results->setObjectName(u"checkResultsTree"_s);
        setAccessibleText(m_results, SubmissionWizardDialog::tr("Check results"),
                          SubmissionWizardDialog::tr("Each file checked, with the problems found in it."));
        m_results->setHeaderLabels(
            {SubmissionWizardDialog::tr("File and finding"), SubmissionWizardDialog::tr("Rule")});
        m_results->header()->setStretchLastSection(false);
        m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_detail = wrapped({}, this, "findingDetailLabel");
        m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_detail->setVisible(false); // shown with a finding: an empty label would be an unnamed stop
        connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
            m_detail->setText(item ? item->toolTip(0) : QString());
            m_detail->setVisible(!m_detail->text().isEmpty());
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_run);
        row->addWidget(m_status, 1);
        m_layout->addLayout(row);
        m_layout->addWidget(m_results, 1);
        m_layout->addWidget(m_detail);
        finishLayout();
        connect(m_run, &QPushButton::clicked, this, [this] {
            store();
            m_controller->runChecks();
        });
        connect(c, &SubmissionWizard::checksStarted, this, [this] {
            m_run->setEnabled(false);
            m_status->setText(SubmissionWizardDialog::tr("Checking on the server…"));
        });
        connect(c, &SubmissionWizard::checksFinished, this, [this] {
            m_run->setEnabled(true);
            showResults();
            showProblem({});
        });
        connect(c, &SubmissionWizard::checksFailed, this, [this](const QString &message) {
            m_run->setEnabled(true);
            m_status->setText({});
            showProblem(SubmissionWizardDialog::tr("The checks could not be run: %1").arg(message));
        });
        connect(c, &SubmissionWizard::checksOutOfDateChanged, this, [this] { showResults(); });
    }

protected:
    void load() override { showResults(); }
    void store() override {}

private:
    void showResults()
    {
        m_results->clear();
        const auto &check = draft().lastCheck;
        if (!check) {
            m_status->setText(SubmissionWizardDialog::tr("Not checked yet."));
            return;
        }
        int fails = 0, reviews = 0, errors = 0;
        for (const protocol::CheckItemInfo &item : check->items) {
            auto *top =
                new QTreeWidgetItem(m_results, {item.path, SubmissionTexts::checkStatus(item.status)});
            if (item.status == u"error"_s || item.error) {
                // Never "no problems": the file was not checked, and the whole reason is shown
                // (the tree cuts long lines; the detail label below wraps them).
                const QString why =
                    item.error && !item.error->message.isEmpty()
                        ? SubmissionWizardDialog::tr("Could not be checked: %1").arg(item.error->message)
                        : SubmissionWizardDialog::tr("Could not be checked.");
                auto *reason = new QTreeWidgetItem(top, {why, QString()});
                reason->setToolTip(0, why);
                top->setToolTip(0, why);
                if (!m_results->currentItem())
                    m_results->setCurrentItem(reason);
                ++errors;
            }
            for (const protocol::CheckFindingInfo &f : item.findings) {
                const QString where = findingPlace(f);
                const QString outcome = f.outcome == u"fail"_s
                                            ? SubmissionWizardDialog::tr("Must be fixed")
                                            : SubmissionWizardDialog::tr("A checker will look");
                auto *finding = new QTreeWidgetItem(
                    top, {u"%1 — %2: %3"_s.arg(outcome, where, FindingTexts::message(f)), f.rule});
                finding->setToolTip(0, finding->text(0));
                if (!m_results->currentItem())
                    m_results->setCurrentItem(finding);
                (f.outcome == u"fail"_s ? fails : reviews) += 1;
            }
            if (item.findingsTotal > item.findings.size())
                new QTreeWidgetItem(top, {SubmissionWizardDialog::tr(
                                              "… and %Ln more", nullptr,
                                              static_cast<int>(item.findingsTotal - item.findings.size())),
                                          QString()});
            top->setExpanded(true);
        }
        QString text =
            fails == 0 && reviews == 0
                ? SubmissionWizardDialog::tr("No problems found.")
                : SubmissionWizardDialog::tr("%Ln to fix or explain", nullptr, fails) +
                      SubmissionWizardDialog::tr(", %Ln for a checker to look at.", nullptr, reviews);
        if (errors > 0)
            text = SubmissionWizardDialog::tr("%n file(s) could not be checked: see why below.", nullptr,
                                              errors) +
                   (fails == 0 && reviews == 0 ? QString() : u" "_s + text);
        if (m_controller->checksOutOfDate())
            text = SubmissionWizardDialog::tr("Files have changed since this check: run it again.");
        m_status->setText(text);
        announceChanged(m_status); // the result is heard, not only seen
    }

    QPushButton *m_run;
    QLabel *m_status;
    QTreeWidget *m_results;
    QLabel *m_detail = nullptr;
};

} // namespace

QWizardPage *createChecksPage(SubmissionWizard *c)
{
    return new ChecksPage(c);
}

} // namespace srs::ui::wizard
