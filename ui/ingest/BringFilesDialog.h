#pragma once

#include "session/IngestUploads.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace srs::ui {

// "Bring files into this project…": the person chooses files (and folders) on this computer,
// says what each is and why the project needs them, and sees each file's size and SHA-256
// (worked out here, before anything is sent). Sending asks the server to make the ingest
// request; the dialog stays open with everything chosen and typed until the server has taken
// it (sendRequested(), then requestTaken() or requestRefused() with the server's reason).
//
// Names: a file chosen alone is sent under its own name; the files of a folder under the
// folder's name and their path inside it. Symbolic links are not followed, a name the server
// would refuse (protocol::ingestNameProblem) or one given twice is refused here with why.
class BringFilesDialog : public QDialog
{
    Q_OBJECT
public:
    BringFilesDialog(const QString &projectId, const QString &projectTitle, QWidget *parent = nullptr);
    ~BringFilesDialog() override;

    // Adds files as a chosen file (`base` empty: its own name) or inside a chosen folder.
    void addFiles(const QStringList &paths);
    void addFolder(const QString &folder);
    void setReason(const QString &reason);
    void setDescription(int row, const QString &description);

    [[nodiscard]] QString projectId() const { return m_projectId; }
    [[nodiscard]] QString reason() const;
    // The files as they will be sent (with their sizes and SHA-256 once worked out).
    [[nodiscard]] QList<session::IngestLocalFile> files() const;
    // What stops sending now, in words (empty when the request can be sent).
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool isHashing() const;

    // The server took the request: the dialog closes.
    void requestTaken();
    // The server refused it: why, and everything stays as it was for the person to mend.
    void requestRefused(const QString &message);

    // Test seams: answer the file and folder dialogs instead of asking.
    void setFileChooser(std::function<QStringList()> choose) { m_chooseFiles = std::move(choose); }
    void setFolderChooser(std::function<QString()> choose) { m_chooseFolder = std::move(choose); }

signals:
    // The person pressed "Send": make the request with these files and this reason.
    void sendRequested(const QString &projectId, const QString &reason,
                       const QList<srs::session::IngestLocalFile> &files);

private:
    void chooseFiles();
    void chooseFolder();
    void describeSelected();
    void removeSelected();
    void add(const QList<QPair<QString, QString>> &pathsAndNames);
    void startHashing();
    void onHashed(const QList<session::IngestLocalFile> &files);
    void refreshState();
    void send();

    QString m_projectId;
    QList<session::IngestLocalFile> m_files;
    session::IngestFileHasher *m_hasher;
    QTableWidget *m_table;
    QPlainTextEdit *m_reason;
    QProgressBar *m_hashProgress;
    QLabel *m_total;
    QLabel *m_problem;
    QPushButton *m_addFiles;
    QPushButton *m_addFolder;
    QPushButton *m_describe;
    QPushButton *m_remove;
    QPushButton *m_send;
    bool m_sending = false;
    bool m_hashing = false;
    std::function<QStringList()> m_chooseFiles;
    std::function<QString()> m_chooseFolder;
};

} // namespace srs::ui
