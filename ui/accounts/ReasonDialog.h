#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace srs::ui {

// Confirms a change to someone's account and, where the audit log keeps one, asks why. The
// confirming button stays greyed out until a required reason is given.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Reason
    {
        Required,
        Optional,
        None, // a plain confirmation
    };

    ReasonDialog(const QString &title, const QString &question, const QString &confirmText, Reason reason,
                 QWidget *parent = nullptr);

    [[nodiscard]] QString reason() const;

    // Shows the dialog and waits: the reason (empty when none is asked) once confirmed, nothing
    // when cancelled.
    [[nodiscard]] static std::optional<QString> ask(QWidget *parent, const QString &title,
                                                    const QString &question, const QString &confirmText,
                                                    Reason reason);
    // A test seam: the next ask() answers this without showing anything (std::nullopt: cancelled).
    static void setNextAnswer(std::optional<QString> answer);

private:
    void updateButtons();

    Reason m_reason;
    QLabel *m_question;
    QPlainTextEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace srs::ui
