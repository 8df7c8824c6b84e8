#include "ProjectView.h"

#include "ProjectModels.h"
#include "ui/common/Accessibility.h"
#include "ui/submissions/SubmissionWizardDialog.h"

#include "session/ClientStore.h"
#include "session/RefusalTexts.h"
#include "session/WorkspaceSync.h"
#include "ui/common/PageParts.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

QLabel *valueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString day(const QDate &d)
{
    return QLocale().toString(d, u"d MMMM yyyy"_s);
}

QString roleName(domain::ProjectRole role)
{
    switch (role) {
    case domain::ProjectRole::Lead:
        return ProjectView::tr("Project lead");
    case domain::ProjectRole::Supervisor:
        return ProjectView::tr("Supervisor");
    case domain::ProjectRole::Member:
        break;
    }
    return ProjectView::tr("Researcher");
}

} // namespace

ProjectView::ProjectView(session::WorkspaceSync *browser, session::ClientStore *store, QWidget *parent)
    : QWidget(parent), m_browser(browser), m_stack(new QStackedWidget(this)), m_title(new QLabel(this)),
      m_refusal(valueLabel(this, "projectRefusalLabel")), m_tabs(new QTabWidget(this)),
      m_filter(new QLineEdit(this)), m_matches(new QLabel(this)), m_tree(new QTreeView(this)),
      m_model(new WorkspaceTreeModel(this)), m_empty(valueLabel(this, "workspaceEmptyLabel")),
      m_detailPath(valueLabel(this, "detailPath")), m_detailType(valueLabel(this, "detailType")),
      m_detailSize(valueLabel(this, "detailSize")), m_detailModified(valueLabel(this, "detailModified")),
      m_detailSha256(valueLabel(this, "detailSha256")), m_syncStatus(valueLabel(this, "syncStatusLabel")),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Stop"), this)),
      m_syncNow(new QPushButton(tr("Check for changes"), this)), m_details(new QTextBrowser(this)),
      m_request(new QPushButton(tr("Request output clearance…"), this)),
      m_bringFiles(new QPushButton(tr("Bring files into this project…"), this)), m_store(store)
{
    m_bringFiles->setObjectName(u"bringFilesButton"_s);
    m_bringFiles->setToolTip(tr("Bring code or small reference data from this computer into the project's "
                                "workspace, after checks and a checker's approval."));
    connect(m_bringFiles, &QPushButton::clicked, this, [this] {
        if (m_summary && m_summary->access.allowed)
            emit bringFilesRequested(m_summary->project.id, m_summary->project.title);
    });
    m_request->setObjectName(u"requestClearanceButton"_s);
    m_request->setToolTip(tr("Prepare outputs from this workspace for checking and release."));
    connect(m_request, &QPushButton::clicked, this, &ProjectView::requestClearance);
    setObjectName(u"projectView"_s);
    m_title->setObjectName(u"projectTitleLabel"_s);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_refusal->setStyleSheet(u"color: #b3261e;"_s);
    m_tabs->setObjectName(u"projectTabs"_s);
    m_tabs->setAccessibleName(tr("The project"));
    m_filter->setObjectName(u"workspaceFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name, for example income or .csv"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the workspace by name"));
    m_matches->setObjectName(u"filterMatchesLabel"_s);
    m_tree->setObjectName(u"workspaceTree"_s);
    setAccessibleText(m_tree, tr("Workspace"),
                      tr("The project's files and folders by name, size and date; contents stay inside the "
                         "secure environment."));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // 100,000 rows scroll without measuring each
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WorkspaceTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(WorkspaceTreeModel::SizeColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(WorkspaceTreeModel::ModifiedColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(WorkspaceTreeModel::SizeColumn, 90);
    m_tree->header()->resizeSection(WorkspaceTreeModel::ModifiedColumn, 150);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(220);
    m_cancel->setObjectName(u"cancelSyncButton"_s);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_details->setObjectName(u"projectDetails"_s);
    m_details->setOpenExternalLinks(false);
    m_details->setAccessibleName(tr("Project details"));
    m_progress->setAccessibleName(tr("Workspace update"));
    m_detailSha256->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // The workspace tab: the note, the filter, the tree beside the details of the selection.
    auto *workspace = new QWidget(this);
    auto *contents = new QLabel(
        tr("File contents stay inside the secure environment. This window shows only names, sizes, dates and "
           "checksums; open and change files from the secure desktop."),
        workspace);
    contents->setObjectName(u"contentsStayLabel"_s);
    contents->setWordWrap(true);
    contents->setStyleSheet(u"background: #e8f0fe; color: #1a3a6b; padding: 6px; border-radius: 4px;"_s);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_matches);
    auto *actionRow = new QHBoxLayout;
    actionRow->addStretch(1);
    actionRow->addWidget(m_bringFiles);
    actionRow->addWidget(m_request);
    auto *pane = new QWidget(workspace);
    auto *form = new QFormLayout(pane);
    form->addRow(tr("Path"), m_detailPath);
    form->addRow(tr("Type"), m_detailType);
    form->addRow(tr("Size"), m_detailSize);
    form->addRow(tr("Modified"), m_detailModified);
    form->addRow(tr("SHA-256"), m_detailSha256);
    // The details go under the tree: a SHA-256 does not wrap, and must not squeeze the tree.
    auto *split = new QSplitter(Qt::Vertical, workspace);
    split->addWidget(m_tree);
    split->addWidget(pane);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(m_syncStatus, 1);
    syncRow->addWidget(m_progress);
    syncRow->addWidget(m_cancel);
    syncRow->addWidget(m_syncNow);
    auto *wl = new QVBoxLayout(workspace);
    wl->addWidget(contents);
    wl->addLayout(filterRow);
    wl->addLayout(actionRow);
    wl->addWidget(m_empty);
    wl->addWidget(split, 1);
    wl->addLayout(syncRow);
    m_tabs->addTab(workspace, tr("Workspace"));
    m_tabs->addTab(m_details, tr("Details"));

    auto *none = new QLabel(tr("Choose a project on the left to see its workspace and details."), this);
    none->setObjectName(u"noProjectLabel"_s);
    none->setAlignment(Qt::AlignCenter);
    none->setWordWrap(true);
    auto *project = new QWidget(this);
    auto *pl = new QVBoxLayout(project);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(m_title);
    pl->addWidget(m_refusal);
    pl->addWidget(m_tabs, 1);
    m_stack->addWidget(none);
    m_stack->addWidget(project);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        for (const QModelIndex &folder : m_model->matchParents(500))
            m_tree->expand(folder);
        if (m_model->filter().isEmpty())
            m_matches->clear();
        else if (m_model->matchCount() == 0)
            m_matches->setText(tr("No names contain \"%1\"").arg(m_model->filter()));
        else
            m_matches->setText(tr("%Ln match(es)", nullptr, static_cast<int>(m_model->matchCount())));
        announceChanged(m_matches); // heard while typing in the filter
        showSelectedEntry();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProjectView::showSelectedEntry);
    connect(m_cancel, &QPushButton::clicked, m_browser, &session::WorkspaceSync::cancelSync);
    connect(m_syncNow, &QPushButton::clicked, m_browser, &session::WorkspaceSync::syncNow);

    connect(m_browser, &session::WorkspaceSync::workspaceChanged, this, [this](const QString &id) {
        if (id == m_projectId)
            reloadWorkspace();
    });
    connect(m_browser, &session::WorkspaceSync::detailChanged, this, [this](const QString &id) {
        if (id == m_projectId)
            showDetails();
    });
    connect(m_browser, &session::WorkspaceSync::syncStarted, this, [this] {
        m_syncError.clear();
        showSyncState();
    });
    connect(m_browser, &session::WorkspaceSync::syncProgress, this,
            [this](const QString &id, qint64 done, qint64 total) {
                if (id != m_projectId)
                    return;
                m_progress->setRange(0, total > 0 ? 1000 : 0);
                m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
                m_progress->setFormat(tr("%L1 of %L2", "entries fetched").arg(done).arg(total));
            });
    connect(m_browser, &session::WorkspaceSync::syncFinished, this, [this] { showSyncState(); });
    connect(m_browser, &session::WorkspaceSync::syncFailed, this,
            [this](const QString &id, const QString &message) {
                if (id == m_projectId)
                    m_syncError = message;
                showSyncState();
            });
    clear();
}

void ProjectView::requestClearance()
{
    if (!m_wizard || m_projectId.isEmpty())
        return;
    // Just after signing in the saved drafts may not be readable yet: offered once they are.
    m_wizard->whenDraftsReady(this, [this] {
        if (!m_projectId.isEmpty())
            offerDraftsAndOpen();
    });
}

void ProjectView::offerDraftsAndOpen()
{
    QList<session::SubmissionDraft> drafts; // newest first; returned requests open from My submissions
    for (const session::SubmissionDraft &d : m_wizard->savedDrafts())
        if (d.projectId == m_projectId && !d.isResubmission())
            drafts.append(d);
    const auto describe = [](const session::SubmissionDraft &d) {
        return tr("\"%1\", last changed %2")
            .arg(d.title.isEmpty() ? tr("(no title yet)") : d.title,
                 QLocale().toString(d.updatedAt.toLocalTime(), u"d MMMM, HH:mm"_s));
    };
    bool resumed = false;
    if (drafts.size() == 1) {
        QMessageBox ask(QMessageBox::Question, tr("Continue your draft?"),
                        tr("You have a draft request for this project: %1. Continue it?")
                            .arg(describe(drafts.constFirst())),
                        QMessageBox::NoButton, this);
        auto *carryOn = ask.addButton(tr("Continue the draft"), QMessageBox::AcceptRole);
        ask.addButton(tr("Start a new request"), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        nameStandardButtons(&ask);
        ask.exec();
        if (ask.clickedButton() == ask.button(QMessageBox::Cancel))
            return;
        resumed = ask.clickedButton() == carryOn && m_wizard->resume(drafts.constFirst().id).ok();
    } else if (drafts.size() > 1) {
        QStringList choices;
        for (const session::SubmissionDraft &d : std::as_const(drafts))
            choices << describe(d);
        const QString fresh = tr("Start a new request");
        choices << fresh;
        QInputDialog choose(this);
        choose.setWindowTitle(tr("Continue a draft?"));
        choose.setLabelText(tr("You have %n draft request(s) for this project. Choose one to continue, or "
                               "start a new request:",
                               nullptr, static_cast<int>(drafts.size())));
        choose.setComboBoxItems(choices);
        choose.setComboBoxEditable(false);
        choose.setOkButtonText(QCoreApplication::translate("StandardButtons", "OK"));
        choose.setCancelButtonText(QCoreApplication::translate("StandardButtons", "Cancel"));
        if (choose.exec() != QDialog::Accepted)
            return;
        const QString chosen = choose.textValue();
        const qsizetype index = choices.indexOf(chosen);
        if (index >= 0 && index < drafts.size())
            resumed = m_wizard->resume(drafts.at(index).id).ok();
    }
    if (!resumed)
        m_wizard->start(m_projectId);
    SubmissionWizardDialog::openFor(m_wizard, window());
}

void ProjectView::clear()
{
    m_projectId.clear();
    m_summary.reset();
    m_filter->clear();
    m_model->setEntries({});
    m_details->clear();
    m_title->clear();
    m_syncError.clear();
    showSelectedEntry();
    m_stack->setCurrentIndex(0);
}

void ProjectView::showProject(const protocol::ProjectInfo *project)
{
    if (!project) {
        clear();
        return;
    }
    const bool same = project->project.id == m_projectId;
    m_projectId = project->project.id;
    m_summary = *project;
    m_stack->setCurrentIndex(1);
    m_title->setText(u"%1 — %2"_s.arg(project->project.id, project->project.title));
    showAlert(m_refusal,
              project->access.allowed
                  ? QString()
                  : tr("You cannot open this project from here. %1")
                        .arg(session::refusalMessage(project->access.code, project->access.message)));
    m_tabs->setTabEnabled(0, project->access.allowed);
    m_request->setEnabled(project->access.allowed && m_wizard);
    m_bringFiles->setEnabled(project->access.allowed);
    if (!project->access.allowed)
        m_tabs->setCurrentIndex(1);
    else if (!same)
        m_tabs->setCurrentIndex(0); // a project that can be opened starts at its workspace
    if (!same) {
        m_filter->clear();
        m_syncError.clear();
    }
    reloadWorkspace();
    showDetails();
}

void ProjectView::reloadWorkspace()
{
    const bool mine = !m_projectId.isEmpty() && m_browser->selectedProject() == m_projectId;
    // Keep the person's place: open folders and the current row survive an update.
    QStringList open;
    const QString current =
        m_tree->currentIndex().isValid() ? m_model->path(m_tree->currentIndex()) : QString();
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex i = m_model->index(row, 0, parent);
            if (m_model->isFolder(i) && m_tree->isExpanded(i)) {
                open << m_model->path(i);
                collect(i);
            }
        }
    };
    collect({});
    m_model->setEntries(mine ? m_browser->entries() : std::vector<domain::WorkspaceEntry>());
    for (const QString &path : std::as_const(open)) {
        const QModelIndex i = m_model->indexOf(path);
        if (i.isValid())
            m_tree->expand(i);
    }
    if (!current.isEmpty())
        m_tree->setCurrentIndex(m_model->indexOf(current));
    for (const QModelIndex &folder : m_model->matchParents(500))
        m_tree->expand(folder);
    const bool empty = m_model->entryCount() == 0;
    m_empty->setVisible(empty);
    m_empty->setText(m_browser->isSyncing() ? tr("Fetching the workspace index from the server…")
                                            : tr("This workspace is empty."));
    showSelectedEntry();
    showSyncState();
}

