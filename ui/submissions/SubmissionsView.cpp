#include "SubmissionsView.h"

#include "DownloadFolder.h"
#include "SubmissionListModel.h"
#include "SubmissionTexts.h"
#include "ui/common/Accessibility.h"

#include "session/RefusalTexts.h"
#include "session/Releases.h"
#include "session/SubmissionNotices.h"
#include "session/Submissions.h"
#include "ui/common/FindingTexts.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

SubmissionsView::SubmissionsView(session::Submissions *submissions, QWidget *parent)
    : QWidget(parent), m_submissions(submissions), m_model(new SubmissionListModel(this)),
      m_status(new QLabel(this)), m_refresh(new QPushButton(tr("Refresh"), this)),
      m_list(new QTreeView(this)), m_stack(new QStackedWidget(this)), m_title(new QLabel(this)),
      m_detail(new QTextBrowser(this)), m_message(new QLabel(this)),
      m_withdraw(new QPushButton(tr("Withdraw request…"), this)),
      m_resubmit(new QPushButton(tr("Fix and resubmit…"), this)),
      m_download(new QPushButton(tr("Download released files…"), this)),
      m_openFolder(new QPushButton(tr("Open folder"), this))
{
    setObjectName(u"submissionsView"_s);
    m_status->setObjectName(u"submissionsStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_refresh->setObjectName(u"refreshSubmissionsButton"_s);
    m_list->setObjectName(u"submissionList"_s);
    m_list->setAccessibleName(tr("Your clearance requests"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SubmissionListModel::TitleColumn, QHeaderView::Stretch);
    m_title->setObjectName(u"submissionTitleLabel"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_detail->setObjectName(u"submissionDetail"_s);
    m_detail->setAccessibleName(tr("The chosen request"));
    m_detail->setOpenLinks(false);
    // The text wraps to the pane; full-width tables overshot it by a pixel or two and brought a
    // horizontal scroll bar with nothing to scroll to.
    m_detail->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_detail->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_message->setObjectName(u"submissionMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_withdraw->setObjectName(u"withdrawButton"_s);
    m_withdraw->setToolTip(tr("Stop this request. The checkers stop work on it; it cannot be reopened."));
    m_resubmit->setObjectName(u"resubmitButton"_s);
    m_resubmit->setToolTip(
        tr("Open the returned request to change its files and answers and send it again."));

    m_download->setObjectName(u"downloadReleaseButton"_s);
    m_download->setToolTip(tr("Save the released files to a folder you choose; each is checked against "
                              "the release's manifest of SHA-256 checksums."));
    m_download->setVisible(false);
    m_chooseFolder = [this](const QString &start) {
        return QFileDialog::getExistingDirectory(this, tr("Where should the released files go?"), start);
    };
    m_openFolder->setObjectName(u"openDownloadFolderButton"_s);
    m_openFolder->setToolTip(tr("Open the folder the released files were saved in."));
    m_openFolder->setVisible(false);
    m_openUrl = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        if (!m_downloadFolder.isEmpty())
            m_openUrl(QUrl::fromLocalFile(m_downloadFolder));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);

    auto *none = new QLabel(tr("Choose a request above to see its history, files and check result."), this);
    none->setObjectName(u"noSubmissionLabel"_s);
    none->setAlignment(Qt::AlignCenter);
    none->setWordWrap(true);
    auto *detail = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_download);
    buttons->addWidget(m_openFolder); // next to the download it follows, and after it in Tab order
    buttons->addWidget(m_resubmit);
    buttons->addWidget(m_withdraw);
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_title);
    dl->addWidget(m_detail, 1);
    dl->addLayout(buttons);
    m_stack->addWidget(none);
    m_stack->addWidget(detail);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({150, 450}); // a few rows of the list; the chosen request needs the room
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, m_submissions, &session::Submissions::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubmissionsView::onChosen);
    connect(m_withdraw, &QPushButton::clicked, this, &SubmissionsView::withdrawChosen);
    connect(m_resubmit, &QPushButton::clicked, this, [this] {
        if (!m_submissions->openForResubmission(m_selected))
            setMessage(tr("This request cannot be resubmitted now."), true);
    });
    connect(m_submissions, &session::Submissions::listChanged, this, &SubmissionsView::showList);
    connect(m_submissions, &session::Submissions::detailLoaded, this, [this](const QString &id) {
        if (id == m_selected)
            showDetail();
    });
    connect(m_submissions, &session::Submissions::detailFailed, this,
            [this](const QString &id, const api::ApiFailure &failure) {
                if (id == m_selected)
                    setMessage(
                        tr("This request could not be loaded: %1").arg(session::refusalMessage(failure)),
                        true);
            });
    connect(m_submissions, &session::Submissions::withdrawn, this, [this](const QString &id) {
        m_withdrawing = false;
        if (id == m_selected)
            setMessage(tr("The request was withdrawn."), false);
    });
    connect(m_submissions, &session::Submissions::withdrawFailed, this,
            [this](const QString &id, const api::ApiFailure &failure) {
                m_withdrawing = false;
                if (id != m_selected)
                    return;
                // The request has moved on (the service reloads it): say that what is shown is current.
                if (failure.httpStatus == 409 || failure.httpStatus == 403)
                    setMessage(tr("The request was not withdrawn: %1 It is shown below as it is now.")
                                   .arg(session::refusalMessage(failure)),
                               true);
                else
                    setMessage(tr("The request was not withdrawn: %1").arg(session::refusalMessage(failure)),
                               true);
                showDetail();
            });
    connect(m_submissions, &session::Submissions::cleared, this, &SubmissionsView::clear);
    clear();
}

