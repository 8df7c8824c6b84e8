#include "ProjectModels.h"
#include "session/RefusalTexts.h"

#include <QApplication>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

QString longDay(const QDate &day)
{
    return QLocale().toString(day, u"d MMMM yyyy"_s);
}

// Case folding, with ASCII (nearly every file name) done inline.
char16_t fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= 'A' && u <= 'Z' ? char16_t(u + ('a' - 'A')) : u;
    return c.toCaseFolded().unicode();
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            // Whole numbers: fewer significant digits is smaller, then digit by digit.
            qsizetype si = i, sj = j;
            while (si < a.size() && a[si] == u'0')
                ++si;
            while (sj < b.size() && b[sj] == u'0')
                ++sj;
            qsizetype ei = si, ej = sj;
            while (ei < a.size() && isDigit(a[ei]))
                ++ei;
            while (ej < b.size() && isDigit(b[ej]))
                ++ej;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            for (qsizetype k = 0; k < ei - si; ++k) {
                if (a[si + k] != b[sj + k])
                    return a[si + k] < b[sj + k] ? -1 : 1;
            }
            i = ei;
            j = ej;
            continue;
        }
        const char16_t ca = fold(a[i]);
        const char16_t cb = fold(b[j]);
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    // Equal as read ("File01" and "file1"): any fixed order will do.
    return a.compare(b);
}

// --- ProjectListModel ------------------------------------------------------------------

ProjectListModel::ProjectListModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_warning(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{}

void ProjectListModel::setProjects(const QList<protocol::ProjectInfo> &projects, const QDate &today)
{
    beginResetModel();
    m_projects = projects;
    m_today = today;
    endResetModel();
}

const protocol::ProjectInfo *ProjectListModel::project(int row) const
{
    return row >= 0 && row < m_projects.size() ? &m_projects[row] : nullptr;
}

int ProjectListModel::rowOf(const QString &projectId) const
{
    for (int i = 0; i < m_projects.size(); ++i) {
        if (m_projects[i].project.id == projectId)
            return i;
    }
    return -1;
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_projects.size());
}

int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProjectListModel::endText(const domain::Project &project, const QDate &today)
{
    const QDate end = project.effectiveEndDate();
    if (!end.isValid())
        return tr("No end date");
    const qint64 days = today.daysTo(end);
    if (days < 0)
        return tr("Ended %1").arg(longDay(end));
    if (project.status == domain::ProjectStatus::Completed)
        return days == 0 ? tr("Ended today") : tr("Completed early"); // the date it had is in the tooltip
    if (days == 0)
        return tr("Ends today");
    if (days < EndingSoonDays)
        return days == 1 ? tr("Ends tomorrow, %1").arg(longDay(end))
                         : tr("Ends in %n day(s), %1", nullptr, days).arg(longDay(end));
    return tr("Ends %1").arg(longDay(end));
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    const protocol::ProjectInfo *p = index.isValid() ? project(index.row()) : nullptr;
    if (!p)
        return {};
    const qint64 daysLeft = m_today.daysTo(p->project.effectiveEndDate());
    const bool endingSoon =
        p->project.status == domain::ProjectStatus::Active && daysLeft >= 0 && daysLeft < EndingSoonDays;
    if (role == ProjectIdRole)
        return p->project.id;
    switch (index.column()) {
    case ProjectColumn:
        if (role == Qt::DisplayRole)
            return u"%1\n%2"_s.arg(p->project.id, p->project.title);
        if (role == Qt::ToolTipRole)
            return p->project.title;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            switch (p->project.status) {
            case domain::ProjectStatus::Active:
                return tr("Active");
            case domain::ProjectStatus::Completed:
                return tr("Completed");
            case domain::ProjectStatus::Suspended:
                return tr("Suspended");
            }
        }
        break;
    case EndsColumn:
        if (role == Qt::DisplayRole)
            return endText(p->project, m_today);
        if (role == Qt::DecorationRole && endingSoon)
            return m_warning;
        if (role == Qt::ToolTipRole && p->project.status == domain::ProjectStatus::Completed && daysLeft > 0)
            return tr("Completed before its end date, %1.").arg(longDay(p->project.effectiveEndDate()));
        if (role == Qt::ToolTipRole && endingSoon)
            return tr("Less than %n day(s) left: ask your project lead about an extension or finish your "
                      "outputs in time.",
                      nullptr, EndingSoonDays);
        break;
    case AccessColumn:
        if (role == Qt::DisplayRole)
            return p->access.allowed ? tr("Allowed") : tr("Not from here");
        if (role == Qt::ToolTipRole)
            return p->access.allowed ? tr("You may open this project from this setting.")
                                     : session::refusalMessage(p->access.code, p->access.message);
        if (role == Qt::ForegroundRole && !p->access.allowed)
            return QColor(0xb3, 0x26, 0x1e);
        break;
    default:
        break;
    }
    return {};
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case StatusColumn:
        return tr("Status");
    case EndsColumn:
        return tr("End date");
    case AccessColumn:
        return tr("Access from here");
    default:
        return {};
    }
}

