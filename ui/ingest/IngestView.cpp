#include "IngestView.h"

#include "session/IngestRequests.h"
#include "ui/common/Accessibility.h"
#include "ui/common/Icons.h"
#include "ui/common/PageParts.h"
#include "ui/ingest/IngestTexts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {
enum ListColumn
{
    RequestColumn,
    ProjectColumn,
    FilesColumn,
    SizeColumn,
    StateColumn,
    ChangedColumn
};
enum FileColumn
{
    FileNameColumn,
    FileSizeColumn,
    FileProgressColumn,
    FileStateColumn
};

qint64 totalBytes(const protocol::IngestInfo &info)
{
    qint64 total = 0;
    for (const protocol::IngestFileInfo &f : info.files)
        total += f.spec.size;
    return total;
}

bool uploadGoesOn(const session::IngestUploadProgress &p)
{
    using State = session::IngestUploadProgress::State;
    return p.state != State::Done && p.state != State::Cancelled;
}
} // namespace

IngestView::IngestView(session::IngestRequests *requests, session::IngestUploads *uploads, QWidget *parent)
    : QWidget(parent), m_requests(requests), m_uploads(uploads), m_hint(paragraph(this, "ingestHintLabel")),
      m_problems(paragraph(this, "ingestProblemsLabel")), m_list(new QTreeWidget(this)),
      m_title(heading(QString(), this, 1.1)), m_overall(new QProgressBar(this)),
      m_progressLine(paragraph(this, "ingestProgressLabel")), m_files(new QTreeWidget(this)),
      m_reason(paragraph(this, "ingestReasonLabel")), m_pause(new QPushButton(tr("&Pause"), this)),
      m_resume(new QPushButton(tr("C&arry on"), this)),
      m_cancel(new QPushButton(tr("Cancel this re&quest…"), this))
{
    setObjectName(u"ingestView"_s);
    m_hint->setText(tr("Files you asked to bring into your projects. To bring more, choose a project under "
                       "Projects and press \"Bring files into this project…\"."));
    m_problems->setStyleSheet(u"color: #b3261e;"_s);
    m_problems->setVisible(false);
    m_list->setObjectName(u"ingestList"_s);
    m_list->setHeaderLabels(
        {tr("Request"), tr("Project"), tr("Files"), tr("Size"), tr("State"), tr("Changed")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    setAccessibleText(
        m_list, tr("Files brought in"),
        tr("Your requests to bring files into a project, newest first; choose one to see its files."));
    m_title->setObjectName(u"ingestTitleLabel"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_overall->setObjectName(u"ingestOverallProgress"_s);
    m_overall->setAccessibleName(tr("Upload of the whole request"));
    m_overall->setRange(0, 1000);
    m_progressLine->setTextFormat(Qt::PlainText);
    m_reason->setTextFormat(Qt::PlainText); // the researcher's words
    m_files->setObjectName(u"ingestFileList"_s);
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("Sent"), tr("Checks and decision")});
    m_files->setRootIsDecorated(false);
    m_files->setWordWrap(true);
    m_files->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_files->header()->setStretchLastSection(true);
    m_files->setColumnWidth(FileNameColumn, 240);
    m_files->setColumnWidth(FileSizeColumn, 80);
    m_files->setColumnWidth(FileProgressColumn, 160);
    setAccessibleText(m_files, tr("Files of the request"));
    m_pause->setObjectName(u"pauseUploadButton"_s);
    m_resume->setObjectName(u"resumeUploadButton"_s);
    m_cancel->setObjectName(u"cancelIngestButton"_s);

    auto *detail = new QWidget(this);
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_title);
    dl->addWidget(m_reason);
    dl->addWidget(m_overall);
    dl->addWidget(m_progressLine);
    dl->addWidget(m_files, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    dl->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_problems);
    layout->addWidget(split, 1);

    connect(m_requests, &session::IngestRequests::listChanged, this, &IngestView::rebuild);
    connect(m_requests, &session::IngestRequests::cleared, this, [this] {
        m_progress.clear();
        rebuild();
    });
    connect(m_uploads, &session::IngestUploads::progressed, this, &IngestView::onProgress);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_selected = item ? item->data(RequestColumn, Qt::UserRole).toString() : QString();
        showSelected();
    });
    connect(m_pause, &QPushButton::clicked, this, [this] { m_uploads->pause(m_selected); });
    connect(m_resume, &QPushButton::clicked, this, [this] { m_uploads->resume(m_selected); });
    connect(m_cancel, &QPushButton::clicked, this, &IngestView::cancelSelected);
    rebuild();
}

