#include "IngestReviewDialog.h"

#include "session/IngestReviews.h"
#include "session/RefusalTexts.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageParts.h"
#include "ui/ingest/IngestTexts.h"
#include "ui/review/FilePreviewWidget.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {
enum Column
{
    NameColumn,
    SizeColumn,
    KindColumn,
    ChecksColumn,
    DecisionColumn
};

QString severityWord(const QString &severity)
{
    if (severity == u"refused")
        return IngestReviewDialog::tr("Refused");
    if (severity == u"flag")
        return IngestReviewDialog::tr("Flag");
    return IngestReviewDialog::tr("Note");
}

QString checksSummary(const protocol::IngestFileInfo &file)
{
    int refused = 0, flags = 0;
    for (const protocol::IngestFinding &f : file.findings) {
        refused += f.severity == u"refused";
        flags += f.severity == u"flag";
    }
    if (refused > 0)
        return IngestReviewDialog::tr("refused by the checks");
    if (flags > 0)
        return IngestReviewDialog::tr("%n flag(s)", nullptr, flags);
    return file.checked ? IngestReviewDialog::tr("nothing found") : IngestReviewDialog::tr("not checked");
}

// The automatic findings as the previews mark them: code by line, tables by column.
QList<protocol::CheckFindingInfo> previewFindings(const protocol::IngestFileInfo &file)
{
    QList<protocol::CheckFindingInfo> out;
    for (const protocol::IngestFinding &f : file.findings) {
        protocol::CheckFindingInfo c;
        c.rule = f.rule;
        c.outcome = f.severity == u"refused" ? u"fail"_s : u"review"_s;
        c.path = file.spec.name;
        c.line = f.line;
        c.fileColumn = f.parameters.value("position"_L1).toInt();
        c.message = f.message;
        out.append(c);
    }
    return out;
}
} // namespace

IngestReviewDialog::IngestReviewDialog(session::IngestReviews *reviews, QWidget *parent)
    : QDialog(parent), m_reviews(reviews), m_header(paragraph(this, "ingestReviewHeaderLabel")),
      m_files(new QTreeWidget(this)), m_details(paragraph(this, "ingestFileDetailsLabel")),
      m_findings(new QListWidget(this)), m_votes(paragraph(this, "ingestVotesLabel")),
      m_preview(new FilePreviewWidget(this)), m_previewNote(paragraph(this, "ingestPreviewNoteLabel")),
      m_comment(new QPlainTextEdit(this)), m_approve(new QPushButton(tr("&Approve this file"), this)),
      m_reject(new QPushButton(tr("&Reject this file"), this)),
      m_status(paragraph(this, "ingestReviewDialogStatus"))
{
    setObjectName(u"ingestReviewDialog"_s);
    setWindowTitle(tr("Review files coming in"));
    m_files->setObjectName(u"ingestReviewFileList"_s);
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("Kind"), tr("Checks"), tr("Decision")});
    m_files->setRootIsDecorated(false);
    m_files->header()->setStretchLastSection(true);
    setAccessibleText(m_files, tr("Files of this request"));
    m_findings->setObjectName(u"ingestFindingsList"_s);
    m_findings->setWordWrap(true);
    m_findings->setMaximumHeight(140);
    setAccessibleText(m_findings, tr("What the automatic checks found"));
    m_comment->setObjectName(u"ingestVoteComment"_s);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Why: needed to reject a file, or to approve one the checks flagged"));
    m_comment->setMaximumHeight(80);
    m_approve->setObjectName(u"approveIngestFileButton"_s);
    m_reject->setObjectName(u"rejectIngestFileButton"_s);
    m_status->setStyleSheet(u"color: #b3261e;"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_files, 1);
    leftLayout->addWidget(m_details);
    leftLayout->addWidget(fieldLabel(tr("What the checks found"), m_findings, left));
    leftLayout->addWidget(m_findings);
    leftLayout->addWidget(m_votes);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewNote);
    rightLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(0, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({380, 620}); // the preview has the room

    auto *voteRow = new QHBoxLayout;
    voteRow->addWidget(m_comment, 1);
    auto *voteButtons = new QVBoxLayout;
    voteButtons->addWidget(m_approve);
    voteButtons->addWidget(m_reject);
    voteRow->addLayout(voteButtons);
    auto *close = new QDialogButtonBox(this);
    close->addButton(tr("Close"), QDialogButtonBox::RejectRole); // the client's words, not Qt's
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    layout->addWidget(fieldLabel(tr("Your comment on this file"), m_comment, this));
    layout->addLayout(voteRow);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resizeWithinScreen(this, QSize(1000, 680));

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_files, &QTreeWidget::currentItemChanged, this, &IngestReviewDialog::showFile);
    connect(m_approve, &QPushButton::clicked, this, [this] { castVote(u"approve"_s); });
    connect(m_reject, &QPushButton::clicked, this, [this] { castVote(u"reject"_s); });
    connect(m_reviews, &session::IngestReviews::reviewLoaded, this,
            [this](const protocol::IngestReviewContext &r) {
                if (r.request.id == m_ingestId)
                    showReview(r);
            });
    connect(m_reviews, &session::IngestReviews::voted, this, [this](const protocol::IngestReviewContext &r) {
        if (r.request.id != m_ingestId)
            return;
        m_comment->clear();
        showReview(r);
    });
    connect(m_reviews, &session::IngestReviews::reviewFailed, this,
            [this](const QString &id, const api::ApiFailure &f) {
                if (id == m_ingestId)
                    showAlert(m_status,
                              tr("This request could not be opened: %1").arg(session::refusalMessage(f)));
            });
    connect(m_reviews, &session::IngestReviews::voteFailed, this,
            [this](const QString &id, int, const api::ApiFailure &f) {
                if (id == m_ingestId)
                    showAlert(m_status, tr("Your vote was not recorded: %1").arg(session::refusalMessage(f)));
            });
    connect(m_reviews, &session::IngestReviews::fileLoaded, this, &IngestReviewDialog::showBytes);
    connect(m_reviews, &session::IngestReviews::fileFailed, this,
            [this](const QString &id, int index, const QString &message) {
                if (id == m_ingestId && index == currentIndex())
                    m_previewNote->setText(tr("The file cannot be shown: %1").arg(message));
            });
}

