#pragma once

#include "domain/WorkspaceEntry.h"
#include "protocol/Messages.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QIcon>

#include <vector>

namespace srs::ui {

// Compares names as people read them: "table2" before "table10", case ignored, then by
// code point so that the order is total.
[[nodiscard]] int naturalCompare(QStringView a, QStringView b);

// The person's projects: identifier and title, status, last day (with a warning under 30
// days, in words as well as an icon) and whether they may open it from here.
class ProjectListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProjectColumn,
        StatusColumn,
        EndsColumn,
        AccessColumn,
        ColumnCount
    };
    static constexpr int ProjectIdRole = Qt::UserRole + 1;
    static constexpr int EndingSoonDays = 30;

    explicit ProjectListModel(QObject *parent = nullptr);

    void setProjects(const QList<protocol::ProjectInfo> &projects, const QDate &today);
    [[nodiscard]] const protocol::ProjectInfo *project(int row) const;
    [[nodiscard]] int rowOf(const QString &projectId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Ends 3 March 2027", "Ends in 12 days: 3 March 2027", "Ended 3 March 2025".
    [[nodiscard]] static QString endText(const domain::Project &project, const QDate &today);

private:
    QList<protocol::ProjectInfo> m_projects;
    QDate m_today;
    QIcon m_warning;
};

// A workspace index as a tree: folders first, then files, each level in natural order.
// Built once from the cached entries (a folder the index does not list is made up from the
// paths under it); filtering keeps the matches and the folders that lead to them, without
// rebuilding the tree.
class WorkspaceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        ModifiedColumn,
        ColumnCount
    };
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit WorkspaceTreeModel(QObject *parent = nullptr);

    void setEntries(std::vector<domain::WorkspaceEntry> entries);
    // Keeps names containing `text` (case ignored) and the folders above them; empty shows all.
    void setFilter(const QString &text);
    [[nodiscard]] const QString &filter() const { return m_filter; }
    [[nodiscard]] int matchCount() const { return m_matches; }
    [[nodiscard]] qsizetype entryCount() const { return m_entries.size(); }

    // The entry at an index; nullptr for a folder the index did not list.
    [[nodiscard]] const domain::WorkspaceEntry *entry(const QModelIndex &index) const;
    [[nodiscard]] bool isFolder(const QModelIndex &index) const;
    [[nodiscard]] QString path(const QModelIndex &index) const;
    // The index of a path, if it is shown now.
    [[nodiscard]] QModelIndex indexOf(const QString &path) const;
    // The visible folders that lead to matches (for expanding them after a filter).
    [[nodiscard]] QModelIndexList matchParents(int limit) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        int parent = -1;
        int entry = -1; // into m_entries; -1 for the root and made-up folders
        int row = 0;    // among the parent's visible children
        bool folder = true;
        bool visible = true;
        bool match = false;
        QStringView name; // into the entry's path, or m_madeUp
        std::vector<int> children;
        std::vector<int> shown; // the visible children, in order
    };

    void build();
    void applyFilter();
    [[nodiscard]] int nodeOf(const QModelIndex &index) const;

    std::vector<domain::WorkspaceEntry> m_entries;
    std::vector<Node> m_nodes; // [0] is the root
    std::vector<QString> m_madeUp;
    QString m_filter;
    int m_matches = 0;
    QIcon m_folderIcon;
    QIcon m_fileIcon;
};

} // namespace srs::ui
