#pragma once

#include "api/ApiFailure.h"
#include "api/CallGroup.h"
#include "crypto/SecureBuffer.h"
#include "protocol/AccountMessages.h"

#include <QDate>
#include <QObject>

#include <memory>

namespace srs::session {

class Session;

// What to hand a person once: a new person's initial password and TOTP secret, or a new TOTP
// secret after a reset. Held in zeroising buffers; whoever shows it drops it when done, and the
// bytes are wiped when the last holder lets go.
struct IssuedSecrets
{
    QString username;
    QString displayName;
    crypto::SecureBuffer initialPassword; // empty after a TOTP reset
    crypto::SecureBuffer totpSecret;      // base32
    crypto::SecureBuffer otpauthUri;
    QString notice; // the server's: they are shown only now
};

// Administrators manage people's accounts: the directory of people (with roles, state,
// accreditation and projects), one person opened with the devices they have sessions on, and
// every change (add a person, roles, accreditation, project membership, disable and enable, end
// sessions, reset TOTP, revoke a device). The server decides every permission; this class asks,
// keeps the answers (wiped on lock and sign-out), and says why a change was refused.
class Accounts : public QObject
{
    Q_OBJECT
public:
    explicit Accounts(Session *session, QObject *parent = nullptr);
    ~Accounts() override;

    void refresh();
    [[nodiscard]] const protocol::AccountDirectory &directory() const { return m_directory; }
    [[nodiscard]] bool fromServer() const { return m_fromServer; }
    // The signed-in person's user id (an administrator cannot disable themselves).
    [[nodiscard]] QString ownUserId() const;

    // Loads one person (personChanged, or actionFailed).
    void open(const QString &userId);
    void create(const protocol::NewAccountRequest &request);
    void setRoles(const QString &userId, const QList<domain::Role> &roles);
    // `validTo` null: the standard term.
    void setAccreditation(const QString &userId, domain::AccreditationKind kind, QDate validFrom,
                          QDate validTo);
    void revokeAccreditation(const QString &userId, const QString &reason);
    void setMember(const QString &projectId, const QString &userId, const QString &role);
    void removeMember(const QString &projectId, const QString &userId);
    void disable(const QString &userId, const QString &reason);
    void enable(const QString &userId, const QString &reason);
    void endSessions(const QString &userId, const QString &reason);
    void resetTotp(const QString &userId, const QString &reason);
    void revokeDevice(const QString &serial, const QString &fingerprint, const QString &reason);

signals:
    void directoryChanged();
    void directoryFailed(const srs::api::ApiFailure &failure);
    // A person as the server answered, after opening them or a change.
    void personChanged(const srs::protocol::AccountSummary &person);
    void personCreated(const srs::protocol::AccountSummary &person);
    // Secrets to show once (a new person, a TOTP reset).
    void secretsIssued(std::shared_ptr<const srs::session::IssuedSecrets> secrets);
    void deviceRevoked(const srs::protocol::DeviceRevocationInfo &info);
    // A change or a load refused or failed, in words.
    void actionFailed(const QString &message);

private:
    void wipe();
    void watch(api::Call<protocol::AccountSummary> *call);
    void takeSecrets(protocol::AccountSecrets &secrets);
    void update(const protocol::AccountSummary &person);
    [[nodiscard]] bool active() const;

    Session *m_session;
    protocol::AccountDirectory m_directory;
    bool m_fromServer = false;
    api::CallGroup m_directoryCalls;
    api::CallGroup m_calls;
};

} // namespace srs::session
