#include "Accounts.h"

#include "RefusalTexts.h"
#include "Session.h"
#include "api/AccountsApi.h"

namespace srs::session {

Accounts::Accounts(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(m_session, &Session::locked, this, [this] { wipe(); });
    connect(m_session, &Session::signedOut, this, [this] { wipe(); });
}

Accounts::~Accounts()
{
    m_directoryCalls.cancelAll();
    m_calls.cancelAll();
}

bool Accounts::active() const
{
    return m_session->state() == Session::State::Active;
}

QString Accounts::ownUserId() const
{
    return m_session->me().user.id;
}

void Accounts::wipe()
{
    m_directoryCalls.cancelAll();
    m_calls.cancelAll();
    m_directory = {};
    m_fromServer = false;
    emit directoryChanged();
}

void Accounts::refresh()
{
    if (!active() || !m_directoryCalls.isEmpty())
        return;
    auto *call = m_directoryCalls.add(api::AccountsApi(*m_session->api()).directory());
    call->onSucceeded(this, [this](const protocol::AccountDirectory &directory) {
        m_directory = directory;
        m_fromServer = true;
        emit directoryChanged();
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) {
        m_fromServer = false;
        emit directoryFailed(failure);
    });
}

void Accounts::update(const protocol::AccountSummary &person)
{
    for (protocol::AccountSummary &known : m_directory.people) {
        if (known.user.id == person.user.id) {
            known = person;
            known.devices.clear();
            known.detail = false;
            emit directoryChanged();
            break;
        }
    }
    emit personChanged(person);
}

void Accounts::watch(api::Call<protocol::AccountSummary> *call)
{
    m_calls.add(call);
    call->onSucceeded(this, [this](const protocol::AccountSummary &person) { update(person); });
    call->onFailed(this,
                   [this](const api::ApiFailure &failure) { emit actionFailed(refusalMessage(failure)); });
}

void Accounts::open(const QString &userId)
{
    if (active())
        watch(api::AccountsApi(*m_session->api()).person(userId));
}

// Moves the secrets out of the decoded answer into zeroising buffers, and wipes what is left.
void Accounts::takeSecrets(protocol::AccountSecrets &answer)
{
    auto secrets = std::make_shared<IssuedSecrets>();
    secrets->username = answer.account.user.username;
    secrets->displayName = answer.account.user.displayName;
    secrets->initialPassword = crypto::SecureBuffer::takeFrom(answer.initialPassword);
    secrets->totpSecret = crypto::SecureBuffer::takeFrom(answer.totpSecret);
    secrets->otpauthUri = crypto::SecureBuffer::takeFrom(answer.otpauthUri);
    secrets->notice = answer.notice;
    answer.wipe();
    emit secretsIssued(std::move(secrets));
}

void Accounts::create(const protocol::NewAccountRequest &request)
{
    if (!active())
        return;
    auto *call = m_calls.add(api::AccountsApi(*m_session->api()).create(request));
    call->onSucceeded(this, [this](const protocol::AccountSecrets &answer) {
        const protocol::AccountSummary person = answer.account;
        takeSecrets(const_cast<protocol::AccountSecrets &>(answer)); // the call's copy is wiped
        m_directory.people.append(person);
        emit directoryChanged();
        emit personCreated(person);
        emit personChanged(person);
    });
    call->onFailed(this,
                   [this](const api::ApiFailure &failure) { emit actionFailed(refusalMessage(failure)); });
}

void Accounts::setRoles(const QString &userId, const QList<domain::Role> &roles)
{
    if (active())
        watch(api::AccountsApi(*m_session->api()).setRoles(userId, {roles}));
}

void Accounts::setAccreditation(const QString &userId, domain::AccreditationKind kind, QDate validFrom,
                                QDate validTo)
{
    if (active())
        watch(api::AccountsApi(*m_session->api()).setAccreditation(userId, {kind, validFrom, validTo}));
}

void Accounts::revokeAccreditation(const QString &userId, const QString &reason)
{
    if (active())
        watch(api::AccountsApi(*m_session->api()).revokeAccreditation(userId, {reason}));
}

void Accounts::setMember(const QString &projectId, const QString &userId, const QString &role)
{
    if (active())
        watch(api::AccountsApi(*m_session->api()).setMember(projectId, userId, {role}));
}

void Accounts::removeMember(const QString &projectId, const QString &userId)
{
    if (active())
        watch(api::AccountsApi(*m_session->api()).removeMember(projectId, userId));
}

void Accounts::disable(const QString &userId, const QString &reason)
{
    if (active())
        watch(api::AccountsApi(*m_session->api()).disable(userId, {reason}));
}

void Accounts::enable(const QString &userId, const QString &reason)
{
    if (active())
        watch(api::AccountsApi(*m_session->api()).enable(userId, {reason}));
}

void Accounts::endSessions(const QString &userId, const QString &reason)
{
    if (active())
        watch(api::AccountsApi(*m_session->api()).endSessions(userId, {reason}));
}

void Accounts::resetTotp(const QString &userId, const QString &reason)
{
    if (!active())
        return;
    auto *call = m_calls.add(api::AccountsApi(*m_session->api()).resetTotp(userId, {reason}));
    call->onSucceeded(this, [this](const protocol::AccountSecrets &answer) {
        const protocol::AccountSummary person = answer.account;
        takeSecrets(const_cast<protocol::AccountSecrets &>(answer)); // the call's copy is wiped
        update(person);
    });
    call->onFailed(this,
                   [this](const api::ApiFailure &failure) { emit actionFailed(refusalMessage(failure)); });
}

void Accounts::revokeDevice(const QString &serial, const QString &fingerprint, const QString &reason)
{
    if (!active())
        return;
    protocol::DeviceRevocationRequest request;
    request.serial = serial;
    request.fingerprint = fingerprint;
    request.reason = reason;
    auto *call = m_calls.add(api::AccountsApi(*m_session->api()).revokeDevice(request));
    call->onSucceeded(this, [this](const protocol::DeviceRevocationInfo &info) { emit deviceRevoked(info); });
    call->onFailed(this,
                   [this](const api::ApiFailure &failure) { emit actionFailed(refusalMessage(failure)); });
}

} // namespace srs::session