void IngestView::activate()
{
    for (const session::IngestUploadProgress &p : m_uploads->unfinished())
        m_progress.insert(p.ingestId, p);
    m_requests->refresh();
    rebuild();
}

const session::IngestUploadProgress *IngestView::uploadOf(const QString &ingestId) const
{
    const auto it = m_progress.constFind(ingestId);
    return it == m_progress.cend() ? nullptr : &*it;
}

void IngestView::onProgress(const session::IngestUploadProgress &progress)
{
    if (progress.ingestId.isEmpty())
        return;
    const bool known = m_progress.contains(progress.ingestId);
    m_progress.insert(progress.ingestId, progress);
    if (!known) {
        rebuild();
        return;
    }
    // Only the changing parts: the row's state and, when shown, the bars.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(RequestColumn, Qt::UserRole).toString() == progress.ingestId && uploadGoesOn(progress))
            item->setText(StateColumn, IngestTexts::uploadState(progress));
    }
    if (progress.ingestId == m_selected)
        showProgress(progress);
}

void IngestView::rebuild()
{
    const QString keep = m_selected;
    QStringList problems;
    for (auto it = m_requests->problems().cbegin(); it != m_requests->problems().cend(); ++it)
        problems << tr("%1: %2").arg(it.key(), it.value());
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());

    QSignalBlocker block(m_list);
    m_list->clear();
    QSet<QString> listed;
    const QLocale locale;
    for (const protocol::IngestInfo &info : m_requests->list()) {
        if (!m_requests->isMine(info))
            continue;
        listed.insert(info.id);
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(RequestColumn, Qt::UserRole, info.id);
        item->setText(RequestColumn, info.id);
        item->setText(ProjectColumn, info.projectId);
        item->setToolTip(ProjectColumn, m_requests->projectTitle(info.projectId));
        item->setText(FilesColumn, locale.toString(info.files.size()));
        item->setText(SizeColumn, IngestTexts::dataSize(totalBytes(info)));
        const session::IngestUploadProgress *upload = uploadOf(info.id);
        item->setText(StateColumn, upload && uploadGoesOn(*upload) && info.state == u"uploading"
                                       ? IngestTexts::uploadState(*upload)
                                       : IngestTexts::state(info.state));
        item->setText(ChangedColumn, locale.toString(info.updatedAt.toLocalTime(), QLocale::ShortFormat));
    }
    // Uploads from this computer the server has not listed (yet, or their project is not
    // openable from here now).
    for (const session::IngestUploadProgress &p : std::as_const(m_progress)) {
        if (listed.contains(p.ingestId) || !uploadGoesOn(p))
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(RequestColumn, Qt::UserRole, p.ingestId);
        item->setText(RequestColumn, p.ingestId);
        item->setText(ProjectColumn, p.projectId);
        item->setText(FilesColumn, locale.toString(p.fileSize.size()));
        item->setText(SizeColumn, IngestTexts::dataSize(p.total));
        item->setText(StateColumn, IngestTexts::uploadState(p));
    }
    m_selected.clear();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(RequestColumn, Qt::UserRole).toString() == keep)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
    if (m_list->currentItem())
        m_selected = keep;
    showSelected();
}

