#pragma once

#include "domain/WorkingDays.h"
#include "protocol/SubmissionMessages.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace srs::ui {

// The person's clearance requests, most recently changed first: title, request id, project, clearance
// type, state in words, the day it was submitted and when an answer can be expected ("in 3
// working days", "overdue": in words, never by colour alone).
class SubmissionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        IdColumn,
        ProjectColumn,
        TypeColumn,
        StateColumn,
        SubmittedColumn,
        AnswerColumn,
        ColumnCount
    };
    static constexpr int SubmissionIdRole = Qt::UserRole + 1;
    static constexpr int ProjectIdRole = Qt::UserRole + 2;

    explicit SubmissionListModel(QObject *parent = nullptr);

    // `projectTitles`: project id -> title, for the project column.
    void setSubmissions(const QList<protocol::SubmissionSummary> &submissions,
                        const QHash<QString, QString> &projectTitles, QDate today,
                        const domain::WorkingDays &workingDays);
    [[nodiscard]] const protocol::SubmissionSummary *submission(int row) const;
    [[nodiscard]] int rowOf(const QString &submissionId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<protocol::SubmissionSummary> m_submissions;
    QHash<QString, QString> m_projectTitles;
    QDate m_today;
    domain::WorkingDays m_workingDays;
};

} // namespace srs::ui
