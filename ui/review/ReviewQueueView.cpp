#include "ReviewQueueView.h"

#include "ReviewQueueFilter.h"
#include "ReviewQueueModel.h"
#include "ReviewTexts.h"
#include "ui/submissions/SubmissionTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

ReviewQueueView::ReviewQueueView(QWidget *parent)
    : QWidget(parent), m_model(new ReviewQueueModel(this)), m_filter(new ReviewQueueFilter(this)),
      m_text(new QLineEdit(this)), m_type(new QComboBox(this)), m_state(new QComboBox(this)),
      m_overdue(new QCheckBox(tr("&Overdue only"), this)),
      m_second(new QCheckBox(tr("&Waiting for a second checker"), this)),
      m_mine(new QCheckBox(tr("&Mine"), this)), m_list(new QTreeView(this)), m_count(new QLabel(this))
{
    setObjectName(u"reviewQueueView"_s);
    m_filter->setQueueModel(m_model);

    m_text->setObjectName(u"queueFilterLineEdit"_s);
    m_text->setPlaceholderText(tr("Find by request, title or project"));
    m_text->setAccessibleName(tr("Find requests"));
    m_text->setClearButtonEnabled(true);
    m_type->setObjectName(u"queueTypeComboBox"_s);
    m_type->setAccessibleName(tr("Clearance type"));
    m_type->addItem(tr("All clearance types"));
    for (auto t : {domain::ClearanceType::Publication, domain::ClearanceType::PrePublication,
                   domain::ClearanceType::Code})
        m_type->addItem(SubmissionTexts::clearanceType(t), static_cast<int>(t));
    m_state->setObjectName(u"queueStateComboBox"_s);
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("All states"));
    for (auto s : {domain::SubmissionState::Submitted, domain::SubmissionState::InReview,
                   domain::SubmissionState::Resubmitted, domain::SubmissionState::Approved,
                   domain::SubmissionState::PartlyApproved})
        m_state->addItem(ReviewTexts::queueState(s), static_cast<int>(s)); // the words of the column
    m_overdue->setObjectName(u"queueOverdueCheckBox"_s);
    m_overdue->setToolTip(tr("Only requests waiting more than five working days."));
    m_second->setObjectName(u"queueSecondCheckerCheckBox"_s);
    m_second->setToolTip(
        tr("Only requests one checker has claimed: they need a second, independent review."));
    m_mine->setObjectName(u"queueMineCheckBox"_s);
    m_mine->setToolTip(tr("Only requests you have claimed."));

    m_list->setObjectName(u"reviewQueueTreeView"_s);
    m_list->setAccessibleName(tr("Requests waiting for output checking"));
    m_list->setModel(m_filter);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // 10,000 rows: no per-row size hints
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ReviewQueueModel::WaitingColumn, Qt::DescendingOrder);
    QHeaderView *header = m_list->header();
    // Every column as wide as its header or its longest words, the request's at least wide enough
    // for its id and the start of its title; the last takes what is left. A window narrower
    // than that (1024 pixels) scrolls sideways rather than cutting the request's id.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    const QFontMetrics fm = m_list->fontMetrics();
    auto fit = [&](int column, const QStringList &samples, bool icon = false) {
        int width = header->fontMetrics().horizontalAdvance(
                        m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) +
                    28;
        for (const QString &sample : samples)
            for (const QString &line : sample.split(u'\n')) // rows are two lines high
                width = std::max(width, fm.horizontalAdvance(line) + (icon ? 44 : 20));
        header->resizeSection(column, width);
    };
    fit(ReviewQueueModel::StateColumn, {ReviewTexts::queueState(domain::SubmissionState::PartlyApproved)});
    fit(ReviewQueueModel::ProjectColumn, {u"P-2026-0000"_s});
    fit(ReviewQueueModel::TypeColumn,
        {SubmissionTexts::clearanceType(domain::ClearanceType::PrePublication)});
    fit(ReviewQueueModel::FilesColumn, {u"00"_s});
    fit(ReviewQueueModel::WorstFindingColumn, {ReviewTexts::worstFinding(u"review"_s)}, true);
    fit(ReviewQueueModel::ExceptionsColumn, {u"00"_s});
    fit(ReviewQueueModel::WaitingColumn, {ReviewTexts::waiting(12)}, true);
    fit(ReviewQueueModel::ReviewersColumn, {ReviewTexts::reviewers(2)});
    protocol::ReviewQueueItem voted;
    voted.votedByMe = true;
    protocol::ReviewQueueItem claimed;
    claimed.claimedByMe = true;
    fit(ReviewQueueModel::MineColumn,
        {ReviewQueueModel::mineText(voted), ReviewQueueModel::mineText(claimed)});
    header->resizeSection(ReviewQueueModel::RequestColumn,
                          fm.horizontalAdvance(u"Regression of income on qualifications"_s) + 12);
    m_list->setMinimumWidth(fm.horizontalAdvance(u"S-0123456789ABCDEF"_s) + // the id line of a request
                            header->sectionSize(ReviewQueueModel::ProjectColumn));
    m_count->setObjectName(u"queueCountLabel"_s);
    m_count->setTextFormat(Qt::PlainText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 2);
    bar->addWidget(m_type, 1);
    bar->addWidget(m_state, 1);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_overdue);
    checks->addWidget(m_second);
    checks->addWidget(m_mine);
    checks->addStretch(1);
    checks->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(checks);
    layout->addWidget(m_list, 1);

    connect(m_text, &QLineEdit::textChanged, m_filter, &ReviewQueueFilter::setText);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_type->currentData();
        m_filter->setClearanceType(v.isValid() ? std::optional(static_cast<domain::ClearanceType>(v.toInt()))
                                               : std::nullopt);
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_state->currentData();
        m_filter->setState(v.isValid() ? std::optional(static_cast<domain::SubmissionState>(v.toInt()))
                                       : std::nullopt);
    });
    connect(m_overdue, &QCheckBox::toggled, m_filter, &ReviewQueueFilter::setOverdueOnly);
    connect(m_second, &QCheckBox::toggled, m_filter, &ReviewQueueFilter::setWaitingForSecondChecker);
    connect(m_mine, &QCheckBox::toggled, m_filter, &ReviewQueueFilter::setMineOnly);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &ReviewQueueView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReviewQueueView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] {
        restoreChoice();
        updateCount();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_chosen = current.data(ReviewQueueModel::SubmissionIdRole).toString();
                announce();
            });
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit requestActivated(index.data(ReviewQueueModel::SubmissionIdRole).toString());
    });
    updateCount();
}