void IngestReviewDialog::openRequest(const QString &ingestId)
{
    m_ingestId = ingestId;
    m_review.reset();
    m_files->clear();
    m_status->clear();
    m_header->setText(tr("Loading %1…").arg(ingestId));
    m_reviews->open(ingestId);
}

QString IngestReviewDialog::statusText() const
{
    return m_status->text();
}

void IngestReviewDialog::showReview(const protocol::IngestReviewContext &review)
{
    const int keep = std::max(0, currentIndex());
    m_review = review;
    const protocol::IngestInfo &r = review.request;
    m_header->setText(tr("<b>%1</b> for %2 (%3), asked by %4 on %5.<br>Why the project needs them: %6<br>"
                         "Each file needs %n approval(s); one rejection rejects it.",
                         nullptr, review.approvalsNeeded)
                          .arg(r.id.toHtmlEscaped(), review.projectTitle.toHtmlEscaped(),
                               r.projectId.toHtmlEscaped(), r.requesterName.toHtmlEscaped(),
                               QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat),
                               r.reason.toHtmlEscaped()));
    m_header->setTextFormat(Qt::RichText);
    m_files->clear();
    for (qsizetype i = 0; i < r.files.size() && i < review.files.size(); ++i) {
        const protocol::IngestFileInfo &f = r.files.at(i);
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(NameColumn, f.spec.name);
        item->setData(NameColumn, Qt::UserRole, f.index);
        item->setText(SizeColumn, IngestTexts::dataSize(f.spec.size));
        item->setText(KindColumn, IngestTexts::kind(f.kind));
        item->setText(ChecksColumn, checksSummary(f));
        item->setText(DecisionColumn, IngestTexts::decision(review.files.at(i).decision));
    }
    if (m_files->topLevelItemCount() > 0)
        m_files->setCurrentItem(m_files->topLevelItem(std::min(keep, m_files->topLevelItemCount() - 1)));
    showFile();
}

int IngestReviewDialog::currentIndex() const
{
    const QTreeWidgetItem *item = m_files->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toInt() : -1;
}

const protocol::IngestFileReview *IngestReviewDialog::currentReview() const
{
    if (!m_review)
        return nullptr;
    for (const protocol::IngestFileReview &f : m_review->files)
        if (f.index == currentIndex())
            return &f;
    return nullptr;
}

const protocol::IngestFileInfo *IngestReviewDialog::currentFile() const
{
    if (!m_review)
        return nullptr;
    for (const protocol::IngestFileInfo &f : m_review->request.files)
        if (f.index == currentIndex())
            return &f;
    return nullptr;
}

