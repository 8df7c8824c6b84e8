#pragma once

// The real client stack (a Workstation over mutual TLS) against a ServerProcess, for
// integration tests: its configuration, signing in with a fresh TOTP step, and calls.

#include "ServerProcess.h"

#include "protocol/Routes.h"
#include "protocol/SubmissionMessages.h"
#include "session/ClientConfig.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace srs::session {
class Workstation;
}

namespace srs::testing {

// A laptop on the loopback "VPN" (home working in the demo world), or with `safeRoom` a safe-room
// terminal (where output checkers work), with the given cache folder.
[[nodiscard]] session::ClientConfig clientConfig(const QString &serverUrl, const QString &cacheDirectory,
                                                 bool safeRoom = false);

// Signs in with `code`, accepts what is owed, and waits for the project list and the cache.
[[nodiscard]] bool signInWithCode(session::Workstation &w, const QString &username, const QString &code);

// Codes for a person's TOTP steps not used yet in this run: the server takes each step once
// per person and accepts the one before and after the current one, so a person may sign in
// twice in quick succession.
class TotpSteps
{
public:
    explicit TotpSteps(const ServerProcess &server) : m_server(server) {}
    [[nodiscard]] QString next(const QString &username);

private:
    const ServerProcess &m_server;
    QHash<QString, qint64> m_last;
};

// A call of a route of the table through the session's API client, with its arguments and a
// body as given; the 2xx answer's body as it came (undecoded), or an empty one (the failure is
// logged). Waits.
[[nodiscard]] QByteArray callAndWait(session::Workstation &w, const protocol::RouteSpec &route,
                                     std::initializer_list<QString> arguments, const QByteArray &body = {});

// The demo project, its table with a small cell (Wales, Under 35 = 6) and the counts beside it.
inline const QString DemoProject = QStringLiteral("P-2026-001");
inline const QString DemoTable = QStringLiteral("outputs/income_by_region.csv");
inline const QString DemoCounts = QStringLiteral("outputs/income_by_region_counts.csv");

// A request of the demo table made through the API as a researcher would with the wizard: the
// checks run, an exception asked for each failing cell, and submitted. Its id, or empty.
[[nodiscard]] QString submitDemoTable(session::Workstation &w, const QString &title);
// The same request, checked but not yet sent; nothing when the check failed.
[[nodiscard]] std::optional<protocol::SubmissionRequest> demoTableRequest(session::Workstation &w,
                                                                          const QString &title);

} // namespace srs::testing
