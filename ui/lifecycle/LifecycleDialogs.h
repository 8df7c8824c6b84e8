#pragma once

#include "domain/ProjectLifecycle.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace srs::ui {

// Asking for a later end date: the new date (after the current end) and why. Object names:
// extensionDialog, newEndDateEdit, extensionReasonEdit.
class ExtensionDialog : public QDialog
{
    Q_OBJECT
public:
    ExtensionDialog(const QString &projectId, QDate currentEnd, QWidget *parent = nullptr);

    [[nodiscard]] QDate newEndDate() const;
    [[nodiscard]] QString reason() const;
    [[nodiscard]] QDateEdit *dateEdit() const { return m_date; }
    [[nodiscard]] QPlainTextEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] QPushButton *sendButton() const { return m_send; }

private:
    void update();

    QDateEdit *m_date;
    QPlainTextEdit *m_reason;
    QPushButton *m_send;
};

// Reporting a project complete: its final publications, each a title and a link or DOI (none is
// allowed). Object names: completionDialog, publicationTitleEdit, publicationLinkEdit,
// addPublicationButton, removePublicationButton, publicationList.
class CompletionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompletionDialog(const QString &projectId, QWidget *parent = nullptr);

    [[nodiscard]] const QList<domain::Publication> &publications() const { return m_publications; }
    // Adds what the title and link fields hold; false (with the reason shown) when not valid.
    bool addPublication();
    void removeCurrent();
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QLineEdit *linkEdit() const { return m_link; }
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLabel *problemLabel() const { return m_problem; }

private:
    QList<domain::Publication> m_publications;
    QLineEdit *m_title;
    QLineEdit *m_link;
    QPushButton *m_add;
    QPushButton *m_remove;
    QListWidget *m_list;
    QLabel *m_problem;
};

} // namespace srs::ui