void ProjectView::showSelectedEntry()
{
    const QModelIndex index = m_tree->currentIndex();
    const domain::WorkspaceEntry *e = m_model->entry(index);
    if (!index.isValid()) {
        for (QLabel *l : {m_detailPath, m_detailType, m_detailSize, m_detailModified, m_detailSha256})
            l->clear();
        m_detailPath->setText(tr("Select a file or folder to see its details."));
        return;
    }
    m_detailPath->setText(m_model->path(index));
    const bool folder = m_model->isFolder(index);
    m_detailType->setText(folder ? tr("Folder") : tr("File"));
    // Under a kibibyte the size in bytes says it all; above, the exact count follows.
    if (!e || folder)
        m_detailSize->clear();
    else if (e->size < 1024)
        m_detailSize->setText(QLocale().formattedDataSize(e->size, 1));
    else
        m_detailSize->setText(tr("%1 (%2 bytes)")
                                  .arg(QLocale().formattedDataSize(e->size, 1))
                                  .arg(QLocale().toString(e->size)));
    m_detailModified->setText(e ? QLocale().toString(e->modified().toLocalTime(), QLocale::LongFormat)
                                : QString());
    m_detailSha256->setText(e && !folder ? e->sha256Hex() : QString());
}

void ProjectView::showSyncState()
{
    const bool syncing = m_browser->isSyncing() && m_browser->selectedProject() == m_projectId;
    m_progress->setVisible(syncing);
    m_cancel->setVisible(syncing);
    m_syncNow->setEnabled(!syncing && m_store->isOpen() && m_browser->selectedProject() == m_projectId);
    if (syncing) {
        m_progress->setRange(0, 0);
        m_syncStatus->setText(tr("Checking the server for changes…"));
        return;
    }
    const session::WorkspaceFreshness state = m_browser->freshness();
    QString text;
    if (!m_syncError.isEmpty())
        text = tr("Could not bring the workspace up to date: %1").arg(m_syncError) + u' ';
    if (state.partial)
        text += tr("Partly updated: the rest is fetched next time.");
    else if (state.syncedAt.isValid())
        text += tr("%Ln item(s), up to date as of %1.", nullptr, static_cast<int>(m_model->entryCount()))
                    .arg(QLocale().toString(state.syncedAt.toLocalTime().time(), u"HH:mm"_s));
    else if (!m_store->isOpen())
        text += tr("Not kept on this computer.");
    m_syncStatus->setText(text.trimmed());
    if (!m_syncError.isEmpty())
        announceChanged(m_syncStatus);
    m_syncStatus->setStyleSheet(m_syncError.isEmpty() ? QString() : u"color: #b3261e;"_s);
}

