#pragma once

#include "session/Accounts.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace srs::ui {

// Shows a new person's initial password and TOTP secret (or a new TOTP secret after a reset)
// once, saying that they will not be shown again. Closing it wipes what it showed: the fields
// are emptied, the zeroising buffers let go, and the clipboard cleared if it holds one of them.
class SecretsDialog : public QDialog
{
    Q_OBJECT
public:
    SecretsDialog(std::shared_ptr<const session::IssuedSecrets> secrets, QWidget *parent = nullptr);
    ~SecretsDialog() override;

    void done(int result) override;
    [[nodiscard]] bool holdsSecrets() const { return m_secrets != nullptr; }

private:
    QLineEdit *secretField(const char *objectName, const QByteArrayView &bytes);
    void wipe();

    std::shared_ptr<const session::IssuedSecrets> m_secrets;
    QList<QLineEdit *> m_fields;
};

} // namespace srs::ui
