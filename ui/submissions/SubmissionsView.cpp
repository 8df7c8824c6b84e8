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

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), u"d MMMM yyyy, HH:mm"_s);
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString findingsText(qint64 n)
{
    if (n == 0)
        return SubmissionsView::tr("no findings");
    return SubmissionsView::tr("%Ln finding(s)", nullptr, static_cast<int>(n));
}

} // namespace

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
        m_detail->setHtml(u"<p>%1</p>"_s.arg(esc(tr("Loading the request…"))));
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

QStringList SubmissionsView::sharedFileComments(const protocol::SubmissionInfo &info, const QString &path)
{
    // Each decided round, newest first: the decision on the file and what the checkers said.
    QStringList out;
    for (auto r = info.rounds.crbegin(); r != info.rounds.crend(); ++r) {
        if (!r->outcome)
            continue;
        for (const domain::FileReview &f : r->outcome->files) {
            if (f.path != path)
                continue;
            QString decision;
            switch (f.decision) {
            case domain::FileDecision::Approve:
                decision = tr("approved");
                break;
            case domain::FileDecision::RequestChanges:
                decision = tr("changes requested");
                break;
            case domain::FileDecision::Reject:
                decision = tr("rejected");
                break;
            }
            out << (f.sharedComment.isEmpty()
                        ? tr("Round %1, %2.").arg(r->round).arg(decision)
                        : tr("Round %1, %2: %3").arg(r->round).arg(decision, f.sharedComment));
        }
    }
    return out;
}

QString SubmissionsView::detailHtml(const protocol::SubmissionInfo &info, const QString &projectTitle,
                                    const QString &myId, QDate today, const domain::WorkingDays &workingDays)
{
    const domain::Submission &s = info.submission;
    auto who = [&](const QString &id) {
        const QString name = info.actorNames.value(id, id == info.author.id ? info.author.displayName : id);
        return id == myId ? tr("You (%1)").arg(name) : name;
    };
    QString html;
    html += u"<table cellspacing='0' cellpadding='3'>"_s;
    auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(label), value);
    };
    row(tr("Project"),
        esc(projectTitle.isEmpty() ? s.projectId : tr("%1, %2").arg(s.projectId, projectTitle)));
    row(tr("Clearance type"), esc(SubmissionTexts::clearanceType(s.content.clearanceType)));
    QString state = SubmissionTexts::state(s.state);
    if (s.round > 1)
        state = tr("%1 (round %2)").arg(state).arg(s.round);
    row(tr("State"), esc(state));
    row(tr("Requested by"), esc(who(info.author.id.isEmpty() ? s.authorId : info.author.id)));
    if (s.submittedAt.isValid())
        row(tr("Submitted"), esc(when(s.submittedAt)));
    row(tr("Answer expected"),
        esc(SubmissionTexts::expectedAnswer(s.state, s.expectedAnswerDate, today, workingDays)));
    html += u"</table>"_s;
    if (s.expectedAnswerDate.isValid())
        html += u"<p><small>%1</small></p>"_s.arg(
            esc(tr("An answer is expected within five working days of the request, not counting weekends or "
                   "England and Wales bank holidays.")));

    // The checkers' latest word (why it was returned, rejected or partly approved) comes first:
    // it is what the author needs to act on; the history below keeps every note.
    if (!s.history.isEmpty()) {
        const domain::SubmissionEvent &last = s.history.constLast();
        if (!last.note.isEmpty() && last.actorId != myId)
            html += u"<table cellpadding='6' width='100%' style='background-color: "
                    u"#fff4e5'><tr><td><b>%1</b><br>%2"
                    u"</td></tr></table>"_s.arg(
                        esc(tr("Note from %1, %2:").arg(who(last.actorId), when(last.at))),
                        esc(last.note).replace(u'\n', u"<br>"_s));
    }

    // The check of the current round.
    html += u"<h3>%1</h3>"_s.arg(esc(tr("Check result")));
    html += u"<p>%1</p>"_s.arg(esc(SubmissionTexts::checkStatus(info.check.status)));
    if (!info.check.items.isEmpty()) {
        html += u"<ul>"_s;
        for (const protocol::CheckItemInfo &item : info.check.items) {
            QString line =
                u"<b>%1</b>: %2, %3"_s.arg(esc(item.path), esc(SubmissionTexts::checkStatus(item.status)),
                                           esc(findingsText(item.findingsTotal)));
            if (item.error)
                line += u"<br>"_s + esc(item.error->message);
            for (qsizetype i = 0; i < item.findings.size() && i < 3; ++i)
                line += u"<br>&bull; "_s + esc(FindingTexts::message(item.findings.at(i)));
            const qint64 more = item.findingsTotal - std::min<qint64>(item.findingsTotal, 3);
            if (more > 0)
                line += u"<br>"_s + esc(tr("and %Ln more finding(s)", nullptr, static_cast<int>(more)));
            html += u"<li>%1</li>"_s.arg(line);
        }
        html += u"</ul>"_s;
    }
    if (!s.content.exceptions.isEmpty()) {
        const qsizetype n = s.content.exceptions.size();
        html += u"<p>%1</p>"_s.arg(
            esc(tr("You asked for %n exception(s); the checkers decide whether to allow them.", nullptr,
                   static_cast<int>(n))));
    }

    // The files of the current round, as snapshotted, and what the checkers say about each.
    html += u"<h3>%1</h3>"_s.arg(esc(tr("Files")));
    html += u"<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: "
            u"collapse'><tr><th>%1</th><th>%2</th>"
            u"<th>%3</th></tr>"_s.arg(esc(tr("File")), esc(tr("Role")), esc(tr("Checkers' comments")));
    for (const domain::SubmissionFile &f : s.content.files) {
        // The checksum on a line of its own, unbroken, so it can be compared with another copy.
        QString what = u"<b>%1</b>"_s.arg(esc(f.path));
        if (!f.description.isEmpty())
            what += u"<br>%1"_s.arg(esc(f.description));
        what += u"<br><small>%1</small> <tt style='white-space: nowrap'>%2</tt>"_s.arg(
            esc(tr("%1, SHA-256").arg(dataSize(f.size))), esc(f.sha256));
        const QStringList comments = sharedFileComments(info, f.path);
        const QString commentText =
            comments.isEmpty() ? esc(tr("None")) : esc(comments.join(u'\n')).replace(u'\n', u"<br>"_s);
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
            what, esc(SubmissionTexts::fileRole(f.role)), commentText);
    }
    html += u"</table>"_s;

    // The timeline, oldest first: who did what, when, and what they wrote.
    html += u"<h3>%1</h3>"_s.arg(esc(tr("History")));
    html += u"<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: "
            u"collapse'><tr><th>%1</th><th>%2</th>"
            u"<th>%3</th><th>%4</th></tr>"_s.arg(esc(tr("When")), esc(tr("Who")), esc(tr("What")),
                                                 esc(tr("Note")));
    for (const domain::SubmissionEvent &e : s.history) {
        QString what = esc(SubmissionTexts::action(e.action));
        what += u"<br><small>%1</small>"_s.arg(
            esc(tr("Now: %1, round %2").arg(SubmissionTexts::state(e.to)).arg(e.round)));
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
            esc(when(e.at)), esc(who(e.actorId)), what, esc(e.note).replace(u'\n', u"<br>"_s));
    }
    html += u"</table>"_s;
    return html;
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