void ProjectView::showDetails()
{
    if (!m_summary)
        return;
    const auto cached = m_browser->detail(m_projectId);
    m_details->setHtml(detailsHtml(cached ? *cached : *m_summary, cached.has_value()));
}

QString ProjectView::detailsHtml(const protocol::ProjectInfo &p, bool detailed)
{
    QString html;
    html += u"<h3>%1</h3>"_s.arg(esc(p.project.title));
    html +=
        u"<p>"_s + tr("Project %1, %2 to %3.")
                       .arg(esc(p.project.id), day(p.project.startDate), day(p.project.effectiveEndDate()));
    if (p.project.extendedTo.isValid() && p.project.extendedTo > p.project.endDate)
        html += u" "_s + tr("Extended from %1.").arg(day(p.project.endDate));
    html += u"</p>"_s;
    if (p.project.status == domain::ProjectStatus::Suspended)
        html += u"<p><b>"_s +
                tr("Suspended by research support: its workspace is closed until it is reopened.") +
                u"</b></p>"_s;
    if (p.project.status == domain::ProjectStatus::Completed) {
        html += u"<p><b>"_s + tr("Completed: its workspace is closed.") + u"</b></p>"_s;
        if (!p.publications.isEmpty()) {
            // Titles and links as plain text: they are what the lead typed.
            html += u"<h4>"_s + tr("Publications") + u"</h4><ul>"_s;
            for (const domain::Publication &pub : p.publications)
                html += u"<li>"_s + esc(pub.title) + u" ("_s + esc(pub.link) + u")</li>"_s;
            html += u"</ul>"_s;
        }
    }

    html += u"<h4>"_s + tr("Restrictions") + u"</h4><ul>"_s;
    html +=
        u"<li>"_s +
        (p.project.homeWorkingApproved
             ? tr("Home working is approved: you may open this project from an organisation device on its "
                  "VPN, as well as from a safe room.")
             : tr("Home working is not approved: open this project from a safe room or your organisation's "
                  "approved office.")) +
        u"</li>"_s;
    html +=
        u"<li>"_s +
        tr("Nothing leaves the secure environment without an output check: outputs are released only after "
           "two checkers approve them.") +
        u"</li>"_s;
    if (!p.access.allowed)
        html += u"<li><b>"_s + tr("Not from here:") + u"</b> "_s +
                esc(session::refusalMessage(p.access.code, p.access.message)) + u"</li>"_s;
    html += u"</ul>"_s;

    if (!detailed) {
        html +=
            u"<p><i>"_s +
            (p.access.allowed ? tr("Members and datasets appear once the server has sent them.")
                              : tr("Members and datasets are shown for projects you can open from here.")) +
            u"</i></p>"_s;
        return html;
    }
    html += u"<h4>"_s + tr("Members") + u"</h4><table cellpadding='3'>"_s;
    for (const protocol::ProjectMemberInfo &m : p.members)
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(esc(m.displayName), esc(m.username),
                                                                    roleName(m.role));
    html += u"</table>"_s;

    html += u"<h4>"_s + tr("Datasets") + u"</h4>"_s;
    if (p.datasets.isEmpty() && p.hiddenDatasets == 0)
        html += u"<p>"_s + tr("No datasets are mapped to this project yet.") + u"</p>"_s;
    html += u"<table cellpadding='3'>"_s;
    for (const domain::Dataset &d : p.datasets) {
        const bool remote = d.access == domain::DatasetAccess::RemoteAllowed;
        const QString badge = remote ? tr("[Remote access allowed]") : tr("[Safe room only]");
        const QString meaning = remote
                                    ? tr("May be used from a safe room or an approved organisation device.")
                                    : tr("May be used only at a safe-room terminal.");
        html += u"<tr><td><b>%1</b><br/>%2 — %3</td><td style='color:%4'>%5</td><td>%6</td></tr>"_s.arg(
            esc(d.title), esc(d.id), esc(d.owner), remote ? u"#1e6b2e"_s : u"#8a4b00"_s, badge, meaning);
    }
    html += u"</table>"_s;
    if (p.hiddenDatasets > 0)
        html += u"<p>"_s +
                tr("%n more dataset(s) of this project can be seen only from a safe room and are not listed "
                   "here.",
                   nullptr, p.hiddenDatasets) +
                u"</p>"_s;
    if (!p.awaitingApproval.isEmpty()) {
        html += u"<p>"_s + tr("Waiting for the owner's approval (their files appear once approved):") +
                u"</p><ul>"_s;
        for (const domain::Dataset &d : p.awaitingApproval)
            html += u"<li>%1 (%2), %3</li>"_s.arg(esc(d.title), esc(d.id), esc(d.owner));
        html += u"</ul>"_s;
    }
    return html;
}

} // namespace srs::ui
