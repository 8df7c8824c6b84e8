#include "IngestReviewPanel.h"

#include "session/IngestReviews.h"
#include "session/RefusalTexts.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageParts.h"
#include "ui/ingest/IngestReviewDialog.h"
#include "ui/ingest/IngestTexts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {
enum Column
{
    RequestColumn,
    ProjectColumn,
    FromColumn,
    FilesColumn,
    SizeColumn,
    StateColumn
};

QString notForMeText(const QString &code)
{
    if (code == u"review-project-member")
        return IngestReviewPanel::tr(
            "You are a member of this project (or asked for these files), so another "
            "checker must review them.");
    return session::refusalMessage(code, QString());
}
} // namespace

IngestReviewPanel::IngestReviewPanel(session::IngestReviews *reviews, QWidget *parent)
    : QWidget(parent), m_reviews(reviews), m_hint(paragraph(this, "ingestReviewHintLabel")),
      m_list(new QTreeWidget(this)), m_status(paragraph(this, "ingestReviewStatusLabel")),
      m_refresh(new QPushButton(tr("Refresh"), this)),
      m_open(new QPushButton(tr("Review these files…"), this))
{
    setObjectName(u"ingestReviewPanel"_s);
    m_hint->setText(tr("Files researchers asked to bring into their projects. Each file is approved or "
                       "rejected on its own; approved files are placed in the project's workspace under "
                       "ingest/."));
    m_list->setObjectName(u"ingestReviewList"_s);
    m_list->setHeaderLabels({tr("Request"), tr("Project"), tr("From"), tr("Files"), tr("Size"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    setAccessibleText(m_list, tr("Files waiting to come in"));
    m_refresh->setObjectName(u"refreshIngestQueueButton"_s);
    m_open->setObjectName(u"reviewIngestButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_reviews, &session::IngestReviews::queueChanged, this, &IngestReviewPanel::showQueue);
    connect(m_reviews, &session::IngestReviews::queueFailed, this, [this](const api::ApiFailure &f) {
        showAlert(m_status,
                  tr("The list of files waiting could not be loaded: %1").arg(session::refusalMessage(f)));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &IngestReviewPanel::showChoice);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    connect(m_refresh, &QPushButton::clicked, m_reviews, &session::IngestReviews::refresh);
    connect(m_open, &QPushButton::clicked, this, &IngestReviewPanel::openCurrent);
    showQueue();
}

IngestReviewPanel::~IngestReviewPanel() = default;

IngestReviewDialog *IngestReviewPanel::dialog() const
{
    return m_dialog;
}

void IngestReviewPanel::activate()
{
    showQueue();
    m_reviews->refresh();
}

QString IngestReviewPanel::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(RequestColumn, Qt::UserRole).toString() : QString();
}

void IngestReviewPanel::showQueue()
{
    const QString keep = currentId();
    m_list->clear();
    const QLocale locale;
    for (const protocol::IngestQueueItem &i : m_reviews->queue().items) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(RequestColumn, i.id);
        item->setData(RequestColumn, Qt::UserRole, i.id);
        item->setText(ProjectColumn,
                      i.projectTitle.isEmpty() ? i.projectId : u"%1 (%2)"_s.arg(i.projectTitle, i.projectId));
        item->setText(FromColumn, i.requesterName);
        item->setText(FilesColumn, locale.toString(i.files));
        item->setText(SizeColumn, IngestTexts::dataSize(i.totalBytes));
        QString state = IngestTexts::state(i.state);
        if (i.state == u"awaiting-review")
            state = tr("%1: %n file(s) to decide", nullptr, i.pendingFiles).arg(state);
        if (!i.notForMe.isEmpty())
            state = tr("%1 (not for you)").arg(state);
        item->setText(StateColumn, state);
        if (i.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    if (m_reviews->queueFromServer() && m_reviews->queue().items.isEmpty())
        m_status->setText(tr("No files are waiting to come in."));
    showChoice();
}

void IngestReviewPanel::showChoice()
{
    const QString id = currentId();
    const protocol::IngestQueueItem *item = nullptr;
    for (const protocol::IngestQueueItem &i : m_reviews->queue().items)
        if (i.id == id)
            item = &i;
    const protocol::IngestReviewQueue &queue = m_reviews->queue();
    const bool settingRefuses = !queue.checkingRefusedCode.isEmpty();
    m_open->setEnabled(item && !settingRefuses && item->notForMe.isEmpty());
    if (settingRefuses)
        m_status->setText(session::refusalMessage(queue.checkingRefusedCode, queue.checkingRefusedMessage));
    else if (item && !item->notForMe.isEmpty())
        m_status->setText(notForMeText(item->notForMe));
    else if (item)
        m_status->clear();
    announceChanged(m_status);
}

void IngestReviewPanel::openCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_open->isEnabled())
        return;
    if (!m_dialog) {
        m_dialog = new IngestReviewDialog(m_reviews, window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->openRequest(id);
    m_dialog->show();
    m_dialog->raise();
}

} // namespace srs::ui