// --- WorkspaceTreeModel ----------------------------------------------------------------

WorkspaceTreeModel::WorkspaceTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_folderIcon(QApplication::style()->standardIcon(QStyle::SP_DirIcon)),
      m_fileIcon(QApplication::style()->standardIcon(QStyle::SP_FileIcon))
{
    m_nodes.emplace_back();
}

void WorkspaceTreeModel::setEntries(std::vector<domain::WorkspaceEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    build();
    applyFilter();
    endResetModel();
}

void WorkspaceTreeModel::setFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    beginResetModel();
    m_filter = trimmed;
    applyFilter();
    endResetModel();
}

void WorkspaceTreeModel::build()
{
    m_nodes.clear();
    m_madeUp.clear();
    m_nodes.reserve(m_entries.size() + 1);
    m_nodes.emplace_back(); // the root
    QHash<QStringView, int> folders;
    folders.reserve(static_cast<qsizetype>(m_entries.size() / 4 + 16));
    folders.insert(QStringView(), 0);

    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const domain::WorkspaceEntry &e = m_entries[i];
        Node n;
        n.entry = static_cast<int>(i);
        n.folder = e.directory;
        const qsizetype slash = e.path.lastIndexOf(u'/');
        n.name = QStringView(e.path).mid(slash + 1);
        m_nodes.push_back(std::move(n));
        if (e.directory)
            folders.insert(QStringView(e.path), static_cast<int>(m_nodes.size() - 1));
    }
    // A folder for `path`, made up when the index did not list it.
    std::function<int(QStringView)> folderFor = [&](QStringView path) -> int {
        if (const auto it = folders.constFind(path); it != folders.cend())
            return it.value();
        m_madeUp.emplace_back(path.toString());
        // A view of the characters, which stay put when the vector moves its strings.
        const QStringView own = m_madeUp.back();
        const qsizetype slash = own.lastIndexOf(u'/');
        const int parent = folderFor(own.left(std::max<qsizetype>(slash, 0)));
        Node n;
        n.parent = parent;
        n.name = own.mid(slash + 1);
        m_nodes.push_back(std::move(n));
        const int index = static_cast<int>(m_nodes.size() - 1);
        m_nodes[static_cast<std::size_t>(parent)].children.push_back(index);
        folders.insert(own, index);
        return index;
    };
    m_madeUp.reserve(64);
    const int listed = static_cast<int>(m_entries.size());
    for (int i = 1; i <= listed; ++i) {
        const QString &path =
            m_entries[static_cast<std::size_t>(m_nodes[static_cast<std::size_t>(i)].entry)].path;
        const qsizetype slash = path.lastIndexOf(u'/');
        const int parent = folderFor(QStringView(path).left(std::max<qsizetype>(slash, 0)));
        m_nodes[static_cast<std::size_t>(i)].parent = parent;
        m_nodes[static_cast<std::size_t>(parent)].children.push_back(i);
    }
    for (Node &n : m_nodes) {
        std::sort(n.children.begin(), n.children.end(), [this](int a, int b) {
            const Node &x = m_nodes[static_cast<std::size_t>(a)];
            const Node &y = m_nodes[static_cast<std::size_t>(b)];
            if (x.folder != y.folder)
                return x.folder;
            return naturalCompare(x.name, y.name) < 0;
        });
    }
}