void SubmissionsView::activate()
{
    m_submissions->refresh();
    showList();
}

bool SubmissionsView::selectSubmission(const QString &submissionId)
{
    const int row = m_model->rowOf(submissionId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void SubmissionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    tellOnScreen();
}

void SubmissionsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_notices)
        m_notices->setOnScreen({});
}

// The request shown in full, while this view is on screen, has been seen as it is.
void SubmissionsView::tellOnScreen()
{
    if (m_notices)
        m_notices->setOnScreen(isVisible() ? m_selected : QString());
}

void SubmissionsView::clear()
{
    m_model->setSubmissions({}, {}, {}, {});
    m_selected.clear();
    m_withdrawing = false;
    m_stack->setCurrentIndex(0);
    m_detail->clear();
    m_shown.clear();
    m_title->clear();
    m_message->clear();
    m_openFolder->setVisible(false);
    m_downloadFolder.clear();
    m_status->setText(tr("Your clearance requests in every project you can open from here."));
    tellOnScreen();
}

void SubmissionsView::showList()
{
    QHash<QString, QString> titles;
    for (const protocol::SubmissionSummary &s : m_submissions->list())
        titles.insert(s.projectId, m_submissions->projectTitle(s.projectId));
    const QString chosen = m_selected;
    m_model->setSubmissions(m_submissions->list(), titles, m_submissions->today(),
                            m_submissions->workingDays());

    const qsizetype n = m_submissions->list().size();
    QString status;
    if (m_submissions->isLoading() && n == 0)
        status = tr("Loading your clearance requests…");
    else if (n == 0 && m_submissions->hasLoaded())
        status = tr("You have no clearance requests in the projects you can open from here.");
    else if (n > 0)
        status = tr("%Ln clearance request(s), most recently changed first.", nullptr, static_cast<int>(n));
    const auto &problems = m_submissions->problems();
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        status += u" "_s + tr("The requests of %1 could not be loaded: %2").arg(it.key(), it.value());
    status = status.trimmed();
    m_status->setText(
        status.isEmpty() ? tr("Your clearance requests in every project you can open from here.") : status);

    const int row = m_model->rowOf(chosen);
    if (row >= 0) {
        m_selected = chosen;
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row, 0));
        showDetail();
    } else if (!chosen.isEmpty()) {
        m_selected.clear();
        m_stack->setCurrentIndex(0);
        tellOnScreen();
    }
}

void SubmissionsView::onChosen()
{
    const protocol::SubmissionSummary *s = m_model->submission(m_list->currentIndex().row());
    const QString id = s ? s->id : QString();
    if (id == m_selected)
        return;
    m_selected = id;
    m_withdrawing = false;
    m_message->clear();
    tellOnScreen();
    m_openFolder->setVisible(false);
    if (id.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    showDetail();
    m_submissions->fetchDetail(id);
}

void SubmissionsView::showDetail()
{
    const protocol::SubmissionSummary *summary = m_model->submission(m_model->rowOf(m_selected));
    if (!summary) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("%1 (request %2)").arg(summary->title, summary->id));
    const auto info = m_submissions->detail(m_selected);
    if (!info) {
        m_detail->setHtml(u"<p>%1</p>"_s.arg(tr("Loading the request…").toHtmlEscaped()));
        m_shown.clear();
        m_withdraw->setVisible(false);
        m_resubmit->setVisible(false);
        m_download->setVisible(false);
        return;
    }
    // The same request shown again (its state changed, the list was refreshed): keep the reader's place.
    QScrollBar *scroll = m_detail->verticalScrollBar();
    const int place = m_shown == m_selected ? scroll->value() : 0;
    m_detail->setHtml(detailHtml(*info, m_submissions->projectTitle(info->submission.projectId),
                                 m_submissions->actorFor(info->submission.projectId).userId,
                                 m_submissions->today(), m_submissions->workingDays()));
    scroll->setValue(place);
    m_shown = m_selected;
    m_withdraw->setVisible(m_submissions->canWithdraw(*info));
    m_download->setVisible(m_releases && info->submission.state == domain::SubmissionState::Released);
    m_download->setEnabled(m_releases && !m_releases->isDownloading());
    m_withdraw->setEnabled(!m_withdrawing);
    m_resubmit->setVisible(m_submissions->canResubmit(*info) && m_submissions->resubmissionAvailable());
}

