#include "StepPage.h"
#include "WizardPages.h"

#include "ui/common/Accessibility.h"
#include "ui/submissions/SubmissionWizardDialog.h"

#include "session/WorkspaceSync.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui::wizard {

namespace {

class FilesPage : public StepPage
{
public:
    explicit FilesPage(SubmissionWizard *c)
        : StepPage(
              c, Page::Files, SubmissionWizardDialog::tr("Which files?"),
              SubmissionWizardDialog::tr("Choose from the project's workspace. Outputs and code are released "
                                         "if approved; supporting files (counts, top contributions) are only "
                                         "for the checkers."))
    {
        m_filter = new QLineEdit(this);
        m_filter->setObjectName(u"fileFilterEdit"_s);
        m_filter->setPlaceholderText(SubmissionWizardDialog::tr("Filter the workspace by name"));
        m_filter->setAccessibleName(SubmissionWizardDialog::tr("Filter the workspace by name"));
        m_files = new QListWidget(this);
        m_files->setObjectName(u"workspaceFileList"_s);
        m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
        setAccessibleText(m_files, SubmissionWizardDialog::tr("Files in the project's workspace"),
                          SubmissionWizardDialog::tr("Choose files, then add them as outputs, supporting "
                                                     "files or code with the buttons below."));
        auto *buttons = new QHBoxLayout;
        for (const auto &[role, text, name] :
             {std::tuple{domain::FileRole::Output, SubmissionWizardDialog::tr("Add as output"),
                         "addOutputButton"},
              std::tuple{domain::FileRole::Supporting, SubmissionWizardDialog::tr("Add as supporting"),
                         "addSupportingButton"},
              std::tuple{domain::FileRole::Code, SubmissionWizardDialog::tr("Add as code"),
                         "addCodeButton"}}) {
            auto *b = new QPushButton(text, this);
            b->setObjectName(QString::fromLatin1(name));
            buttons->addWidget(b);
            connect(b, &QPushButton::clicked, this, [this, r = role] {
                for (QListWidgetItem *item : m_files->selectedItems())
                    m_controller->setFile(item->text(), r);
                showChosen();
            });
        }
        buttons->addStretch(1);
        m_chosen = new QTableWidget(0, 2, this);
        m_chosen->setObjectName(u"chosenFilesTable"_s);
        m_chosen->setHorizontalHeaderLabels(
            {SubmissionWizardDialog::tr("File"), SubmissionWizardDialog::tr("Role")});
        m_chosen->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_chosen->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_chosen->verticalHeader()->hide();
        m_chosen->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_chosen->setTabKeyNavigation(false); // Tab moves on to Remove
        auto *remove = new QPushButton(SubmissionWizardDialog::tr("Remove"), this);
        remove->setObjectName(u"removeFileButton"_s);
        connect(remove, &QPushButton::clicked, this, [this] {
            const int row = m_chosen->currentRow();
            if (row >= 0)
                m_controller->removeFile(m_chosen->item(row, 0)->text());
            showChosen();
        });
        connect(m_filter, &QLineEdit::textChanged, this, [this] { showWorkspace(); });
        // The workspace arriving or changing while the page is open (a first sync) shows at once.
        connect(c, &SubmissionWizard::workspaceChanged, this, [this] {
            if (isVisible())
                showWorkspace();
        });
        m_layout->addWidget(m_filter);
        m_layout->addWidget(m_files, 2);
        m_layout->addLayout(buttons);
        m_layout->addWidget(fieldLabel(SubmissionWizardDialog::tr("In this request:"), m_chosen, this));
        m_layout->addWidget(m_chosen, 1);
        m_layout->addWidget(remove, 0, Qt::AlignLeft);
        finishLayout();
    }

protected:
    void load() override
    {
        showWorkspace();
        showChosen();
    }
    void store() override {}

private:
    void showWorkspace()
    {
        m_files->clear();
        const QString filter = m_filter->text().trimmed();
        int shown = 0;
        for (const domain::WorkspaceEntry &e : m_controller->workspace()) {
            if (e.directory || (!filter.isEmpty() && !e.path.contains(filter, Qt::CaseInsensitive)))
                continue;
            if (++shown > 2000)
                break; // the filter narrows it
            m_files->addItem(e.path);
        }
        m_files->sortItems();
    }
    void showChosen()
    {
        const auto &files = draft().files;
        m_chosen->setRowCount(static_cast<int>(files.size()));
        for (int i = 0; i < files.size(); ++i) {
            m_chosen->setItem(i, 0, new QTableWidgetItem(files[i].path));
            m_chosen->setItem(i, 1, new QTableWidgetItem(roleText(files[i].role)));
        }
    }

    QLineEdit *m_filter;
    QListWidget *m_files;
    QTableWidget *m_chosen;
};

} // namespace

QWizardPage *createFilesPage(SubmissionWizard *c)
{
    return new FilesPage(c);
}

} // namespace srs::ui::wizard
