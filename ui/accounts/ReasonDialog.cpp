#include "ReasonDialog.h"

#include "ui/common/Accessibility.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {
struct NextAnswer
{
    bool set = false;
    std::optional<QString> answer;
};
NextAnswer &nextAnswer()
{
    static NextAnswer next;
    return next;
}
} // namespace

ReasonDialog::ReasonDialog(const QString &title, const QString &question, const QString &confirmText,
                           Reason reason, QWidget *parent)
    : QDialog(parent), m_reason(reason), m_question(new QLabel(question, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    if (reason != Reason::None) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(u"reasonEdit"_s);
        m_text->setTabChangesFocus(true);
        m_text->setMaximumHeight(100);
        const QString label = reason == Reason::Required ? tr("&Why (kept in the audit log):")
                                                         : tr("&Why (optional, kept in the audit log):");
        layout->addWidget(fieldLabel(label, m_text, this));
        layout->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateButtons);
    }
    QPushButton *confirm = m_buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    confirm->setObjectName(u"confirmButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QString ReasonDialog::reason() const
{
    return m_text ? m_text->toPlainText().trimmed() : QString();
}

void ReasonDialog::updateButtons()
{
    const bool ready = m_reason != Reason::Required || !reason().isEmpty();
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(ready);
    }
}

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &title, const QString &question,
                                         const QString &confirmText, Reason reason)
{
    if (nextAnswer().set) {
        nextAnswer().set = false;
        return std::exchange(nextAnswer().answer, std::nullopt);
    }
    ReasonDialog dialog(title, question, confirmText, reason, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

void ReasonDialog::setNextAnswer(std::optional<QString> answer)
{
    nextAnswer() = NextAnswer{true, std::move(answer)};
}

} // namespace srs::ui
