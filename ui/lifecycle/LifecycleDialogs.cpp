#include "LifecycleDialogs.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace srs::ui {

namespace {

// Tab moves on from a text box, as in every other field of the dialog.
QPlainTextEdit *reasonBox(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumHeight(80);
    return edit;
}

} // namespace

ExtensionDialog::ExtensionDialog(const QString &projectId, QDate currentEnd, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("extensionDialog"));
    setWindowTitle(tr("Ask for an extension of %1").arg(projectId));
    auto *intro = new QLabel(
        tr("Project %1 now ends on %2. Choose the new end date and say why the project needs it. Research "
           "support decides and tells you their reason.")
            .arg(projectId, QLocale().toString(currentEnd, QLocale::LongFormat)),
        this);
    intro->setWordWrap(true);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("newEndDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(currentEnd.addDays(1));
    m_date->setDate(currentEnd.addMonths(6));
    m_date->setAccessibleName(tr("New end date"));
    m_reason = reasonBox(this, tr("Reason for the extension"));
    m_reason->setObjectName(QStringLiteral("extensionReasonEdit"));
    auto *form = new QFormLayout;
    auto *dateLabel = new QLabel(tr("New &end date:"), this);
    dateLabel->setBuddy(m_date);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(dateLabel, m_date);
    form->addRow(reasonLabel, m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("&Ask for the extension"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ExtensionDialog::update);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    update();
}

QDate ExtensionDialog::newEndDate() const
{
    return m_date->date();
}

QString ExtensionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ExtensionDialog::update()
{
    m_send->setEnabled(!reason().isEmpty());
}

CompletionDialog::CompletionDialog(const QString &projectId, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("completionDialog"));
    setWindowTitle(tr("Report project %1 complete").arg(projectId));
    auto *intro = new QLabel(
        tr("List the project's final publications, each with a link (starting https://) or a DOI. If there "
           "are none yet, report the project complete without any. Once complete, the project's workspace "
           "closes for everyone, and you will be asked to confirm that copies of outputs released before "
           "publication have been destroyed."),
        this);
    intro->setWordWrap(true);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("publicationTitleEdit"));
    m_title->setAccessibleName(tr("Publication title"));
    m_title->setMaxLength(int(domain::ProjectLifecycle::MaxTitleLength));
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("publicationLinkEdit"));
    m_link->setAccessibleName(tr("Publication link or DOI"));
    m_link->setPlaceholderText(tr("https://… or 10.1234/…"));
    m_link->setMaxLength(int(domain::ProjectLifecycle::MaxLinkLength));
    m_add = new QPushButton(tr("&Add publication"), this);
    m_add->setObjectName(QStringLiteral("addPublicationButton"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("publicationList"));
    m_list->setAccessibleName(tr("Publications to report"));
    m_remove = new QPushButton(tr("Re&move publication"), this);
    m_remove->setObjectName(QStringLiteral("removePublicationButton"));
    m_remove->setEnabled(false);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the publication"));

    auto *form = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    auto *linkLabel = new QLabel(tr("&Link or DOI:"), this);
    linkLabel->setBuddy(m_link);
    form->addRow(titleLabel, m_title);
    form->addRow(linkLabel, m_link);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Report complete"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { addPublication(); });
    connect(m_remove, &QPushButton::clicked, this, &CompletionDialog::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(listButtons);
    layout->addWidget(m_problem);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

bool CompletionDialog::addPublication()
{
    const domain::Publication p{m_title->text().trimmed(), m_link->text().trimmed()};
    if (p.title.isEmpty()) {
        m_problem->setText(tr("Give the publication's title."));
        m_title->setFocus();
        return false;
    }
    if (!domain::ProjectLifecycle::isPublicationLink(p.link)) {
        m_problem->setText(
            tr("The link must start with https:// or http://, or be a DOI such as 10.1234/abcd."));
        m_link->setFocus();
        return false;
    }
    if (m_publications.size() >= domain::ProjectLifecycle::MaxPublications) {
        m_problem->setText(tr("No more publications can be added."));
        return false;
    }
    m_publications.append(p);
    m_list->addItem(tr("%1 (%2)").arg(p.title, p.link));
    m_problem->clear();
    m_title->clear();
    m_link->clear();
    m_title->setFocus();
    return true;
}

void CompletionDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_publications.size())
        return;
    m_publications.removeAt(row);
    delete m_list->takeItem(row);
}

} // namespace srs::ui
