#include "BlockTerminalDialog.h"

#include "ui/common/Accessibility.h"
#include "ui/common/PageParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

BlockTerminalDialog::BlockTerminalDialog(const domain::SafeRoom &room, QDate day, QWidget *parent)
    : QDialog(parent), m_terminal(new QComboBox(this)), m_from(new QDateEdit(day, this)),
      m_to(new QDateEdit(day, this)), m_reason(new QLineEdit(this)),
      m_status(paragraph(this, "blockStatusLabel")),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"blockTerminalDialog"_s);
    setWindowTitle(tr("Block a terminal in %1").arg(room.name));
    m_terminal->setObjectName(u"blockTerminalCombo"_s);
    m_from->setObjectName(u"blockFromEdit"_s);
    m_to->setObjectName(u"blockToEdit"_s);
    m_reason->setObjectName(u"blockReasonEdit"_s);
    for (const QString &t : room.terminals)
        m_terminal->addItem(t, t);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    }
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("For example: the screen is being replaced"));
    setAccessibleText(m_terminal, tr("Terminal"));
    setAccessibleText(m_from, tr("First day out of use"));
    setAccessibleText(m_to, tr("Last day out of use"));
    setAccessibleText(m_reason, tr("Why the terminal is out of use"));
    QPushButton *block = m_buttons->addButton(tr("&Block"), QDialogButtonBox::AcceptRole);
    block->setObjectName(u"confirmBlockButton"_s);
    m_status->setText(tr("Bookings of the terminal on those days are cancelled, and their people are shown "
                         "the reason."));

    auto *form = new QFormLayout;
    auto add = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    add(tr("&Terminal:"), m_terminal);
    add(tr("&From:"), m_from);
    add(tr("&To:"), m_to);
    add(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_reason, &QLineEdit::textChanged, this, &BlockTerminalDialog::updateButton);
    connect(m_from, &QDateEdit::dateChanged, this, &BlockTerminalDialog::updateButton);
    connect(m_to, &QDateEdit::dateChanged, this, &BlockTerminalDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BlockTerminalDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

void BlockTerminalDialog::updateButton()
{
    const bool ok =
        !m_reason->text().trimmed().isEmpty() && m_to->date() >= m_from->date() && m_terminal->count() > 0;
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(ok);
}

void BlockTerminalDialog::choose(const QString &terminal, QDate from, QDate to, const QString &reason)
{
    m_terminal->setCurrentIndex(m_terminal->findData(terminal));
    m_from->setDate(from);
    m_to->setDate(to);
    m_reason->setText(reason);
}

void BlockTerminalDialog::send()
{
    protocol::BlockRequest request{m_from->date(), m_to->date(), m_reason->text().trimmed()};
    emit blockRequested(m_terminal->currentData().toString(), request);
    accept();
}

} // namespace srs::ui