void WorkspaceTreeModel::applyFilter()
{
    m_matches = 0;
    const bool all = m_filter.isEmpty();
    for (Node &n : m_nodes) {
        n.match = !all && n.name.contains(m_filter, Qt::CaseInsensitive);
        n.visible = all || n.match;
        if (n.match)
            ++m_matches;
    }
    m_nodes[0].visible = true;
    if (!all) {
        // Folders above a match are shown too.
        for (std::size_t i = 1; i < m_nodes.size(); ++i) {
            if (!m_nodes[i].match)
                continue;
            for (int p = m_nodes[i].parent; p > 0 && !m_nodes[static_cast<std::size_t>(p)].visible;
                 p = m_nodes[static_cast<std::size_t>(p)].parent)
                m_nodes[static_cast<std::size_t>(p)].visible = true;
        }
    }
    for (Node &n : m_nodes) {
        n.shown.clear();
        for (int c : n.children) {
            Node &child = m_nodes[static_cast<std::size_t>(c)];
            if (!child.visible)
                continue;
            child.row = static_cast<int>(n.shown.size());
            n.shown.push_back(c);
        }
    }
}

int WorkspaceTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : 0;
}

const domain::WorkspaceEntry *WorkspaceTreeModel::entry(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const Node &n = m_nodes[static_cast<std::size_t>(nodeOf(index))];
    return n.entry >= 0 ? &m_entries[static_cast<std::size_t>(n.entry)] : nullptr;
}

bool WorkspaceTreeModel::isFolder(const QModelIndex &index) const
{
    return m_nodes[static_cast<std::size_t>(nodeOf(index))].folder;
}

QString WorkspaceTreeModel::path(const QModelIndex &index) const
{
    QStringList parts;
    for (int n = nodeOf(index); n > 0; n = m_nodes[static_cast<std::size_t>(n)].parent)
        parts.prepend(m_nodes[static_cast<std::size_t>(n)].name.toString());
    return parts.join(u'/');
}

QModelIndex WorkspaceTreeModel::indexOf(const QString &path) const
{
    int node = 0;
    for (QStringView part : QStringView(path).tokenize(u'/')) {
        const Node &n = m_nodes[static_cast<std::size_t>(node)];
        const auto it = std::find_if(n.shown.cbegin(), n.shown.cend(), [&](int c) {
            return m_nodes[static_cast<std::size_t>(c)].name == part;
        });
        if (it == n.shown.cend())
            return {};
        node = *it;
    }
    if (node == 0)
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(node)].row, 0, static_cast<quintptr>(node));
}

QModelIndexList WorkspaceTreeModel::matchParents(int limit) const
{
    QModelIndexList out;
    if (m_filter.isEmpty() || m_matches > limit)
        return out;
    for (std::size_t i = 1; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.visible && n.folder && !n.shown.empty())
            out.append(createIndex(n.row, 0, static_cast<quintptr>(i)));
    }
    return out;
}

QModelIndex WorkspaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node &p = m_nodes[static_cast<std::size_t>(nodeOf(parent))];
    if (row >= static_cast<int>(p.shown.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(p.shown[static_cast<std::size_t>(row)]));
}

QModelIndex WorkspaceTreeModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n <= 0)
        return {};
    const int p = m_nodes[static_cast<std::size_t>(n)].parent;
    if (p <= 0)
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(p)].row, 0, static_cast<quintptr>(p));
}

int WorkspaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes[static_cast<std::size_t>(nodeOf(parent))].shown.size());
}

int WorkspaceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool WorkspaceTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant WorkspaceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[static_cast<std::size_t>(nodeOf(index))];
    const domain::WorkspaceEntry *e = n.entry >= 0 ? &m_entries[static_cast<std::size_t>(n.entry)] : nullptr;
    if (role == PathRole)
        return path(index);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return n.name.toString();
        if (role == Qt::DecorationRole)
            return n.folder ? m_folderIcon : m_fileIcon;
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole && e && !n.folder)
            return QLocale().formattedDataSize(e->size, 1);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ModifiedColumn:
        if (role == Qt::DisplayRole && e)
            return QLocale().toString(e->modified().toLocalTime(), u"d MMM yyyy HH:mm"_s);
        break;
    default:
        break;
    }
    return {};
}

QVariant WorkspaceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

} // namespace srs::ui