void IngestReviewDialog::showFile()
{
    const protocol::IngestFileInfo *file = currentFile();
    const protocol::IngestFileReview *review = currentReview();
    m_findings->clear();
    if (!file || !review) {
        m_details->clear();
        m_votes->clear();
        m_approve->setEnabled(false);
        m_reject->setEnabled(false);
        return;
    }
    m_details->setText(tr("%1 · %2\nSHA-256 %3\nWhat it is: %4")
                           .arg(file->spec.name, IngestTexts::dataSize(file->spec.size), file->spec.sha256,
                                file->spec.description));
    for (const protocol::IngestFinding &f : file->findings) {
        const QString where = f.line > 0 ? tr(" (line %1)").arg(f.line) : QString();
        m_findings->addItem(u"%1%2: %3"_s.arg(severityWord(f.severity), where, f.message));
    }
    if (file->findings.isEmpty())
        m_findings->addItem(tr("The automatic checks found nothing to point out."));
    QStringList votes;
    for (const protocol::IngestVoteInfo &v : review->votes) {
        const QString word = v.decision == u"approve" ? tr("approved") : tr("rejected");
        votes << (v.comment.isEmpty() ? tr("%1: %2").arg(v.checkerName, word)
                                      : tr("%1: %2 (\"%3\")").arg(v.checkerName, word, v.comment));
    }
    QString decided = IngestTexts::decision(review->decision);
    if (!review->deliveredPath.isEmpty())
        decided = tr("%1; placed in the workspace as %2").arg(decided, review->deliveredPath);
    else if (!review->deliveryProblem.isEmpty())
        decided = tr("%1; not yet in the workspace: %2").arg(decided, review->deliveryProblem);
    m_votes->setText(votes.isEmpty() ? tr("Decision: %1. No votes yet.").arg(decided)
                                     : tr("Decision: %1. Votes: %2").arg(decided, votes.join(u"; "_s)));
    const bool open = m_review->request.state == u"awaiting-review" && review->decision == u"pending";
    m_approve->setEnabled(open && !review->refused);
    m_reject->setEnabled(open);
    m_approve->setToolTip(review->refused ? tr("A check refused this file: it can only be rejected.")
                                          : QString());
    m_preview->setVisible(false);                             // until this file's bytes are here and checked
    if (review->purged || !review->deliveredPath.isEmpty()) { // delivered: gone from quarantine
        m_previewNote->setText(tr("The quarantined copy has been deleted; there is nothing to show."));
    } else {
        m_previewNote->setText(tr("Loading the file from quarantine…"));
        m_reviews->loadFile(m_ingestId, file->index);
    }
}

void IngestReviewDialog::showBytes(const QString &ingestId, int index, const QByteArray &bytes)
{
    const protocol::IngestFileInfo *file = currentFile();
    if (ingestId != m_ingestId || index != currentIndex() || !file)
        return;
    // Shown only as declared: what the checker sees is what would be delivered.
    if (!session::IngestReviews::matchesDeclared(bytes, file->spec.sha256)) {
        m_previewNote->setText(tr("The bytes received do not match the SHA-256 declared for this file, so it "
                                  "is not shown. Refresh, and tell the service team if this happens again."));
        return;
    }
    m_previewNote->setText(tr("The file as it would be placed in the workspace (SHA-256 checked)."));
    m_preview->setVisible(true);
    m_preview->showFile(PreviewFile{file->spec.name, bytes, std::nullopt}, previewFindings(*file));
}

void IngestReviewDialog::castVote(const QString &decision)
{
    const protocol::IngestFileInfo *file = currentFile();
    const protocol::IngestFileReview *review = currentReview();
    if (!file || !review)
        return;
    const QString comment = m_comment->toPlainText().trimmed();
    const bool approve = decision == u"approve";
    if (comment.isEmpty() && (!approve || review->flagged)) {
        showAlert(m_status,
                  approve ? tr("The checks flagged this file: say in the comment why it is safe to "
                               "bring in.")
                          : tr("Say in the comment why this file is rejected; the researcher sees it."));
        m_comment->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString question = approve ? tr("Approve \"%1\"? Your vote is final.").arg(file->spec.name)
                                     : tr("Reject \"%1\"? Your vote is final.").arg(file->spec.name);
    const bool sure = m_confirm ? m_confirm(question)
                                : QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    if (!sure)
        return;
    m_status->clear();
    m_reviews->vote(m_ingestId, file->index, decision, comment);
}

} // namespace srs::ui
