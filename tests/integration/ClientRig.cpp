#include "ClientRig.h"

#include "api/Client.h"
#include "crypto/Totp.h"
#include "protocol/SubmissionMessages.h"
#include "session/ClientStore.h"
#include "session/Session.h"
#include "session/WorkspaceSync.h"
#include "session/Workstation.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace srs::testing {

session::ClientConfig clientConfig(const QString &serverUrl, const QString &cacheDirectory, bool safeRoom)
{
    session::ClientConfig c;
    c.serverUrl = serverUrl;
    c.setting = safeRoom ? domain::DeviceClass::SafeRoomTerminal : domain::DeviceClass::OrganisationDevice;
    c.tls.caFile = ServerProcess::pkiFile(QStringLiteral("ca.crt"));
    QFile pin(ServerProcess::pkiFile(QStringLiteral("server.pin")));
    if (pin.open(QIODevice::ReadOnly))
        c.tls.pinnedKeys = {QString::fromLatin1(pin.readAll().trimmed())};
    const QString device = safeRoom ? QStringLiteral("safe-room") : QStringLiteral("laptop");
    c.tls.certificateFile = ServerProcess::pkiFile(device + QStringLiteral(".crt"));
    c.tls.keyFile = ServerProcess::pkiFile(device + QStringLiteral(".key"));
    c.vpnInterfaces = {QStringLiteral("lo")}; // the server is on this machine
    c.cacheDirectory = cacheDirectory;
    c.cacheKeyMilliseconds = 1;
    return c;
}

bool signInWithCode(session::Workstation &w, const QString &username, const QString &code)
{
    QSignalSpy in(w.session(), &session::Session::signedIn);
    QSignalSpy refused(w.session(), &session::Session::signInFailed);
    QByteArray password = "demo-" + username.toUtf8();
    w.session()->signIn(username, crypto::SecureBuffer::takeFrom(password), code);
    if (!QTest::qWaitFor([&] { return !in.isEmpty() || !refused.isEmpty(); }, 30'000) || in.isEmpty())
        return false;
    while (!w.session()->declarationsOwed().isEmpty()) {
        QSignalSpy accepted(w.session(), &session::Session::declarationAccepted);
        w.session()->acceptDeclaration(w.session()->declarationsOwed().constFirst());
        if (!accepted.wait(30'000))
            return false;
    }
    return QTest::qWaitFor([&] { return w.workspaceSync()->hasServerList() && w.store()->isOpen(); }, 30'000);
}

QString TotpSteps::next(const QString &username)
{
    auto secret = crypto::base32Decode(m_server.totpSecret(username).toLatin1());
    if (!secret)
        return {};
    crypto::Totp totp(std::move(*secret));
    const qint64 now = totp.stepAt(QDateTime::currentSecsSinceEpoch());
    qint64 &last = m_last[username];
    last = std::max(last + 1, now);
    return QString::fromLatin1(totp.codeForStep(last));
}

QByteArray callAndWait(session::Workstation &w, const protocol::RouteSpec &route,
                       std::initializer_list<QString> arguments, const QByteArray &body)
{
    const protocol::Route<protocol::NoBody, api::Undecoded<protocol::NoBody>> raw{route};
    QByteArray out;
    bool done = false;
    QObject context;
    auto *call =
        w.session()->api()->send(raw, api::Client::Outgoing{raw.path(arguments), body, {}, {}, true});
    call->onSucceeded(&context, [&](const QByteArray &answer) { out = answer; });
    call->onFailed(&context, [](const api::ApiFailure &f) {
        qWarning("%s: %s", qPrintable(f.message), qPrintable(f.detail));
    });
    call->onFinished(&context, [&] { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 30'000)) {
        qWarning("the call did not finish");
        call->cancel();
    }
    return out;
}

std::optional<protocol::SubmissionRequest> demoTableRequest(session::Workstation &w, const QString &title)
{
    domain::TableSpec spec;
    spec.file = DemoTable;
    spec.counts.file = DemoCounts;
    protocol::CheckRequest check;
    check.tables = {spec};
    auto checked = protocol::CheckResultInfo::fromJson(
        callAndWait(w, protocol::route::Check.spec, {DemoProject}, check.toJson()));
    if (!checked.ok())
        return std::nullopt;
    protocol::SubmissionRequest request;
    domain::SubmissionContent &c = request.content;
    c.title = title;
    c.clearanceType = domain::ClearanceType::Publication;
    domain::SubmissionFile table;
    table.path = DemoTable;
    table.role = domain::FileRole::Output;
    table.description = QStringLiteral("People by region and age group");
    table.destination = QStringLiteral("Journal article");
    domain::SubmissionFile counts;
    counts.path = DemoCounts;
    counts.role = domain::FileRole::Supporting;
    c.files = {table, counts};
    c.tables = {spec};
    c.controls = QStringLiteral("None yet: an exception is asked for the small cell.");
    for (const protocol::CheckItemInfo &item : checked->items) {
        for (const protocol::CheckFindingInfo &f : item.findings) {
            if (f.outcome != QLatin1String("fail"))
                continue;
            c.exceptions.append(
                {f.path, f.rule, f.place(), f.line,
                 QStringLiteral("The same figure is published in the regional statistics bulletin.")});
        }
    }
    return request;
}

QString submitDemoTable(session::Workstation &w, const QString &title)
{
    const auto request = demoTableRequest(w, title);
    if (!request)
        return {};
    auto made = protocol::SubmissionInfo::fromJson(
        callAndWait(w, protocol::route::Submit.spec, {DemoProject}, request->toJson()));
    return made.ok() ? made->submission.id : QString();
}

} // namespace srs::testing
