#include "Migrations.h"

#include "Database.h"

#include <QDateTime>

namespace srs::store {
namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> m;
    m.append(
        {1,
         QStringLiteral("accounts, settings, projects, sessions, workspace index, audit log"),
         {
             // People. password_hash is a PHC Argon2id string. totp_secret is the
             // TOTP secret as sealed by the accounts service (see docs/security-model.md:
             // anyone who can read this column can mint codes, so it must not be
             // stored in the clear); totp_last_step refuses code reuse.
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT PRIMARY KEY,"
                            " username TEXT NOT NULL UNIQUE,"
                            " display_name TEXT NOT NULL,"
                            " email TEXT NOT NULL,"
                            " roles TEXT NOT NULL,"
                            " disabled INTEGER NOT NULL DEFAULT 0,"
                            " password_hash TEXT NOT NULL,"
                            " totp_secret TEXT NOT NULL,"
                            " totp_last_step BIGINT,"
                            " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                            " locked_until BIGINT,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE accreditations ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL,"
                            " valid_from TEXT NOT NULL,"
                            " valid_to TEXT NOT NULL,"
                            " revoked INTEGER NOT NULL DEFAULT 0,"
                            " recorded_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX accreditations_user ON accreditations(user_id, recorded_at)"),
             QStringLiteral("CREATE TABLE declarations ("
                            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL,"
                            " version INTEGER NOT NULL,"
                            " signed_at BIGINT NOT NULL,"
                            " PRIMARY KEY (user_id, kind, version))"),
             // Safe Settings.
             QStringLiteral("CREATE TABLE organisations ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " agreement_valid_until TEXT)"),
             QStringLiteral("CREATE TABLE organisation_ranges ("
                            " organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
                            " cidr TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " PRIMARY KEY (organisation_id, cidr))"),
             QStringLiteral("CREATE TABLE sites ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE)"),
             QStringLiteral("CREATE TABLE site_networks ("
                            " site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,"
                            " cidr TEXT NOT NULL,"
                            " PRIMARY KEY (site_id, cidr))"),
             // Safe Projects and Safe Data.
             QStringLiteral("CREATE TABLE projects ("
                            " id TEXT PRIMARY KEY,"
                            " title TEXT NOT NULL,"
                            " lead_user_id TEXT REFERENCES users(id),"
                            " status TEXT NOT NULL,"
                            " start_date TEXT NOT NULL,"
                            " end_date TEXT NOT NULL,"
                            " extended_to TEXT,"
                            " home_working_approved INTEGER NOT NULL DEFAULT 0,"
                            " workspace_revision BIGINT NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE project_members ("
                            " project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
                            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " role TEXT NOT NULL,"
                            " PRIMARY KEY (project_id, user_id))"),
             QStringLiteral("CREATE INDEX project_members_user ON project_members(user_id)"),
             QStringLiteral("CREATE TABLE datasets ("
                            " id TEXT PRIMARY KEY,"
                            " title TEXT NOT NULL,"
                            " owner TEXT NOT NULL,"
                            " access TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE project_datasets ("
                            " project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
                            " dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,"
                            " PRIMARY KEY (project_id, dataset_id))"),
             // Sessions: only the SHA-256 of the token is stored.
             QStringLiteral("CREATE TABLE sessions ("
                            " token_hash TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " device_subject TEXT NOT NULL,"
                            " setting TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " last_seen_at BIGINT NOT NULL,"
                            " expires_at BIGINT NOT NULL,"
                            " revoked INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id)"),
             QStringLiteral("CREATE TABLE cache_key_shares ("
                            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " device_subject TEXT NOT NULL,"
                            " share TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " revoked_at BIGINT,"
                            " PRIMARY KEY (user_id, device_subject))"),
             QStringLiteral("CREATE TABLE source_throttle ("
                            " source TEXT PRIMARY KEY,"
                            " failures INTEGER NOT NULL,"
                            " last_failure_at BIGINT NOT NULL,"
                            " blocked_until BIGINT)"),
             // Workspace metadata index.
             QStringLiteral("CREATE TABLE workspace_entries ("
                            " project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
                            " path TEXT NOT NULL,"
                            " size BIGINT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " modified_at BIGINT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " created_revision BIGINT NOT NULL,"
                            " revision BIGINT NOT NULL,"
                            " removed INTEGER NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (project_id, path))"),
             QStringLiteral(
                 "CREATE INDEX workspace_entries_revision ON workspace_entries(project_id, revision)"),
             // Append-only, hash-chained audit log; audit_head holds the end of the
             // chain and is the row every append locks.
             QStringLiteral("CREATE TABLE audit_events ("
                            " seq BIGINT PRIMARY KEY,"
                            " occurred_at BIGINT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " details TEXT NOT NULL,"
                            " prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE audit_head ("
                            " id INTEGER PRIMARY KEY,"
                            " last_seq BIGINT NOT NULL,"
                            " last_hash TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, "
                            "'0000000000000000000000000000000000000000000000000000000000000000')"),
         }});
    m.append({2,
              QStringLiteral("workspace change log read in pages"),
              {
                  // Pages of GET /projects/{id}/workspace are read in (revision, path) order.
                  QStringLiteral("CREATE INDEX workspace_entries_log ON "
                                 "workspace_entries(project_id, revision, path)"),
                  QStringLiteral("DROP INDEX workspace_entries_revision"),
              }});
    m.append({3,
              QStringLiteral(
                  "output clearance requests: rounds, snapshotted files, findings, exceptions, history"),
              {
                  // Snapshots of submitted files: the bytes live in the blob folder under their
                  // SHA-256; a row records that a blob was stored and is referenced.
                  QStringLiteral("CREATE TABLE blobs ("
                                 " sha256 TEXT PRIMARY KEY,"
                                 " size BIGINT NOT NULL,"
                                 " created_at BIGINT NOT NULL)"),
                  // One row per request; state is the workflow's (domain/Submission.h), round the
                  // current round (1 at submission, one more per resubmission).
                  QStringLiteral("CREATE TABLE submissions ("
                                 " id TEXT PRIMARY KEY,"
                                 " project_id TEXT NOT NULL REFERENCES projects(id),"
                                 " author_id TEXT NOT NULL REFERENCES users(id),"
                                 " state TEXT NOT NULL,"
                                 " round INTEGER NOT NULL,"
                                 " title TEXT NOT NULL,"
                                 " clearance_type TEXT NOT NULL,"
                                 " created_at BIGINT NOT NULL,"
                                 " updated_at BIGINT NOT NULL,"
                                 " submitted_at BIGINT,"
                                 " expected_answer_date TEXT)"),
                  QStringLiteral("CREATE INDEX submissions_project ON submissions(project_id, updated_at)"),
                  QStringLiteral("CREATE INDEX submissions_state ON submissions(state, updated_at)"),
                  // What the author said in each round; earlier rounds are kept as they were.
                  QStringLiteral("CREATE TABLE submission_rounds ("
                                 " submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,"
                                 " round INTEGER NOT NULL,"
                                 " submitted_at BIGINT NOT NULL,"
                                 " controls TEXT NOT NULL,"
                                 " tables TEXT NOT NULL,"
                                 " check_status TEXT NOT NULL,"
                                 " check_result TEXT NOT NULL,"
                                 " PRIMARY KEY (submission_id, round))"),
                  QStringLiteral("CREATE TABLE submission_files ("
                                 " submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,"
                                 " round INTEGER NOT NULL,"
                                 " position INTEGER NOT NULL,"
                                 " path TEXT NOT NULL,"
                                 " role TEXT NOT NULL,"
                                 " description TEXT NOT NULL,"
                                 " destination TEXT NOT NULL,"
                                 " sha256 TEXT NOT NULL REFERENCES blobs(sha256),"
                                 " size BIGINT NOT NULL,"
                                 " PRIMARY KEY (submission_id, round, path))"),
                  // The engine's findings for each round, with the numbers the rules used: for
                  // checkers, never sent to a researcher's client.
                  QStringLiteral("CREATE TABLE submission_findings ("
                                 " submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,"
                                 " round INTEGER NOT NULL,"
                                 " seq INTEGER NOT NULL,"
                                 " path TEXT NOT NULL,"
                                 " sheet TEXT NOT NULL,"
                                 " rule TEXT NOT NULL,"
                                 " outcome TEXT NOT NULL,"
                                 " row_label TEXT NOT NULL,"
                                 " column_label TEXT NOT NULL,"
                                 " line INTEGER NOT NULL,"
                                 " message TEXT NOT NULL,"
                                 " parameters TEXT NOT NULL,"
                                 " PRIMARY KEY (submission_id, round, seq))"),
                  QStringLiteral("CREATE TABLE submission_exceptions ("
                                 " submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,"
                                 " round INTEGER NOT NULL,"
                                 " seq INTEGER NOT NULL,"
                                 " path TEXT NOT NULL,"
                                 " rule TEXT NOT NULL,"
                                 " row_label TEXT NOT NULL,"
                                 " column_label TEXT NOT NULL,"
                                 " line INTEGER NOT NULL,"
                                 " justification TEXT NOT NULL,"
                                 " PRIMARY KEY (submission_id, round, seq))"),
                  // The request's history, one row per transition.
                  QStringLiteral("CREATE TABLE submission_events ("
                                 " submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,"
                                 " seq INTEGER NOT NULL,"
                                 " occurred_at BIGINT NOT NULL,"
                                 " actor_id TEXT NOT NULL,"
                                 " action TEXT NOT NULL,"
                                 " from_state TEXT NOT NULL,"
                                 " to_state TEXT NOT NULL,"
                                 " round INTEGER NOT NULL,"
                                 " note TEXT NOT NULL,"
                                 " PRIMARY KEY (submission_id, seq))"),
              }});
    m.append(
        {4,
         QStringLiteral("reviews with per-file votes, releases with their files, destruction attestations"),
         {
             // The disclosure-control engine and risk profile each round was checked with, for
             // the register of releases (empty for rounds checked before this version).
             QStringLiteral(
                 "ALTER TABLE submission_rounds ADD COLUMN engine_version TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE submission_rounds ADD COLUMN profile_version TEXT NOT NULL DEFAULT ''"),
             // Answer-time statistics read the answers (return, approve, ...) by time.
             QStringLiteral("CREATE INDEX submission_events_time ON submission_events(occurred_at)"),
             // One output checker's review of one round: claimed, then submitted (final).
             // At most two per round (the service checks; the unique key stops one checker
             // claiming twice even when two claims race).
             QStringLiteral("CREATE TABLE reviews ("
                            " id TEXT PRIMARY KEY,"
                            " submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,"
                            " round INTEGER NOT NULL,"
                            " checker_id TEXT NOT NULL REFERENCES users(id),"
                            " claimed_at BIGINT NOT NULL,"
                            " submitted_at BIGINT,"
                            " summary TEXT NOT NULL,"
                            " UNIQUE (submission_id, round, checker_id))"),
             // The queue reads every open request's current round's claims in one query.
             QStringLiteral("CREATE INDEX reviews_round ON reviews(submission_id, round, claimed_at)"),
             QStringLiteral("CREATE TABLE review_files ("
                            " review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " path TEXT NOT NULL,"
                            " decision TEXT NOT NULL,"
                            " shared_comment TEXT NOT NULL,"
                            " internal_comment TEXT NOT NULL,"
                            " PRIMARY KEY (review_id, position))"),
             // A release of an approved request's output and code files (never supporting
             // files). destroy_by: pre-publication releases, the project's end.
             QStringLiteral("CREATE TABLE releases ("
                            " id TEXT PRIMARY KEY,"
                            " submission_id TEXT NOT NULL UNIQUE REFERENCES submissions(id),"
                            " project_id TEXT NOT NULL REFERENCES projects(id),"
                            " round INTEGER NOT NULL,"
                            " title TEXT NOT NULL,"
                            " clearance_type TEXT NOT NULL,"
                            " released_at BIGINT NOT NULL,"
                            " released_by TEXT NOT NULL REFERENCES users(id),"
                            " destroy_by TEXT)"),
             QStringLiteral("CREATE INDEX releases_project ON releases(project_id, released_at)"),
             QStringLiteral("CREATE INDEX releases_time ON releases(released_at)"),
             QStringLiteral("CREATE TABLE release_files ("
                            " release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " path TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL REFERENCES blobs(sha256),"
                            " size BIGINT NOT NULL,"
                            " PRIMARY KEY (release_id, position))"),
             // The project lead's attestation that every copy of a pre-publication release
             // was destroyed at the project's end (one per release).
             QStringLiteral("CREATE TABLE release_destructions ("
                            " release_id TEXT PRIMARY KEY REFERENCES releases(id),"
                            " attested_by TEXT NOT NULL REFERENCES users(id),"
                            " attested_at BIGINT NOT NULL,"
                            " note TEXT NOT NULL)"),
         }});
    m.append(
        {5,
         QStringLiteral(
             "revocation: revoked devices, sessions and cache key shares bound to the certificate, "
             "sign-in throttle per source and account"),
         {
             // Device certificates revoked by serial (admin revoke-device), read on every request.
             QStringLiteral("CREATE TABLE revoked_devices ("
                            " serial TEXT PRIMARY KEY,"
                            " revoked_at BIGINT NOT NULL,"
                            " note TEXT NOT NULL)"),
             // Sessions are bound to the device certificate's SHA-256 (DER), not its subject:
             // another certificate with the same subject cannot use them. Sessions made before
             // were bound to the subject only, so they end here (their owners sign in again).
             QStringLiteral("ALTER TABLE sessions ADD COLUMN device_fingerprint TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE sessions ADD COLUMN device_serial TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE sessions SET revoked = 1 WHERE revoked = 0"),
             QStringLiteral("CREATE INDEX sessions_device_serial ON sessions(device_serial)"),
             // Cache key shares per (user, certificate). Shares bound to a subject cannot be
             // moved to a certificate, so they go: each client finds its cache unreadable at
             // the next sign-in, sets it aside and builds a new one from the server.
             QStringLiteral("DROP TABLE cache_key_shares"),
             QStringLiteral("CREATE TABLE cache_key_shares ("
                            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " device_fingerprint TEXT NOT NULL,"
                            " device_serial TEXT NOT NULL,"
                            " share TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " revoked_at BIGINT,"
                            " PRIMARY KEY (user_id, device_fingerprint))"),
             QStringLiteral("CREATE INDEX cache_key_shares_serial ON cache_key_shares(device_serial)"),
             // Failed sign-ins per source (account '*') and per (source, account "user:<name>"); IPv6 sources
             // are counted per /64. The old per-address counts are short-lived and dropped.
             QStringLiteral("DROP TABLE source_throttle"),
             QStringLiteral("CREATE TABLE sign_in_throttle ("
                            " source TEXT NOT NULL,"
                            " account TEXT NOT NULL,"
                            " failures INTEGER NOT NULL,"
                            " last_failure_at BIGINT NOT NULL,"
                            " blocked_until BIGINT,"
                            " PRIMARY KEY (source, account))"),
         }});
    m.append({6,
              QStringLiteral("keyed audit chain: the first keyed event"),
              {
                  // Set once, when the audit key file is made (AuditLog::useKeyFile); 0 for a
                  // log that is not keyed yet. The key file decides which events are keyed;
                  // this record only guards against starting with the key file missing.
                  QStringLiteral("ALTER TABLE audit_head ADD COLUMN keyed_from BIGINT NOT NULL DEFAULT 0"),
              }});
    m.append(
        {7,
         QStringLiteral("findings and exceptions by place in the file; each person's allowance of checks"),
         {
             // Where a finding is in its file ("C14", "row 14", "column C"): what a researcher's
             // client is told, and what an exception names (never a label).
             QStringLiteral("ALTER TABLE submission_findings ADD COLUMN cell TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE submission_exceptions ADD COLUMN cell TEXT NOT NULL DEFAULT ''"),
             // Checks run and bytes read by each person in the current window, shared by every
             // server instance.
             QStringLiteral("CREATE TABLE check_allowance ("
                            " user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
                            " window_start BIGINT NOT NULL,"
                            " runs INTEGER NOT NULL,"
                            " bytes BIGINT NOT NULL)"),
         }});
    m.append(
        {8,
         QStringLiteral("population summaries of released tables, for differencing against earlier releases"),
         {
             // One row per released table: its population, label-set keys (SHA-256 of the sorted
             // label hashes) and line sums in key order, never its labels or cells. Releases made
             // before this version are summarised when their project is next checked.
             QStringLiteral("CREATE TABLE release_table_summaries ("
                            " id TEXT PRIMARY KEY,"
                            " release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                            " project_id TEXT NOT NULL REFERENCES projects(id),"
                            " position INTEGER NOT NULL,"
                            " path TEXT NOT NULL,"
                            " sheet TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " variables TEXT NOT NULL,"
                            " population DOUBLE PRECISION NOT NULL,"
                            " rows_key TEXT NOT NULL,"
                            " columns_key TEXT NOT NULL,"
                            " row_lines BIGINT NOT NULL,"
                            " column_lines BIGINT NOT NULL,"
                            " row_sums TEXT NOT NULL,"
                            " column_sums TEXT NOT NULL)"),
             // How a check finds the released tables over its table's variables: "r:<rows key>",
             // "c:<columns key>", "v:<declared variable>".
             QStringLiteral(
                 "CREATE TABLE release_summary_keys ("
                 " project_id TEXT NOT NULL,"
                 " lookup TEXT NOT NULL,"
                 " summary_id TEXT NOT NULL REFERENCES release_table_summaries(id) ON DELETE CASCADE,"
                 " PRIMARY KEY (project_id, lookup, summary_id))"),
             // Which releases are summarised (error: tables that could not be).
             QStringLiteral("CREATE TABLE release_summary_state ("
                            " release_id TEXT PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,"
                            " summarised_at BIGINT NOT NULL,"
                            " tables INTEGER NOT NULL,"
                            " error TEXT NOT NULL)"),
         }});
    m.append(
        {9,
         QStringLiteral("ingest requests: files brought into a project, uploaded in chunks into quarantine"),
         {
             // One request to bring files into a project. state: "uploading", "uploaded"
             // (every file whole and its SHA-256 checked; waiting for the checks) or
             // "cancelled". chunk_bytes is fixed when the request is made; total_bytes is the sum
             // of its files' declared sizes (the project's limit counts it).
             QStringLiteral("CREATE TABLE ingest_requests ("
                            " id TEXT PRIMARY KEY,"
                            " project_id TEXT NOT NULL REFERENCES projects(id),"
                            " requester_id TEXT NOT NULL REFERENCES users(id),"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " chunk_bytes BIGINT NOT NULL,"
                            " total_bytes BIGINT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX ingest_requests_project ON ingest_requests(project_id, created_at)"),
             // Its files as declared: the name as given (validated: a safe relative path), the
             // size and SHA-256 the whole file must have, and what it is and why it is needed.
             QStringLiteral("CREATE TABLE ingest_files ("
                            " ingest_id TEXT NOT NULL REFERENCES ingest_requests(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " name TEXT NOT NULL,"
                            " size BIGINT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " description TEXT NOT NULL,"
                            " PRIMARY KEY (ingest_id, position))"),
             // The chunks received: written to the quarantine file and flushed to disk before
             // the row is. A chunk is `chunk` * chunk_bytes into its file.
             QStringLiteral("CREATE TABLE ingest_chunks ("
                            " ingest_id TEXT NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " chunk INTEGER NOT NULL,"
                            " byte_offset BIGINT NOT NULL,"
                            " length BIGINT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " received_at BIGINT NOT NULL,"
                            " PRIMARY KEY (ingest_id, position, chunk),"
                            " FOREIGN KEY (ingest_id, position) REFERENCES ingest_files(ingest_id, position)"
                            " ON DELETE CASCADE)"),
         }});
    m.append(
        {10,
         QStringLiteral("ingest checks: each file's kind, findings and table profile; why checks wait"),
         {
             // "uploaded" becomes "checking": the automatic checks run, or wait (waiting_reason
             // says why, e.g. the malware scanner is not answering), then "awaiting-review".
             QStringLiteral("ALTER TABLE ingest_requests ADD COLUMN waiting_reason TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE ingest_requests SET state = 'checking' WHERE state = 'uploaded'"),
             QStringLiteral("CREATE INDEX ingest_requests_state ON ingest_requests(state)"),
             // Per file, once checked (checked_at set): the kind decided from the bytes, the
             // media type, the findings (a JSON list of {rule, severity, message, parameters,
             // line}) and, for tables, the profile (JSON).
             QStringLiteral("ALTER TABLE ingest_files ADD COLUMN kind TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE ingest_files ADD COLUMN media_type TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE ingest_files ADD COLUMN findings TEXT NOT NULL DEFAULT '[]'"),
             QStringLiteral("ALTER TABLE ingest_files ADD COLUMN profile TEXT NOT NULL DEFAULT '{}'"),
             QStringLiteral("ALTER TABLE ingest_files ADD COLUMN checked_at BIGINT"),
         }});
    m.append(
        {11,
         QStringLiteral("ingest approval: checkers' votes per file, each file's decision and delivery"),
         {
             // How many checkers' approvals a file needs, fixed when the request is made
             // (ingest.approvals_needed then).
             QStringLiteral(
                 "ALTER TABLE ingest_requests ADD COLUMN approvals_needed INTEGER NOT NULL DEFAULT 1"),
             // Each file's decision ("pending", "approved", "rejected") and when it was made;
             // where an approved file was delivered in the workspace ("ingest/<id>/<name>"), or
             // why it could not be yet; and when its quarantined copy was deleted.
             QStringLiteral("ALTER TABLE ingest_files ADD COLUMN decision TEXT NOT NULL DEFAULT 'pending'"),
             QStringLiteral("ALTER TABLE ingest_files ADD COLUMN decided_at BIGINT"),
             QStringLiteral("ALTER TABLE ingest_files ADD COLUMN delivered_path TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE ingest_files ADD COLUMN delivery_problem TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE ingest_files ADD COLUMN purged_at BIGINT"),
             // One vote per checker per file, never changed.
             QStringLiteral("CREATE TABLE ingest_votes ("
                            " ingest_id TEXT NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " checker_id TEXT NOT NULL REFERENCES users(id),"
                            " decision TEXT NOT NULL,"
                            " comment TEXT NOT NULL,"
                            " voted_at BIGINT NOT NULL,"
                            " PRIMARY KEY (ingest_id, position, checker_id),"
                            " FOREIGN KEY (ingest_id, position) REFERENCES ingest_files(ingest_id, position)"
                            " ON DELETE CASCADE)"),
             QStringLiteral(
                 "CREATE INDEX ingest_requests_state_updated ON ingest_requests(state, updated_at)"),
         }});
    m.append(
        {12,
         QStringLiteral("notifications: each person's notices of status changes, read or not, and e-mailed"),
         {
             // One row per notice per person. dedupe_key (unique when set) keeps a sweep's
             // notice (an end date near, a booking tomorrow) from being made twice; emailed_at
             // is set once the e-mail is sent, or when none is to be (no SMTP server set then).
             QStringLiteral("CREATE TABLE notifications ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL,"
                            " project_id TEXT NOT NULL,"
                            " subject_id TEXT NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " detail TEXT NOT NULL,"
                            " dedupe_key TEXT UNIQUE,"
                            " created_at BIGINT NOT NULL,"
                            " read_at BIGINT,"
                            " emailed_at BIGINT)"),
             QStringLiteral("CREATE INDEX notifications_user ON notifications(user_id, created_at)"),
             QStringLiteral("CREATE INDEX notifications_unsent ON notifications(emailed_at, created_at)"),
         }});
    m.append(
        {13,
         QStringLiteral("project lifecycle: extension requests, publications, status changes with reasons"),
         {
             // A lead's request for a later end date and its decision ("pending", "approved",
             // "refused"); days are ISO 8601 text like the projects' own.
             QStringLiteral("CREATE TABLE extension_requests ("
                            " id TEXT PRIMARY KEY,"
                            " project_id TEXT NOT NULL REFERENCES projects(id),"
                            " requested_by TEXT NOT NULL REFERENCES users(id),"
                            " current_end_date TEXT NOT NULL,"
                            " new_end_date TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " decided_by TEXT REFERENCES users(id),"
                            " decision_reason TEXT NOT NULL DEFAULT '',"
                            " created_at BIGINT NOT NULL,"
                            " decided_at BIGINT)"),
             // One open request a project, whatever two requests at once try.
             QStringLiteral(
                 "CREATE UNIQUE INDEX extension_requests_one_pending ON extension_requests(project_id)"
                 " WHERE state = 'pending'"),
             QStringLiteral(
                 "CREATE INDEX extension_requests_project ON extension_requests(project_id, created_at)"),
             // The publications reported when the project was completed, in the lead's order.
             QStringLiteral("CREATE TABLE project_publications ("
                            " project_id TEXT NOT NULL REFERENCES projects(id),"
                            " position INTEGER NOT NULL,"
                            " title TEXT NOT NULL,"
                            " link TEXT NOT NULL,"
                            " PRIMARY KEY (project_id, position))"),
             // Every change of a project's status through the service, with who and why (the audit
             // chain has each too).
             QStringLiteral("CREATE TABLE project_status_changes ("
                            " id TEXT PRIMARY KEY,"
                            " project_id TEXT NOT NULL REFERENCES projects(id),"
                            " from_status TEXT NOT NULL,"
                            " to_status TEXT NOT NULL,"
                            " changed_by TEXT NOT NULL REFERENCES users(id),"
                            " reason TEXT NOT NULL,"
                            " changed_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX project_status_changes_project ON "
                            "project_status_changes(project_id, changed_at)"),
         }});
    m.append(
        {14,
         QStringLiteral("data owners' approval: owning organisations, their approvers, approval requests; "
                        "projects' purpose and lead organisation"),
         {
             // Organisations that own datasets. Not the organisations table: that one is the
             // AOC organisations whose devices connect (agreements, egress ranges), which says
             // nothing about owning data; an owner (a charity's archive panel) may have no
             // devices at all, and an AOC organisation may own nothing.
             QStringLiteral("CREATE TABLE data_owners ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " requires_approval INTEGER NOT NULL DEFAULT 0,"
                            " approvals_needed INTEGER NOT NULL DEFAULT 1)"),
             // A person in the data-owner role approves for one owner.
             QStringLiteral("CREATE TABLE data_owner_members ("
                            " user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
                            " owner_id TEXT NOT NULL REFERENCES data_owners(id) ON DELETE CASCADE)"),
             // The owning organisation of a dataset (datasets.owner stays its display name).
             QStringLiteral("ALTER TABLE datasets ADD COLUMN owner_id TEXT"),
             QStringLiteral("ALTER TABLE projects ADD COLUMN purpose TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE projects ADD COLUMN lead_organisation TEXT NOT NULL DEFAULT ''"),
             // A project's request to use a dataset whose owner requires approval: "pending",
             // "approved" (the mapping made), "refused", "withdrawn" (the mapping ended, and why).
             QStringLiteral("CREATE TABLE dataset_approvals ("
                            " id TEXT PRIMARY KEY,"
                            " project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
                            " dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,"
                            " owner_id TEXT NOT NULL REFERENCES data_owners(id),"
                            " state TEXT NOT NULL,"
                            " approvals_needed INTEGER NOT NULL,"
                            " requested_at BIGINT NOT NULL,"
                            " decided_at BIGINT,"
                            " withdrawn_at BIGINT,"
                            " withdrawn_by TEXT,"
                            " withdrawal_reason TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX dataset_approvals_owner ON dataset_approvals(owner_id, state)"),
             QStringLiteral(
                 "CREATE INDEX dataset_approvals_project ON dataset_approvals(project_id, dataset_id)"),
             // One answer per approver per request, never changed.
             QStringLiteral("CREATE TABLE dataset_approval_votes ("
                            " approval_id TEXT NOT NULL REFERENCES dataset_approvals(id) ON DELETE CASCADE,"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " approve INTEGER NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " voted_at BIGINT NOT NULL,"
                            " PRIMARY KEY (approval_id, user_id))"),
         }});
    m.append({15,
              QStringLiteral("safe-room bookings: terminals, opening hours, closures, bookings, blocks"),
              {
                  // A safe room's terminals, each named by its device certificate's CN.
                  QStringLiteral("CREATE TABLE safe_room_terminals ("
                                 " site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,"
                                 " name TEXT NOT NULL,"
                                 " PRIMARY KEY (site_id, name))"),
                  // Opening hours, when not the default (Monday to Friday, 09:00 to 17:00): the days as
                  // ISO weekday numbers ("1,2,3,4,5"), the times as "HH:mm".
                  QStringLiteral("CREATE TABLE safe_room_hours ("
                                 " site_id TEXT PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,"
                                 " days TEXT NOT NULL,"
                                 " opens TEXT NOT NULL,"
                                 " closes TEXT NOT NULL)"),
                  QStringLiteral("CREATE TABLE safe_room_closures ("
                                 " site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,"
                                 " day TEXT NOT NULL,"
                                 " reason TEXT NOT NULL,"
                                 " PRIMARY KEY (site_id, day))"),
                  // A booking of one terminal for a day ("day") or half a day ("morning",
                  // "afternoon"); cancelled_at is set when it is cancelled, by the person or by a block
                  // (cancelled_reason says which).
                  QStringLiteral("CREATE TABLE bookings ("
                                 " id TEXT PRIMARY KEY,"
                                 " user_id TEXT NOT NULL REFERENCES users(id),"
                                 " project_id TEXT NOT NULL REFERENCES projects(id),"
                                 " site_id TEXT NOT NULL REFERENCES sites(id),"
                                 " terminal TEXT NOT NULL,"
                                 " day TEXT NOT NULL,"
                                 " slot TEXT NOT NULL,"
                                 " created_at BIGINT NOT NULL,"
                                 " cancelled_at BIGINT,"
                                 " cancelled_reason TEXT NOT NULL DEFAULT '')"),
                  QStringLiteral("CREATE INDEX bookings_site_day ON bookings(site_id, day)"),
                  QStringLiteral("CREATE INDEX bookings_user_day ON bookings(user_id, day)"),
                  QStringLiteral("CREATE INDEX bookings_day ON bookings(day)"),
                  // A terminal out of use from from_day to to_day inclusive; removed_at once lifted.
                  QStringLiteral("CREATE TABLE terminal_blocks ("
                                 " id TEXT PRIMARY KEY,"
                                 " site_id TEXT NOT NULL REFERENCES sites(id),"
                                 " terminal TEXT NOT NULL,"
                                 " from_day TEXT NOT NULL,"
                                 " to_day TEXT NOT NULL,"
                                 " reason TEXT NOT NULL,"
                                 " created_by TEXT NOT NULL REFERENCES users(id),"
                                 " created_at BIGINT NOT NULL,"
                                 " removed_at BIGINT)"),
                  QStringLiteral("CREATE INDEX terminal_blocks_site ON terminal_blocks(site_id, to_day)"),
              }});
    m.append({16,
              QStringLiteral("periodic work: when any server instance last started each kind"),
              {
                  // One row per kind of periodic work ("workspace-scan", ...): the time (ms since
                  // the epoch) an instance last claimed a pass. Several instances on one
                  // database run each pass once per interval between them (PeriodicClaims).
                  QStringLiteral("CREATE TABLE periodic_work ("
                                 " name TEXT PRIMARY KEY,"
                                 " last_started BIGINT NOT NULL)"),
              }});
    m.append({17,
              QStringLiteral("idempotency keys: a write sent again after a lost answer is not made twice"),
              {
                  // A person's Idempotency-Key of a write that was made, written in the write's
                  // own transaction: route and SHA-256 of the request it was sent with, and what
                  // the write made ("submission:S-...", "release:R-..."), which a request sent
                  // again is answered with. Kept for a day.
                  QStringLiteral("CREATE TABLE idempotency_keys ("
                                 " user_id TEXT NOT NULL,"
                                 " idem_key TEXT NOT NULL,"
                                 " route TEXT NOT NULL,"
                                 " request_sha256 TEXT NOT NULL,"
                                 " resource TEXT NOT NULL,"
                                 " created_at BIGINT NOT NULL,"
                                 " PRIMARY KEY (user_id, idem_key))"),
                  QStringLiteral("CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at)"),
              }});
    return m;
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