void ReviewQueueView::setItems(const QList<protocol::ReviewQueueItem> &items)
{
    m_model->setItems(items);
    restoreChoice(); // after a reset, or a refresh that sorted it out of place
    updateCount();
}

void ReviewQueueView::restoreChoice()
{
    if (!m_chosen.isEmpty() && currentRequest() != m_chosen) {
        const QModelIndex index = shownIndexOf(m_chosen);
        if (index.isValid()) {
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_list->scrollTo(index);
        }
    }
    announce();
}

void ReviewQueueView::announce()
{
    const QString now = currentRequest();
    if (now == m_announced)
        return;
    m_announced = now;
    emit currentRequestChanged(now);
}

QString ReviewQueueView::currentRequest() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ReviewQueueModel::SubmissionIdRole).toString() : QString();
}

void ReviewQueueView::setCurrentRequest(const QString &submissionId)
{
    m_chosen = submissionId;
    if (!shownIndexOf(submissionId).isValid()) {
        m_list->selectionModel()->clearCurrentIndex();
        m_list->selectionModel()->clearSelection();
    }
    restoreChoice();
}

QModelIndex ReviewQueueView::shownIndexOf(const QString &submissionId) const
{
    const int row = m_model->rowOf(submissionId);
    return row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
}

void ReviewQueueView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const int overdue = m_model->overdueCount();
    QString text = shown == total ? ReviewTexts::requests(total)
                                  : tr("%1 of %2 shown").arg(shown).arg(ReviewTexts::requests(total));
    if (overdue > 0)
        text += tr("; %Ln overdue", nullptr, overdue);
    m_count->setText(text);
}

} // namespace srs::ui