std::optional<QString> SubmissionsView::askToWithdraw(const protocol::SubmissionInfo &info)
{
    if (m_confirm)
        return m_confirm(info);
    QDialog dialog(this);
    dialog.setObjectName(u"withdrawDialog"_s);
    dialog.setWindowTitle(tr("Withdraw this request?"));
    auto *text =
        new QLabel(tr("Withdraw \"%1\"? The checkers stop work on it and it cannot be reopened; to have "
                      "these outputs checked later, make a new request.")
                       .arg(info.submission.content.title),
                   &dialog);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *noteLabel = new QLabel(tr("Why (optional; the checkers can read this):"), &dialog);
    auto *note = new QPlainTextEdit(&dialog);
    note->setObjectName(u"withdrawNoteEdit"_s);
    note->setTabChangesFocus(true);
    noteLabel->setBuddy(note);
    auto *box = new QDialogButtonBox(&dialog);
    box->addButton(tr("Withdraw request"), QDialogButtonBox::AcceptRole);
    box->addButton(tr("Keep it"), QDialogButtonBox::RejectRole)->setDefault(true);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(noteLabel);
    layout->addWidget(note);
    layout->addWidget(box);
    dialog.resize(460, 260);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return note->toPlainText();
}

void SubmissionsView::withdrawChosen()
{
    const auto info = m_submissions->detail(m_selected);
    if (!info || m_withdrawing)
        return;
    const std::optional<QString> note = askToWithdraw(*info);
    if (!note)
        return;
    m_withdrawing = true;
    m_withdraw->setEnabled(false);
    setMessage(tr("Withdrawing…"), false);
    m_submissions->withdraw(m_selected, *note);
}

void SubmissionsView::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #b3261e; font-weight: bold;"_s : QString());
    if (problem && !text.isEmpty())
        showAlert(m_message, text); // heard as well as seen
    else
        announceChanged(m_message);
}

} // namespace srs::ui

namespace srs::ui {

QSettings &SubmissionsView::settings()
{
    if (!m_settings)
        m_settings = new QSettings(this);
    return *m_settings;
}

QString SubmissionsView::downloadStartFolder()
{
    return DownloadFolder::start(settings());
}

void SubmissionsView::setReleases(session::Releases *releases)
{
    m_releases = releases;
    const auto download = [this](const protocol::ReleaseInfo &release) {
        const QString chosen = m_chooseFolder ? m_chooseFolder(downloadStartFolder()) : QString();
        if (chosen.isEmpty())
            return;
        const QString folder = QFileInfo(chosen).absoluteFilePath();
        DownloadFolder::remember(settings(), folder);
        m_downloadFolder = folder;
        m_openFolder->setVisible(false);
        setMessage(tr("Downloading release %1 to %2…").arg(release.id, QDir::toNativeSeparators(folder)),
                   false);
        m_download->setEnabled(false);
        m_releases->download(release, folder);
    };
    connect(m_download, &QPushButton::clicked, this, [this, download] {
        const auto info = m_submissions->detail(m_selected);
        if (!info)
            return;
        if (const auto release = m_releases->ofSubmission(m_selected)) {
            download(*release);
            return;
        }
        m_downloadWanted = m_selected;
        setMessage(tr("Looking up the release…"), false);
        m_releases->fetchForProject(info->submission.projectId);
    });
    connect(m_releases, &session::Releases::projectReleasesChanged, this, [this, download] {
        if (m_downloadWanted.isEmpty())
            return;
        const QString wanted = std::exchange(m_downloadWanted, {});
        // The folder is asked outside the network answer's signal: a dialog's own event loop
        // there would run under the call that is answering.
        if (const auto release = m_releases->ofSubmission(wanted))
            QMetaObject::invokeMethod(
                this, [download, r = *release] { download(r); }, Qt::QueuedConnection);
        else
            setMessage(tr("The release of this request was not found. Try again in a moment."), true);
    });
    connect(m_releases, &session::Releases::fetchFailed, this,
            [this](const QString &, const api::ApiFailure &failure) {
                if (!std::exchange(m_downloadWanted, {}).isEmpty())
                    setMessage(
                        tr("The release could not be looked up: %1").arg(session::refusalMessage(failure)),
                        true);
            });
    connect(m_releases, &session::Releases::downloadFinished, this,
            [this](const QString &releaseId, const QList<session::Releases::FileOutcome> &files) {
                m_download->setEnabled(true);
                m_openFolder->setVisible(!m_downloadFolder.isEmpty() && QFileInfo(m_downloadFolder).isDir());
                bool problem = false;
                const QString said = DownloadFolder::result(releaseId, m_downloadFolder, files, problem);
                setMessage(said, problem);
            });
}

} // namespace srs::ui