Result<int> Migrations::currentVersion(Database &db)
{
    auto created = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                          " version INTEGER PRIMARY KEY,"
                                          " description TEXT NOT NULL,"
                                          " applied_at BIGINT NOT NULL)"));
    if (!created.ok())
        return created.error();
    auto q = db.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!q.ok())
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return 0;
    return q->value(0).toInt();
}

Status Migrations::apply(Database &db)
{
    return db.transaction([&db]() -> Status {
        if (db.backend() == DatabaseConfig::Backend::Postgres) {
            // Two server instances starting together: the second waits here until the first
            // commits, then finds nothing to do. (Even CREATE TABLE IF NOT EXISTS races in
            // PostgreSQL without it.) SQLite's BEGIN IMMEDIATE already serialises.
            if (auto l = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(5318008001)")); !l.ok())
                return l.error();
        }
        auto current = currentVersion(db);
        if (!current.ok())
            return current.error();
        if (*current > latestVersion()) {
            return invalid(
                QStringLiteral("The database has schema version %1, newer than this server knows (%2). "
                               "Upgrade the server.")
                    .arg(*current)
                    .arg(latestVersion()));
        }
        for (const Migration &m : all()) {
            if (m.version <= *current)
                continue;
            for (const QString &sql : m.statements) {
                if (auto r = db.exec(sql); !r.ok())
                    return r.error();
            }
            auto row =
                db.exec(QStringLiteral(
                            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
                        {m.version, m.description, QDateTime::currentMSecsSinceEpoch()});
            if (!row.ok())
                return row.error();
        }
        return {};
    });
}

} // namespace srs::store
