#include "ReviewPage.h"

#include "ReviewDashboard.h"
#include "ReviewDialog.h"
#include "ReviewQueueView.h"
#include "session/RefusalTexts.h"
#include "session/ReviewDesk.h"
#include "ui/common/Accessibility.h"
#include "ui/ingest/IngestReviewPanel.h"

#include "domain/AccessPolicy.h"
#include "session/RefusalTexts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

// Why this checker may not review a request, in words.
QString notForMeText(const QString &code)
{
    if (code == QLatin1StringView(domain::submissionerr::OwnSubmission))
        return ReviewPage::tr("This is your own request: another checker must review it.");
    if (code == QLatin1StringView(domain::reviewerr::ProjectMember))
        return ReviewPage::tr("You are a member of this request's project, so you may not review it.");
    if (code == QLatin1StringView(domain::reviewerr::NeedsTwoApprovals))
        return ReviewPage::tr("This request does not have two approvals yet.");
    if (code == QLatin1StringView(domain::reviewerr::ThirdReview))
        return ReviewPage::tr("Two checkers are reviewing this request already.");
    if (code == domain::reasonCode(domain::Reason::CheckingSettingRefused))
        return ReviewPage::tr("This request cannot be checked from where you are now.");
    return ReviewPage::tr("You may not review this request (%1).").arg(code);
}

} // namespace

ReviewPage::ReviewPage(session::ReviewDesk *desk, session::IngestReviews *ingests, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_dashboard(new ReviewDashboard(this)),
      m_queue(new ReviewQueueView(this)), m_claim(new QPushButton(tr("Claim and review…"), this)),
      m_open(new QPushButton(tr("Continue my review…"), this)),
      m_refresh(new QPushButton(tr("Refresh"), this)), m_status(new QLabel(this)),
      m_sections(new QTabWidget(this)), m_ingests(new IngestReviewPanel(ingests, this))
{
    setObjectName(u"reviewPage"_s);
    m_claim->setObjectName(u"claimReviewButton"_s);
    m_claim->setToolTip(tr("Take this request as one of its two checkers and open it."));
    m_open->setObjectName(u"openReviewButton"_s);
    m_refresh->setObjectName(u"refreshQueueButton"_s);
    m_status->setObjectName(u"reviewPageStatusLabel"_s);
    m_status->setWordWrap(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_dashboard);
    split->addWidget(m_queue);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({230, 470}); // the queue keeps most of a small screen's height
    split->setChildrenCollapsible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_open);
    buttons->addWidget(m_claim);
    auto *outputs = new QWidget(this);
    auto *outputsLayout = new QVBoxLayout(outputs);
    outputsLayout->setContentsMargins(0, 6, 0, 0);
    outputsLayout->addWidget(split, 1);
    outputsLayout->addLayout(buttons);
    m_sections->setObjectName(u"reviewSections"_s);
    m_sections->addTab(outputs, tr("Outputs going out"));
    m_sections->addTab(m_ingests, tr("Files coming in"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections, 1);
    connect(m_sections, &QTabWidget::currentChanged, this, [this] {
        if (m_sections->currentWidget() == m_ingests)
            m_ingests->activate();
    });

    connect(m_desk, &session::ReviewDesk::queueChanged, this, &ReviewPage::showQueue);
    connect(m_desk, &session::ReviewDesk::statisticsChanged, this,
            [this] { m_dashboard->setStatistics(m_desk->statistics()); });
    connect(m_desk, &session::ReviewDesk::queueFailed, this, [this](const api::ApiFailure &f) {
        showAlert(m_status,
                  m_desk->queue().items.isEmpty()
                      ? tr("The queue could not be loaded: %1").arg(session::refusalMessage(f))
                      : tr("The queue shown was kept from before; it could not be brought up to date: %1")
                            .arg(session::refusalMessage(f)));
    });
    connect(m_queue, &ReviewQueueView::currentRequestChanged, this, &ReviewPage::showChoice);
    connect(m_queue, &ReviewQueueView::requestActivated, this, [this] {
        if (m_open->isEnabled())
            m_open->click();
        else if (m_claim->isEnabled())
            m_claim->click();
    });
    connect(m_refresh, &QPushButton::clicked, m_desk, &session::ReviewDesk::refresh);
    connect(m_claim, &QPushButton::clicked, this, [this] {
        const QString id = m_queue->currentRequest();
        if (id.isEmpty())
            return;
        openDialog();
        m_desk->claim(id);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString id = m_queue->currentRequest();
        if (id.isEmpty())
            return;
        openDialog();
        m_desk->open(id);
    });
    showChoice();
}

QWidget *ReviewPage::focusList() const
{
    if (m_sections->currentWidget() == m_ingests)
        return m_ingests->list();
    return m_queue->list();
}

void ReviewPage::activate()
{
    if (m_sections->currentWidget() == m_ingests)
        m_ingests->activate();
    showQueue();
    m_dashboard->setStatistics(m_desk->statistics());
    m_desk->refresh();
}

void ReviewPage::showQueue()
{
    m_queue->setItems(m_desk->queue().items);
    m_dashboard->setQueue(m_desk->queue().items);
    if (m_desk->queueFromServer())
        m_status->clear();
    showChoice();
}

void ReviewPage::showChoice()
{
    const QString id = m_queue->currentRequest();
    const protocol::ReviewQueueItem *item = nullptr;
    for (const protocol::ReviewQueueItem &i : m_desk->queue().items)
        if (i.id == id)
            item = &i;
    const bool toRelease = item && (item->state == domain::SubmissionState::Approved ||
                                    item->state == domain::SubmissionState::PartlyApproved);
    // Where checkers may look: from a setting the service does not list for checking (or with a
    // declaration owed) the queue is shown, and nothing of it can be claimed or opened.
    const protocol::ReviewQueue &queue = m_desk->queue();
    const bool settingRefuses = !queue.checkingRefusedCode.isEmpty();
    m_claim->setEnabled(item && !settingRefuses && !toRelease && !item->claimedByMe &&
                        item->notForMe.isEmpty());
    // An approved request is opened (by either checker, or another) to release it.
    m_open->setEnabled(item && !settingRefuses &&
                       (item->claimedByMe || (toRelease && item->notForMe.isEmpty())));
    m_open->setText(toRelease ? tr("Open to release…") : tr("Continue my review…"));
    if (settingRefuses)
        m_status->setText(
            queue.checkingRefusedMessage.isEmpty()
                ? notForMeText(queue.checkingRefusedCode)
                : session::refusalMessage(queue.checkingRefusedCode, queue.checkingRefusedMessage));
    else if (item && !item->notForMe.isEmpty())
        m_status->setText(notForMeText(item->notForMe));
    else if (toRelease)
        m_status->setText(
            tr("Both checkers approved this request: open it to release the approved outputs."));
    else if (item && item->claimedByMe && item->votedByMe)
        m_status->setText(tr("You have reviewed this request; it waits for the second checker."));
    else if (m_desk->queueFromServer())
        m_status->clear();
    announceChanged(m_status); // why a request cannot be claimed is heard with the choice
}

void ReviewPage::openDialog()
{
    if (!m_dialog) {
        m_dialog = new ReviewDialog(m_desk, window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
}

} // namespace srs::ui
