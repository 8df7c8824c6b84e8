#include "ReviewDialog.h"

#include "FilePreviewWidget.h"
#include "ReleaseComparisonPanel.h"
#include "ReviewQuestions.h"
#include "ReviewTexts.h"
#include "session/RefusalTexts.h"
#include "session/ReviewDesk.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageParts.h"
#include "ui/submissions/SubmissionTexts.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

QPlainTextEdit *textEdit(const char *name, const QString &placeholder, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(80);
    return e;
}

const protocol::SubmissionRoundInfo *roundInfo(const protocol::ReviewContext &c, int round)
{
    for (const protocol::SubmissionRoundInfo &r : c.submission.rounds)
        if (r.round == round)
            return &r;
    return nullptr;
}

} // namespace

ReviewDialog::ReviewDialog(session::ReviewDesk *desk, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_header(new QLabel(this)), m_status(new QLabel(this)),
      m_files(new QListWidget(this)), m_preview(new FilePreviewWidget(this)), m_loading(new QLabel(this)),
      m_context(new QTextBrowser(this)), m_decision(new QButtonGroup(this)),
      m_shared(textEdit("sharedCommentEdit",
                        tr("For the author: what to change, or why it cannot be released"), this)),
      m_internal(textEdit("internalCommentEdit", tr("For checkers only"), this)),
      m_summary(textEdit("reviewSummaryEdit",
                         tr("Your summary for the author (the reason, if you reject anything)"), this)),
      m_submit(new QPushButton(tr("Submit my review"), this)),
      m_release(new QPushButton(tr("Release approved outputs…"), this)), m_error(new QLabel(this)),
      m_others(new QTextBrowser(this)), m_releases(new ReleaseComparisonPanel(this))
{
    setObjectName(u"reviewDialog"_s);
    setWindowTitle(tr("Review a request"));
    m_header->setObjectName(u"reviewHeaderLabel"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_status->setObjectName(u"reviewStatusLabel"_s);
    m_status->setWordWrap(true);
    m_files->setObjectName(u"reviewFileList"_s);
    m_files->setWordWrap(true);
    setAccessibleText(m_files, tr("Files of this request"),
                      tr("Each file with its role and the decision you have given it so far."));
    m_loading->setObjectName(u"filePreviewLoadingLabel"_s);
    m_loading->setWordWrap(true);
    m_loading->setVisible(false);
    m_context->setObjectName(u"fileContextBrowser"_s);
    m_others->setObjectName(u"otherReviewsBrowser"_s);
    m_submit->setObjectName(u"submitReviewButton"_s);
    m_release->setObjectName(u"releaseButton"_s);
    m_release->setVisible(false);
    m_error->setObjectName(u"reviewErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setVisible(false);

    auto *decisionBox = new QGroupBox(tr("Your decision on this file"), this);
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    const struct
    {
        domain::FileDecision decision;
        const char *name;
        QString text;
    } choices[] = {
        {domain::FileDecision::Approve, "approveRadio", tr("Approve: safe to release as it is")},
        {domain::FileDecision::RequestChanges, "changesRadio", tr("Request changes: the author must fix it")},
        {domain::FileDecision::Reject, "rejectRadio", tr("Reject: it cannot be released")},
    };
    for (const auto &c : choices) {
        auto *radio = new QRadioButton(c.text, decisionBox);
        radio->setObjectName(QString::fromLatin1(c.name));
        m_decision->addButton(radio, static_cast<int>(c.decision));
        decisionLayout->addWidget(radio);
    }
    // Each box named by its own label: inside the group box a field would be read by its title.
    decisionLayout->addWidget(fieldLabel(tr("Co&mment for the author"), m_shared, decisionBox));
    decisionLayout->addWidget(m_shared);
    m_internalLabel = fieldLabel(tr("&Note for checkers only"), m_internal, decisionBox);
    m_internalLabel->setObjectName(u"internalCommentLabel"_s);
    decisionLayout->addWidget(m_internalLabel);
    decisionLayout->addWidget(m_internal);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(fieldLabel(tr("What the author says"), m_context, right));
    rightLayout->addWidget(m_context, 1);
    rightLayout->addWidget(decisionBox);

    auto *file = new QWidget(this);
    auto *fileLayout = new QVBoxLayout(file);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_loading);
    fileLayout->addWidget(m_preview, 1);
    // Under the file, the request's tables compared with the project's releases as they are now.
    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(file);
    middle->addWidget(m_releases);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 2);
    middle->setChildrenCollapsible(false);
    middle->setSizes({420, 260});

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(middle);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({260, 600, 340}); // the paths readable, the preview the most room
    m_files->setMinimumWidth(200);

    auto *bottom = new QHBoxLayout;
    auto *summaryColumn = new QVBoxLayout;
    summaryColumn->addWidget(fieldLabel(tr("Summar&y for the author"), m_summary, this));
    summaryColumn->addWidget(m_summary);
    bottom->addLayout(summaryColumn, 3);
    auto *othersColumn = new QVBoxLayout;
    othersColumn->addWidget(fieldLabel(tr("Reviews"), m_others, this));
    m_others->setMaximumHeight(110);
    othersColumn->addWidget(m_others);
    bottom->addLayout(othersColumn, 3);
    auto *buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_release);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"closeReviewButton"_s);
    buttons->addWidget(close);
    bottom->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_error);
    rememberWindowSize(this, u"review"_s, QSize(1200, 760));
    setFocusOrder(close);

    connect(m_files, &QListWidget::currentRowChanged, this, [this](int row) {
        storeVote();
        showFile(row);
    });
    connect(m_decision, &QButtonGroup::idClicked, this, [this] {
        storeVote();
        refreshFileList();
        showReasonPrompt();
    });
    for (QPlainTextEdit *e : {m_shared, m_internal})
        connect(e, &QPlainTextEdit::textChanged, this, [this] { storeVote(); });
    connect(m_submit, &QPushButton::clicked, this, &ReviewDialog::submit);
    connect(m_release, &QPushButton::clicked, this, [this] {
        if (const auto &c = m_desk->context())
            confirm(Question::Release, ReviewQuestions::beforeReleasing(*c), [this] { m_desk->release(); });
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(this, &QDialog::finished, m_desk, &session::ReviewDesk::close);

    connect(m_desk, &session::ReviewDesk::contextChanged, this, &ReviewDialog::showContext);
    connect(m_desk, &session::ReviewDesk::contextFailed, this, [this](const api::ApiFailure &f) {
        showAlert(m_error, tr("The request could not be opened: %1").arg(session::refusalMessage(f)));
    });
    connect(m_releases, &ReleaseComparisonPanel::compareAgainRequested, m_desk,
            &session::ReviewDesk::compareWithReleases);
    connect(m_desk, &session::ReviewDesk::releaseComparisonChanged, this,
            &ReviewDialog::showReleaseComparison);
    connect(m_desk, &session::ReviewDesk::releaseComparisonFailed, m_releases,
            &ReleaseComparisonPanel::showFailure);
    connect(m_desk, &session::ReviewDesk::fileLoaded, this, [this] { showPreviewIfReady(); });
    connect(m_desk, &session::ReviewDesk::fileFailed, this, [this](int r, int, const QString &message) {
        if (r == round()) {
            m_loading->setText(tr("This file cannot be shown: %1").arg(message));
            m_loading->setVisible(true);
        } else {
            m_waitPrevious = false;
            showPreviewIfReady(); // without the comparison
        }
    });
    connect(m_desk, &session::ReviewDesk::voteFailed, this, [this](const QString &message, const QString &) {
        showAlert(m_error, tr("Your review was not recorded: %1").arg(message));
        m_submit->setEnabled(true);
    });
    connect(m_desk, &session::ReviewDesk::voted, this, [this] {
        m_error->setVisible(false);
        if (const auto &c = m_desk->context())
            m_status->setText(ReviewTexts::afterVoting(c->submission.submission.state));
    });
    connect(m_desk, &session::ReviewDesk::released, this, [this](const protocol::ReleaseInfo &r) {
        m_error->setVisible(false);
        QMessageBox done(QMessageBox::Information, tr("Released"),
                         tr("Release %1: %Ln file(s) now available to the project.", nullptr,
                            static_cast<int>(r.files.size()))
                             .arg(r.id),
                         QMessageBox::Ok, this);
        nameStandardButtons(&done);
        done.exec();
    });
    connect(m_desk, &session::ReviewDesk::releaseFailed, this,
            [this](const QString &message) { showAlert(m_error, tr("Not released: %1").arg(message)); });
    connect(m_desk, &session::ReviewDesk::cleared, this, [this] {
        if (!m_desk->context())
            reject(); // locked or signed out: nothing of it stays on screen
    });
    showContext();
    showReleaseComparison();
}

// Tab goes as the eye does: the files, the file (its preview and findings), its comparison with
// the releases, what the author says, the decision and its comments, the summary, the reviews,
// then the buttons.
void ReviewDialog::setFocusOrder(QWidget *close)
{
    QList<QWidget *> order{m_files};
    order += m_preview->focusOrder();
    order += m_releases->focusOrder();
    order << m_context;
    for (QAbstractButton *b : m_decision->buttons())
        order << b;
    order << m_shared << m_internal << m_summary << m_others << m_submit << m_release << close;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void ReviewDialog::showReleaseComparison()
{
    if (m_desk->isComparingWithReleases())
        m_releases->showComparing();
    else if (const auto &comparison = m_desk->releaseComparison())
        m_releases->showComparison(*comparison);
    else
        m_releases->clear();
}

int ReviewDialog::round() const
{
    return m_desk->context() ? m_desk->context()->submission.submission.round : 0;
}

bool ReviewDialog::mayVote() const
{
    const domain::Review *mine = m_desk->myReview();
    return mine && !mine->isSubmitted() &&
           m_desk->context()->submission.submission.state == domain::SubmissionState::InReview;
}

void ReviewDialog::showContext()
{
    const auto &c = m_desk->context();
    if (!c) {
        m_header->setText(tr("Opening the request…"));
        return;
    }
    const domain::Submission &s = c->submission.submission;
    setWindowTitle(tr("Review %1 — %2").arg(s.id, s.content.title));
    m_header->setText(headerHtml(*c));
    const domain::Review *mine = m_desk->myReview();
    if (mine && mine->isSubmitted()) {
        // Show what was sent; it cannot change now.
        m_votes.clear();
        for (const domain::FileReview &f : mine->files)
            m_votes.insert(f.path, f);
        m_summary->setPlainText(mine->summary);
    }
    QString status = SubmissionTexts::state(s.state) + u". "_s;
    if (!mine)
        status += tr("You have not claimed this request: you can read it, not vote on it.");
    else if (!mine->isSubmitted())
        status += c->blinded ? tr("The other checker's votes are hidden until yours are in.")
                             : tr("Give every file a decision, then submit your review.");
    m_status->setText(status);
    const bool vote = mayVote();
    for (QAbstractButton *b : m_decision->buttons())
        b->setEnabled(vote);
    m_shared->setReadOnly(!vote);
    m_internal->setReadOnly(!vote);
    m_summary->setReadOnly(!vote);
    m_submit->setVisible(vote);
    m_submit->setEnabled(vote);
    m_release->setVisible(s.state == domain::SubmissionState::Approved ||
                          s.state == domain::SubmissionState::PartlyApproved);

    m_others->setHtml(reviewsHtml(*c, mine ? mine->checkerId : QString()));

    const int keep = m_row;
    refreshFileList();
    m_files->setCurrentRow(std::clamp(keep, 0, std::max(0, m_files->count() - 1)));
}

void ReviewDialog::refreshFileList()
{
    const auto &c = m_desk->context();
    const protocol::SubmissionRoundInfo *r = c ? roundInfo(*c, round()) : nullptr;
    const QSignalBlocker block(m_files);
    const int keep = m_files->currentRow();
    m_files->clear();
    if (!r)
        return;
    for (const domain::SubmissionFile &f : r->files) {
        const auto vote = m_votes.constFind(f.path);
        const QString decision =
            vote == m_votes.cend() ? tr("no decision yet") : ReviewQuestions::decision(vote->decision);
        m_files->addItem(u"%1\n%2 — %3"_s.arg(f.path, SubmissionTexts::fileRole(f.role), decision));
    }
    m_files->setCurrentRow(keep);
}

void ReviewDialog::showFile(int row)
{
    m_row = row;
    const auto &c = m_desk->context();
    const protocol::SubmissionRoundInfo *r = c ? roundInfo(*c, round()) : nullptr;
    if (!r || row < 0 || row >= r->files.size())
        return;
    const domain::SubmissionFile &f = r->files.at(row);
    // What the author said about it.
    const domain::SubmissionContent &content = c->submission.submission.content;
    QString html;
    if (const domain::SubmissionFile *said = content.file(f.path)) {
        if (!said->description.isEmpty())
            html += u"<p><b>"_s + tr("What it is") + u"</b><br>"_s + said->description.toHtmlEscaped() +
                    u"</p>"_s;
        if (!said->destination.isEmpty())
            html += u"<p><b>"_s + tr("Where it goes") + u"</b><br>"_s + said->destination.toHtmlEscaped() +
                    u"</p>"_s;
    }
    QList<domain::ExceptionRequest> exceptions;
    for (const domain::ExceptionRequest &e : content.exceptions)
        if (e.path == f.path)
            exceptions.append(e);
    if (!exceptions.isEmpty()) {
        html += u"<p><b>"_s + tr("Exceptions asked for") + u"</b></p><ul>"_s;
        for (const domain::ExceptionRequest &e : std::as_const(exceptions)) {
            const QString where = e.line > 0         ? tr("line %1").arg(e.line)
                                  : e.cell.isEmpty() ? tr("the whole table")
                                                     : tr("%1 in the file").arg(e.cell);
            html += u"<li>%1 (%2): “%3”</li>"_s.arg(where.toHtmlEscaped(), e.rule.toHtmlEscaped(),
                                                    e.justification.toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    if (!content.controls.isEmpty())
        html += u"<p><b>"_s + tr("Disclosure control applied") + u"</b><br>"_s +
                content.controls.toHtmlEscaped() + u"</p>"_s;
    m_context->setHtml(html);
    showVote();

    m_loading->setText(tr("Fetching %1…").arg(f.path));
    m_loading->setVisible(true);
    m_desk->fetchFile(round(), row);
    const auto before = m_desk->previousVersion(round(), row);
    m_waitPrevious = before.has_value();
    if (before)
        m_desk->fetchFile(before->first, before->second);
    showPreviewIfReady();
}

void ReviewDialog::showPreviewIfReady()
{
    const auto &c = m_desk->context();
    const protocol::SubmissionRoundInfo *r = c ? roundInfo(*c, round()) : nullptr;
    if (!r || m_row < 0 || m_row >= r->files.size())
        return;
    const auto bytes = m_desk->file(round(), m_row);
    if (!bytes)
        return;
    const domain::SubmissionFile &f = r->files.at(m_row);
    const auto before = m_desk->previousVersion(round(), m_row);
    std::optional<QByteArray> previousBytes;
    if (before) {
        previousBytes = m_desk->file(before->first, before->second);
        if (!previousBytes && m_waitPrevious)
            return; // the comparison is on its way
    }
    // Every table of the request in this file: a workbook's sheets are each shown (and released).
    QList<domain::TableSpec> specs;
    for (const domain::TableSpec &t : c->submission.submission.content.tables)
        if (t.file == f.path)
            specs.append(t);
    std::optional<domain::TableSpec> spec;
    if (!specs.isEmpty())
        spec = specs.constFirst();
    QList<protocol::CheckFindingInfo> findings;
    for (const protocol::CheckItemInfo &item : c->submission.check.items)
        if (item.path == f.path)
            findings += item.findings;
    QList<domain::ExceptionRequest> exceptions;
    for (const domain::ExceptionRequest &e : c->submission.submission.content.exceptions)
        if (e.path == f.path)
            exceptions.append(e);
    std::optional<PreviewFile> previous;
    if (previousBytes)
        previous = PreviewFile{f.path, *previousBytes, spec, specs};
    m_loading->setVisible(false);
    m_preview->showFile(PreviewFile{f.path, *bytes, spec, specs}, findings, exceptions, previous);
}

void ReviewDialog::showVote()
{
    const auto &c = m_desk->context();
    const protocol::SubmissionRoundInfo *r = c ? roundInfo(*c, round()) : nullptr;
    if (!r || m_row < 0 || m_row >= r->files.size())
        return;
    m_updating = true;
    const auto vote = m_votes.constFind(r->files.at(m_row).path);
    m_decision->setExclusive(false);
    for (QAbstractButton *b : m_decision->buttons())
        b->setChecked(vote != m_votes.cend() && m_decision->id(b) == static_cast<int>(vote->decision));
    m_decision->setExclusive(true);
    m_shared->setPlainText(vote == m_votes.cend() ? QString() : vote->sharedComment);
    m_internal->setPlainText(vote == m_votes.cend() ? QString() : vote->internalComment);
    m_updating = false;
    showReasonPrompt();
}

// Approving a file whose checks failed needs the checker's reason: the note for checkers asks for
// it then, by its label (and so its accessible name) and its placeholder.
void ReviewDialog::showReasonPrompt()
{
    const auto &c = m_desk->context();
    const protocol::SubmissionRoundInfo *r = c ? roundInfo(*c, round()) : nullptr;
    const bool ask = r && m_row >= 0 && m_row < r->files.size() &&
                     m_decision->checkedId() == static_cast<int>(domain::FileDecision::Approve) &&
                     ReviewQuestions::failingPaths(*c).contains(r->files.at(m_row).path);
    const QString label = ask ? ReviewQuestions::noteLabel(true) : tr("&Note for checkers only");
    m_internalLabel->setText(label);
    m_internal->setAccessibleName(QString(label).remove(u'&'));
    m_internal->setPlaceholderText(ask ? ReviewQuestions::notePlaceholder(true) : tr("For checkers only"));
}

void ReviewDialog::storeVote()
{
    if (m_updating || !mayVote())
        return;
    const auto &c = m_desk->context();
    const protocol::SubmissionRoundInfo *r = c ? roundInfo(*c, round()) : nullptr;
    if (!r || m_row < 0 || m_row >= r->files.size())
        return;
    const QString path = r->files.at(m_row).path;
    if (m_decision->checkedId() < 0 && !m_votes.contains(path))
        return;
    domain::FileReview &v = m_votes[path];
    v.path = path;
    if (m_decision->checkedId() >= 0)
        v.decision = static_cast<domain::FileDecision>(m_decision->checkedId());
    v.sharedComment = m_shared->toPlainText().trimmed();
    v.internalComment = m_internal->toPlainText().trimmed();
}

void ReviewDialog::submit()
{
    storeVote();
    const auto &c = m_desk->context();
    const protocol::SubmissionRoundInfo *r = c ? roundInfo(*c, round()) : nullptr;
    if (!r)
        return;
    protocol::VoteRequest votes;
    for (qsizetype i = 0; i < r->files.size(); ++i) {
        const QString path = r->files.at(i).path;
        if (!m_votes.contains(path)) {
            showAlert(m_error, tr("Give %1 a decision first.").arg(path));
            m_files->setCurrentRow(static_cast<int>(i));
            return;
        }
        votes.files.append(m_votes.value(path));
    }
    votes.summary = m_summary->toPlainText().trimmed();
    // The same rules the service applies, so the checker hears at once what is missing.
    if (Status s = domain::ReviewRules::checkVotes(c->submission.submission, votes.files, votes.summary,
                                                   ReviewQuestions::failingPaths(*c));
        !s.ok()) {
        if (s.error().code == QLatin1StringView(domain::reviewerr::ApprovalNeedsReason)) {
            // On the file that needs it ("files[i].internalComment"), in the note that asks for it.
            m_files->setCurrentRow(s.error().field.section(u'[', 1).section(u']', 0, 0).toInt());
            showAlert(m_error, tr("Your review is not sent yet: %1").arg(s.error().message));
            m_internal->setFocus(Qt::OtherFocusReason);
            return;
        }
        showAlert(m_error, s.error().message);
        return;
    }
    m_error->setVisible(false);
    confirm(Question::SubmitReview, ReviewQuestions::beforeSubmitting(*c, m_desk->myReview(), votes),
            [this, votes] {
                m_submit->setEnabled(false);
                m_desk->vote(votes);
            });
}

// Asks (or the test seam answers), then does `then` if the answer is to go on.
void ReviewDialog::confirm(Question question, const QString &text, const std::function<void()> &then)
{
    if (m_confirm) {
        if (m_confirm(question, text))
            then();
        return;
    }
    const bool release = question == Question::Release;
    auto *ask = ReviewQuestions::ask(
        this, release ? u"confirmReleaseMessage"_s : u"confirmSubmitReviewMessage"_s,
        release ? tr("Release the approved outputs?") : tr("Submit your review?"), text,
        release ? tr("Release") : tr("Submit review"), release ? tr("Cancel") : tr("Go back"));
    connect(ask, &QMessageBox::accepted, this, then);
    ask->open();
}

} // namespace srs::ui
