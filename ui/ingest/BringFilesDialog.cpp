#include "BringFilesDialog.h"

#include "protocol/IngestMessages.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageParts.h"
#include "ui/ingest/IngestTexts.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {
enum Column
{
    NameColumn,
    SizeColumn,
    HashColumn,
    DescriptionColumn,
    ColumnCount
};
// More than this from one folder is refused here: a folder of that size is not code or a
// small reference table.
constexpr qsizetype MostFiles = 1000;
} // namespace

BringFilesDialog::BringFilesDialog(const QString &projectId, const QString &projectTitle, QWidget *parent)
    : QDialog(parent), m_projectId(projectId), m_hasher(new session::IngestFileHasher(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_reason(new QPlainTextEdit(this)),
      m_hashProgress(new QProgressBar(this)), m_total(new QLabel(this)), m_problem(new QLabel(this)),
      m_addFiles(new QPushButton(tr("Add &files…"), this)),
      m_addFolder(new QPushButton(tr("Add a f&older…"), this)),
      m_describe(new QPushButton(tr("&Describe the chosen files…"), this)),
      m_remove(new QPushButton(tr("&Remove from the list"), this)), m_send(new QPushButton(tr("&Send"), this))
{
    setObjectName(u"bringFilesDialog"_s);
    setWindowTitle(tr("Bring files into %1").arg(projectId));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Bring files into %1 %2").arg(projectId, projectTitle), this, 1.15));
    auto *intro = new QLabel(
        tr("Choose code or small reference data (look-up tables, code lists) on this computer. Each file is "
           "checked when it arrives (its type, malware, identifiers) and an output checker approves it "
           "before it "
           "appears in the project's workspace under ingest/. Archives and packages are refused: the service "
           "cannot take packages from public code repositories."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(u"ingestFileTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Size"), tr("SHA-256"), tr("What it is and why the project needs it")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 220);
    m_table->setColumnWidth(SizeColumn, 80);
    m_table->setColumnWidth(HashColumn, 150);
    m_table->setTabKeyNavigation(false);
    setAccessibleText(
        m_table, tr("Files to bring in"),
        tr("Each file with its size and SHA-256; type what it is and why the project needs it in "
           "the last column (F2 to edit)."));
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_addFiles->setObjectName(u"addFilesButton"_s);
    m_addFolder->setObjectName(u"addFolderButton"_s);
    m_describe->setObjectName(u"describeFilesButton"_s);
    m_remove->setObjectName(u"removeFilesButton"_s);
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_addFolder);
    buttons->addWidget(m_describe);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_hashProgress->setObjectName(u"hashProgress"_s);
    m_hashProgress->setAccessibleName(tr("Working out the files' SHA-256"));
    m_hashProgress->setVisible(false);
    m_total->setObjectName(u"ingestTotalLabel"_s);
    layout->addWidget(m_hashProgress);
    layout->addWidget(m_total);

    m_reason->setObjectName(u"ingestReasonEdit"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: our cleaning code from the pilot study, and the 2021 "
                                    "local-authority look-up table the analysis joins on."));
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4);
    layout->addWidget(fieldLabel(tr("&Why the project needs these files"), m_reason, this));
    layout->addWidget(m_reason);

    m_problem->setObjectName(u"ingestProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // names are the researcher's text
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    layout->addWidget(m_problem);

    auto *box = new QDialogButtonBox(this);
    m_send->setObjectName(u"sendIngestButton"_s);
    m_send->setDefault(true);
    box->addButton(m_send, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = box->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    layout->addWidget(box);

    connect(m_addFiles, &QPushButton::clicked, this, &BringFilesDialog::chooseFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &BringFilesDialog::chooseFolder);
    connect(m_describe, &QPushButton::clicked, this, &BringFilesDialog::describeSelected);
    connect(m_remove, &QPushButton::clicked, this, &BringFilesDialog::removeSelected);
    connect(m_send, &QPushButton::clicked, this, &BringFilesDialog::send);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &BringFilesDialog::refreshState);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == DescriptionColumn && item->row() < m_files.size()) {
            m_files[item->row()].description = item->text().trimmed();
            refreshState();
        }
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BringFilesDialog::refreshState);
    connect(m_hasher, &session::IngestFileHasher::progress, this, [this](qint64 done, qint64 total) {
        m_hashProgress->setRange(0, 1000);
        m_hashProgress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
        m_hashProgress->setFormat(tr("Working out SHA-256: %1 of %2")
                                      .arg(IngestTexts::dataSize(done), IngestTexts::dataSize(total)));
    });
    connect(m_hasher, &session::IngestFileHasher::finished, this, &BringFilesDialog::onHashed);
    connect(m_hasher, &session::IngestFileHasher::failed, this, [this](const QString &message) {
        m_hashing = false;
        m_hashProgress->setVisible(false);
        showAlert(m_problem, message);
        refreshState();
    });
    rememberWindowSize(this, u"bringFiles"_s, QSize(900, 600));
    refreshState();
}

