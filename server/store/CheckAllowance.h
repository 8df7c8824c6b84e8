#pragma once

#include "StoreResult.h"

#include <QDateTime>
#include <QString>

namespace srs::store {

class Database;

// How many checks each person may run, and how many bytes of workspace files they may have read
// for them, in a fixed window of time. The checks answer a researcher's client with findings,
// which say something about the files however carefully they are worded (that a cell is small,
// that a label exists): the allowance bounds how fast anything can be learnt that way. Kept in
// the database, so several server instances share one allowance per person.
class CheckAllowance
{
public:
    struct Limits
    {
        int runsPerWindow = 60;
        qint64 bytesPerWindow = 4LL * 1024 * 1024 * 1024;
        qint64 windowSeconds = 600;
    };
    struct Grant
    {
        bool allowed = false;
        qint64 bytesLeft = 0; // what this run may read
        QDateTime retryAt;    // when refused: when the window ends
        int runsUsed = 0;     // in this window, this run included when allowed
    };

    CheckAllowance(Database &db, Limits limits) : m_db(db), m_limits(limits) {}

    // Takes one run from the person's allowance, or says when they may try again (out of runs,
    // or of bytes).
    [[nodiscard]] Result<Grant> take(const QString &userId, const QDateTime &now);
    // Counts the bytes a run read against the window it was granted in.
    [[nodiscard]] Status addBytes(const QString &userId, qint64 bytes);

private:
    Database &m_db;
    Limits m_limits;
};

} // namespace srs::store
