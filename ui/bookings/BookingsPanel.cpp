#include "BookingsPanel.h"

#include "BookTerminalDialog.h"
#include "BookingModels.h"

#include "session/SafeRoomBookings.h"
#include "session/Workstation.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageParts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

BookingsPanel::BookingsPanel(session::Workstation *workstation, QWidget *parent)
    : DeskPanel(parent),
      m_bookings(new session::SafeRoomBookings(workstation->session(), workstation->workspaceSync(),
                                               workstation->clock(), this)),
      m_model(new MyBookingsModel(m_bookings, this)), m_hint(paragraph(this, "bookingsHintLabel")),
      m_table(new QTableView(this)), m_status(paragraph(this, "bookingsStatusLabel")),
      m_book(new QPushButton(tr("&Book a terminal…"), this)),
      m_cancel(new QPushButton(tr("&Cancel booking"), this)), m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    setObjectName(u"bookingsPanel"_s);
    m_hint->setText(tr("Projects with safe-room-only data, or without approval for home working, are worked "
                       "on in a safe room. Book a terminal for a day or half a day: mornings end and "
                       "afternoons start at 13:00."));
    m_table->setObjectName(u"myBookingsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    setAccessibleText(m_table, tr("Your safe-room bookings"));
    m_book->setObjectName(u"bookTerminalButton"_s);
    m_cancel->setObjectName(u"cancelBookingButton"_s);
    m_refresh->setObjectName(u"refreshBookingsButton"_s);
    setAccessibleText(m_book, tr("Book a terminal"));
    setAccessibleText(m_cancel, tr("Cancel the chosen booking"));
    setAccessibleText(m_refresh, tr("Refresh your bookings"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_book);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_book, &QPushButton::clicked, this, &BookingsPanel::openBookDialog);
    connect(m_cancel, &QPushButton::clicked, this, &BookingsPanel::cancelSelected);
    connect(m_refresh, &QPushButton::clicked, this, &BookingsPanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BookingsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookingsPanel::updateButtons);
    connect(m_bookings, &session::SafeRoomBookings::bookingsChanged, this, [this] {
        if (m_bookings->bookings().isEmpty())
            m_status->setText(tr("You have no bookings."));
        else
            m_status->clear();
    });
    connect(m_bookings, &session::SafeRoomBookings::failed, this, [this](const QString &message) {
        if (!m_dialog)
            showAlert(m_status, message);
    });
    connect(m_bookings, &session::SafeRoomBookings::booked, this, [this](const protocol::BookingInfo &b) {
        m_status->setText(tr("Booked: %1 on %2, %3.")
                              .arg(b.terminal, QLocale().toString(b.date, QLocale::LongFormat),
                                   domain::bookingSlotDisplayName(b.slot)));
    });
    updateButtons();
}

bool BookingsPanel::appliesTo(const protocol::MeInfo &me) const
{
    return me.user.hasRole(domain::Role::Researcher);
}

BookTerminalDialog *BookingsPanel::bookDialog() const
{
    return m_dialog;
}

QWidget *BookingsPanel::firstFocus()
{
    return m_table;
}

void BookingsPanel::refresh()
{
    m_bookings->refresh();
}

void BookingsPanel::clear()
{
    if (m_dialog)
        m_dialog->reject();
    m_bookings->clear();
    m_status->clear();
}

void BookingsPanel::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    bool cancellable = false;
    if (current.isValid() && current.row() < m_bookings->bookings().size())
        cancellable = m_bookings->canCancel(m_bookings->bookings().at(current.row()));
    m_cancel->setEnabled(cancellable);
}

void BookingsPanel::cancelSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_bookings->cancel(current.siblingAtColumn(0).data(MyBookingsModel::BookingIdRole).toString());
}

void BookingsPanel::openBookDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new BookTerminalDialog(m_bookings, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

QString BookingsPanel::title() const
{
    return tr("Safe-room &bookings");
}

} // namespace srs::ui