BringFilesDialog::~BringFilesDialog()
{
    m_hasher->cancel();
}

void BringFilesDialog::chooseFiles()
{
    const QStringList paths =
        m_chooseFiles
            ? m_chooseFiles()
            : QFileDialog::getOpenFileNames(this, tr("Files to bring into %1").arg(m_projectId),
                                            QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    addFiles(paths);
}

void BringFilesDialog::chooseFolder()
{
    const QString folder = m_chooseFolder
                               ? m_chooseFolder()
                               : QFileDialog::getExistingDirectory(
                                     this, tr("A folder to bring into %1").arg(m_projectId),
                                     QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    if (!folder.isEmpty())
        addFolder(folder);
}

void BringFilesDialog::addFiles(const QStringList &paths)
{
    QList<QPair<QString, QString>> chosen;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isSymLink()) {
            showAlert(m_problem, tr("\"%1\" is a symbolic link; choose the file it points to.").arg(path));
            continue;
        }
        if (info.isFile())
            chosen.append({info.absoluteFilePath(), info.fileName()});
    }
    add(chosen);
}

void BringFilesDialog::addFolder(const QString &folder)
{
    const QFileInfo root(folder);
    const QString base = root.fileName();
    QList<QPair<QString, QString>> chosen;
    // Links are not followed, hidden files are not taken (editors' and version control's own).
    QDirIterator it(root.absoluteFilePath(), QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (chosen.size() + m_files.size() >= MostFiles) {
            showAlert(m_problem, tr("\"%1\" holds more than %n files; choose the ones the project needs.",
                                    nullptr, int(MostFiles))
                                     .arg(folder));
            return;
        }
        const QString inside = QDir(root.absoluteFilePath()).relativeFilePath(path);
        if (inside.split(u'/').first().startsWith(u'.') || QFileInfo(path).fileName().startsWith(u'.'))
            continue;
        chosen.append({path, base + u'/' + inside});
    }
    std::sort(chosen.begin(), chosen.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    add(chosen);
}

void BringFilesDialog::add(const QList<QPair<QString, QString>> &pathsAndNames)
{
    QSet<QString> names;
    for (const session::IngestLocalFile &f : std::as_const(m_files))
        names.insert(f.name);
    QStringList refused;
    for (const auto &[path, name] : pathsAndNames) {
        if (const QString why = protocol::ingestNameProblem(name); !why.isEmpty()) {
            refused << tr("\"%1\": %2").arg(name, why);
            continue;
        }
        if (names.contains(name)) {
            refused << tr("\"%1\" is in the list already.").arg(name);
            continue;
        }
        names.insert(name);
        session::IngestLocalFile file;
        file.localPath = path;
        file.name = name;
        file.size = QFileInfo(path).size();
        m_files.append(file);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
        nameItem->setToolTip(path);
        auto *sizeItem = new QTableWidgetItem(IngestTexts::dataSize(file.size));
        sizeItem->setFlags(sizeItem->flags() & ~Qt::ItemIsEditable);
        auto *hashItem = new QTableWidgetItem(tr("working out…"));
        hashItem->setFlags(hashItem->flags() & ~Qt::ItemIsEditable);
        hashItem->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_table->setItem(row, NameColumn, nameItem);
        m_table->setItem(row, SizeColumn, sizeItem);
        m_table->setItem(row, HashColumn, hashItem);
        m_table->setItem(row, DescriptionColumn, new QTableWidgetItem());
    }
    m_problem->setText(refused.isEmpty() ? QString() : tr("Not added: %1").arg(refused.join(u' ')));
    startHashing();
}

void BringFilesDialog::startHashing()
{
    QList<session::IngestLocalFile> waiting;
    for (const session::IngestLocalFile &f : std::as_const(m_files)) {
        if (f.sha256.isEmpty())
            waiting.append(f);
    }
    m_hasher->cancel();
    m_hashing = !waiting.isEmpty();
    m_hashProgress->setVisible(m_hashing);
    if (m_hashing)
        m_hasher->hash(waiting);
    refreshState();
}

void BringFilesDialog::onHashed(const QList<session::IngestLocalFile> &files)
{
    for (const session::IngestLocalFile &done : files) {
        for (qsizetype row = 0; row < m_files.size(); ++row) {
            session::IngestLocalFile &f = m_files[row];
            if (f.localPath != done.localPath || !f.sha256.isEmpty())
                continue;
            f.size = done.size;
            f.sha256 = done.sha256;
            f.modified = done.modified;
            m_table->item(int(row), SizeColumn)->setText(IngestTexts::dataSize(f.size));
            QTableWidgetItem *hash = m_table->item(int(row), HashColumn);
            hash->setText(f.sha256);
            hash->setToolTip(f.sha256);
        }
    }
    m_hashing = false;
    m_hashProgress->setVisible(false);
    startHashing(); // files added meanwhile
}

void BringFilesDialog::describeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QInputDialog ask(this);
    ask.setWindowTitle(tr("Describe the chosen files"));
    ask.setLabelText(
        tr("What the %n chosen file(s) are and why the project needs them:", nullptr, int(rows.size())));
    ask.setOption(QInputDialog::UsePlainTextEditForTextInput);
    ask.setTextValue(m_files.value(rows.first().row()).description);
    // Tab leaves the text for the buttons, as everywhere else (the box is made when it opens).
    QMetaObject::invokeMethod(
        &ask,
        [&ask] {
            if (auto *edit = ask.findChild<QPlainTextEdit *>())
                edit->setTabChangesFocus(true);
        },
        Qt::QueuedConnection);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString text = ask.textValue();
    for (const QModelIndex &index : rows)
        setDescription(index.row(), text);
}