bool IngestView::selectRequest(const QString &ingestId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(RequestColumn, Qt::UserRole).toString() == ingestId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void IngestView::showSelected()
{
    m_files->clear();
    const std::optional<protocol::IngestInfo> info = m_requests->request(m_selected);
    const session::IngestUploadProgress *upload = uploadOf(m_selected);
    const bool any = info || upload;
    m_title->setVisible(any);
    m_reason->setVisible(info.has_value());
    m_files->setVisible(any);
    if (!any) {
        m_overall->setVisible(false);
        m_progressLine->setVisible(false);
        m_pause->setVisible(false);
        m_resume->setVisible(false);
        m_cancel->setVisible(false);
        return;
    }
    m_title->setText(
        info ? tr("%1 into %2 %3").arg(info->id, info->projectId, m_requests->projectTitle(info->projectId))
             : tr("%1 into %2").arg(upload->ingestId, upload->projectId));
    if (info) {
        m_reason->setText(tr("Why: %1").arg(info->reason));
        for (const protocol::IngestFileInfo &f : info->files) {
            auto *item = new QTreeWidgetItem(m_files);
            item->setText(FileNameColumn, f.spec.name);
            item->setToolTip(FileNameColumn, f.spec.description);
            item->setText(FileSizeColumn, IngestTexts::dataSize(f.spec.size));
            item->setText(FileStateColumn, IngestTexts::fileStatus(*info, f));
        }
    }
    const bool uploading = upload && uploadGoesOn(*upload) && (!info || info->state == u"uploading");
    m_overall->setVisible(uploading);
    m_progressLine->setVisible(uploading);
    if (upload)
        showProgress(*upload);
    m_cancel->setVisible(!info || info->state == u"uploading" || info->state == u"checking" ||
                         info->state == u"awaiting-review");
}

// The bars of the request's upload from this computer: overall and each file's.
void IngestView::showProgress(const session::IngestUploadProgress &p)
{
    using State = session::IngestUploadProgress::State;
    m_overall->setValue(p.total > 0 ? int(p.sent * 1000 / p.total) : 0);
    m_overall->setFormat(tr("%1 %").arg(p.total > 0 ? p.sent * 100 / p.total : 0));
    m_progressLine->setText(IngestTexts::uploadState(p) + u" · "_s + IngestTexts::progressLine(p));
    for (int i = 0; i < m_files->topLevelItemCount() && i < p.fileSent.size(); ++i) {
        QTreeWidgetItem *item = m_files->topLevelItem(i);
        auto *bar = qobject_cast<QProgressBar *>(m_files->itemWidget(item, FileProgressColumn));
        if (!bar) {
            bar = new QProgressBar(m_files);
            bar->setRange(0, 1000);
            bar->setAccessibleName(tr("Sent of %1").arg(item->text(FileNameColumn)));
            m_files->setItemWidget(item, FileProgressColumn, bar);
        }
        const qint64 size = p.fileSize.value(i);
        bar->setValue(size > 0 ? int(p.fileSent.at(i) * 1000 / size) : 1000);
        // What the server has confirmed, as it comes (the list's figure is from its last answer).
        if (uploadGoesOn(p))
            item->setText(FileStateColumn, IngestTexts::received(p.fileSent.at(i), size));
    }
    const bool goesOn = uploadGoesOn(p);
    m_pause->setVisible(goesOn);
    m_resume->setVisible(goesOn);
    m_pause->setEnabled(p.state == State::Running || p.state == State::Waiting);
    m_resume->setEnabled(p.state == State::Paused || p.state == State::Failed);
}

void IngestView::cancelSelected()
{
    const QString id = m_selected;
    if (id.isEmpty())
        return;
    const bool sure =
        m_confirmCancel
            ? m_confirmCancel(id)
            : QMessageBox::question(this, tr("Cancel %1?").arg(id),
                                    tr("Cancel the request %1? Files already sent are deleted from "
                                       "quarantine and nothing reaches the workspace.")
                                        .arg(id),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    if (!sure)
        return;
    if (const session::IngestUploadProgress *upload = uploadOf(id); upload && uploadGoesOn(*upload))
        m_uploads->cancel(id); // stops sending, and cancels on the server
    else
        m_requests->cancel(id);
}

} // namespace srs::ui