void BringFilesDialog::setDescription(int row, const QString &description)
{
    if (row < 0 || row >= m_files.size())
        return;
    m_table->item(row, DescriptionColumn)->setText(description.trimmed()); // itemChanged keeps it
}

void BringFilesDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void BringFilesDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows) {
        m_table->removeRow(row);
        m_files.removeAt(row);
    }
    refreshState();
}

QString BringFilesDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QList<session::IngestLocalFile> BringFilesDialog::files() const
{
    return m_files;
}

bool BringFilesDialog::isHashing() const
{
    return m_hashing;
}

QString BringFilesDialog::problem() const
{
    if (m_files.isEmpty())
        return tr("Add the files to bring in.");
    if (m_hashing)
        return tr("Working out the files' SHA-256…");
    for (const session::IngestLocalFile &f : m_files) {
        if (f.description.isEmpty())
            return tr("Say what \"%1\" is and why the project needs it.").arg(f.name);
        if (f.description.size() > protocol::ingestlimits::MaxDescriptionLength)
            return tr("What \"%1\" is takes more than %n characters.", nullptr,
                      int(protocol::ingestlimits::MaxDescriptionLength))
                .arg(f.name);
    }
    if (reason().isEmpty())
        return tr("Say why the project needs these files.");
    if (reason().size() > protocol::ingestlimits::MaxReasonLength)
        return tr("The reason takes more than %n characters.", nullptr,
                  int(protocol::ingestlimits::MaxReasonLength));
    return {};
}

void BringFilesDialog::refreshState()
{
    qint64 total = 0;
    for (const session::IngestLocalFile &f : std::as_const(m_files))
        total += f.size;
    m_total->setText(
        m_files.isEmpty()
            ? QString()
            : tr("%n file(s), %1 in all.", nullptr, int(m_files.size())).arg(IngestTexts::dataSize(total)));
    const bool chosen = !m_table->selectionModel()->selectedRows().isEmpty();
    m_describe->setEnabled(chosen && !m_sending);
    m_remove->setEnabled(chosen && !m_sending);
    m_addFiles->setEnabled(!m_sending);
    m_addFolder->setEnabled(!m_sending);
    m_send->setEnabled(!m_sending && problem().isEmpty());
    m_send->setToolTip(problem());
}

void BringFilesDialog::send()
{
    if (const QString why = problem(); !why.isEmpty()) {
        showAlert(m_problem, why);
        return;
    }
    m_sending = true;
    m_problem->clear();
    m_send->setText(tr("Sending…"));
    refreshState();
    emit sendRequested(m_projectId, reason(), m_files);
}

void BringFilesDialog::requestTaken()
{
    m_sending = false;
    accept();
}

void BringFilesDialog::requestRefused(const QString &message)
{
    m_sending = false;
    m_send->setText(tr("&Send"));
    showAlert(m_problem, message);
    refreshState();
}

} // namespace srs::ui
