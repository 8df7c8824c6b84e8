// Usage: bench_release_diff [--releases N] [--tables-per-release K] [--rows R] [--columns C] [--repeat N]
//
// Differencing against earlier releases at scale: a project releases N x K tables (40 x 25 =
// 1,000 by default, each R x C = 20 x 10 counts with the same row and column labels, the worst
// case: every released table is over the new table's variables and is compared line by line),
// through the real routes of an in-process srs-clearance-server (the API tests' harness: mutual
// TLS on loopback, SRS_TEST_BACKEND=sqlite|postgres). Then it times:
//   * POST /checks of one such table before any release and after the N x K releases (the time
//     the comparison adds to a check, end to end);
//   * the comparison alone (ReleaseDifferencing's lookup by index and rule 7's comparison with
//     every released table found), in process;
//   * summarising the N releases again from their snapshots, as for releases made before
//     summaries were kept (once per release, at the project's next check).
// Prints figures; asserts nothing.
#include "ApiHarness.h"

#include "BenchFigures.h"

#include "http/Log.h"
#include "sdc/PopulationSummary.h"
#include "sdc/SubmissionChecker.h"
#include "services/ReleaseDifferencing.h"
#include "store/Database.h"
#include "store/ReleaseSummaryRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <time.h>

using namespace srs::testing;

namespace {

QByteArray table(int rows, int columns, QRandomGenerator &rng)
{
    QByteArray csv = "Area";
    for (int c = 0; c < columns; ++c)
        csv += ",Group " + QByteArray::number(c + 1);
    csv += '\n';
    for (int r = 0; r < rows; ++r) {
        csv += "Area " + QByteArray::number(r + 1);
        for (int c = 0; c < columns; ++c)
            csv += ',' + QByteArray::number(rng.bounded(10u, 5000u));
        csv += '\n';
    }
    return csv;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject spec(const QString &file, const QString &counts)
{
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("statistic"), QStringLiteral("frequency")},
                       {QStringLiteral("counts"), counts}};
}

// This thread's CPU time in ms: what the work costs whatever else the machine runs.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QString figures(const std::vector<double> &ms)
{
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    return QStringLiteral("min %1 ms, median %2 ms, max %3 ms (%4 runs)")
        .arg(sorted.front(), 0, 'f', 2)
        .arg(srs::bench::median(ms), 0, 'f', 2)
        .arg(sorted.back(), 0, 'f', 2)
        .arg(sorted.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int releases = 40, perRelease = 25, rows = 20, columns = 10, repeat = 11;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const int v = std::max(1, args[i + 1].toInt());
        if (args[i] == QLatin1String("--releases"))
            releases = v;
        else if (args[i] == QLatin1String("--tables-per-release"))
            perRelease = std::min(v, 25); // a request holds at most 50 files: 25 tables and their counts
        else if (args[i] == QLatin1String("--rows"))
            rows = v;
        else if (args[i] == QLatin1String("--columns"))
            columns = v;
        else if (args[i] == QLatin1String("--repeat"))
            repeat = v;
    }

    srs::server::Log::setMinimumLevel(srs::server::LogLevel::Warning);
    ApiHarness api;
    if (!api.start()) {
        out << "cannot start the server: " << api.error() << Qt::endl;
        return 1;
    }
    const QString folder = api.context().workspaceFolder(QStringLiteral("P1"));
    QRandomGenerator rng(20261206);
    const QByteArray checked = table(rows, columns, rng);
    if (!write(folder + QStringLiteral("/bench/new.csv"), checked) ||
        !write(folder + QStringLiteral("/bench/new_counts.csv"), checked)) {
        out << "cannot write the workspace files" << Qt::endl;
        return 1;
    }
    QHash<QString, QString> tokens;
    for (const QString &user :
         {QStringLiteral("res"), QStringLiteral("checker"), QStringLiteral("checker2")}) {
        api.advance(30);
        tokens.insert(user, api.signIn(user, Device::SafeRoom));
        if (tokens.value(user).isEmpty()) {
            out << "cannot sign in as " << user << Qt::endl;
            return 1;
        }
    }
    Connection connection;
    auto call = [&](const QByteArray &method, const QString &path, const QString &user,
                    const QJsonObject &body) {
        return api.call(method, path, body.isEmpty() ? QByteArray("") : json(body), tokens.value(user),
                        Device::SafeRoom, &connection);
    };
    const QJsonObject check{
        {QStringLiteral("tables"),
         QJsonArray{spec(QStringLiteral("bench/new.csv"), QStringLiteral("bench/new_counts.csv"))}}};
    auto timeChecks = [&](std::vector<double> &ms, Reply &last) {
        for (int i = 0; i <= repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            last = call("POST", QStringLiteral("/api/v1/projects/P1/checks"), QStringLiteral("res"), check);
            if (i > 0)
                ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (last.status != 200)
                return false;
        }
        return true;
    };

    out << "backend " << qEnvironmentVariable("SRS_TEST_BACKEND", QStringLiteral("sqlite")) << "; "
        << releases << " releases x " << perRelease << " tables = " << releases * perRelease
        << " released tables of " << rows << " x " << columns << ", all with the checked table's labels"
        << Qt::endl;
    std::vector<double> before;
    Reply last;
    if (!timeChecks(before, last)) {
        out << "check failed: HTTP " << last.status << " " << last.body.left(300) << Qt::endl;
        return 1;
    }
    out << "POST /checks before any release: " << figures(before) << Qt::endl;

    QElapsedTimer releasing;
    releasing.start();
    for (int r = 0; r < releases; ++r) {
        QJsonArray files, tables, votes;
        for (int t = 0; t < perRelease; ++t) {
            const QString path = QStringLiteral("released/r%1/t%2.csv").arg(r).arg(t);
            const QString counts = QStringLiteral("released/r%1/t%2_counts.csv").arg(r).arg(t);
            const QByteArray bytes = table(rows, columns, rng);
            if (!write(folder + u'/' + path, bytes) || !write(folder + u'/' + counts, bytes))
                return 1;
            files.append(QJsonObject{{QStringLiteral("path"), path},
                                     {QStringLiteral("role"), QStringLiteral("output")},
                                     {QStringLiteral("description"), QStringLiteral("A table")},
                                     {QStringLiteral("destination"), QStringLiteral("A report")}});
            files.append(QJsonObject{{QStringLiteral("path"), counts},
                                     {QStringLiteral("role"), QStringLiteral("supporting")}});
            tables.append(spec(path, counts));
            for (const QString &p : {path, counts})
                votes.append(QJsonObject{{QStringLiteral("path"), p},
                                         {QStringLiteral("decision"), QStringLiteral("approve")},
                                         {QStringLiteral("shared_comment"), QString()},
                                         // The reason the service asks for should a table fail a check.
                                         {QStringLiteral("internal_comment"),
                                          QStringLiteral("Benchmark tables, approved to time the checks.")}});
        }
        const Reply made =
            call("POST", QStringLiteral("/api/v1/projects/P1/submissions"), QStringLiteral("res"),
                 QJsonObject{{QStringLiteral("title"), QStringLiteral("Monthly tables")},
                             {QStringLiteral("clearance_type"), QStringLiteral("publication")},
                             {QStringLiteral("files"), files},
                             {QStringLiteral("tables"), tables},
                             {QStringLiteral("controls"), QStringLiteral("None needed")}});
        if (made.status != 201) {
            out << "submission failed: HTTP " << made.status << " " << made.body.left(300) << Qt::endl;
            return 1;
        }
        const QString id = made.json.value(QStringLiteral("id")).toString();
        for (const QString &checker : {QStringLiteral("checker"), QStringLiteral("checker2")}) {
            const Reply claimed =
                call("POST", QStringLiteral("/api/v1/submissions/%1/reviews").arg(id), checker, {});
            const Reply voted =
                call("PUT", QStringLiteral("/api/v1/submissions/%1/reviews/mine").arg(id), checker,
                     QJsonObject{{QStringLiteral("files"), votes}, {QStringLiteral("summary"), QString()}});
            if (claimed.status != 201 || voted.status != 200) {
                out << "review failed: HTTP " << claimed.status << "/" << voted.status << " "
                    << voted.body.left(300) << Qt::endl;
                return 1;
            }
        }
        const Reply released = call("POST", QStringLiteral("/api/v1/submissions/%1/release").arg(id),
                                    QStringLiteral("checker"), {});
        if (released.status != 201) {
            out << "release failed: HTTP " << released.status << " " << released.body.left(300) << Qt::endl;
            return 1;
        }
    }
    out << "made " << releases << " releases through the API in " << releasing.elapsed() / 1000.0 << " s"
        << Qt::endl;

    std::vector<double> after;
    if (!timeChecks(after, last)) {
        out << "check failed: HTTP " << last.status << " " << last.body.left(300) << Qt::endl;
        return 1;
    }
    qint64 differencing = 0;
    for (const QJsonValue &f : last.json.value(QStringLiteral("items"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("findings"))
                                   .toArray())
        differencing +=
            f.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("release-differencing");
    out << "POST /checks after " << releases * perRelease << " released tables: " << figures(after)
        << Qt::endl;
    out << "  added per check (median after - median before): "
        << QString::number(srs::bench::median(after) - srs::bench::median(before), 'f', 2) << " ms; "
        << differencing << " release-differencing findings listed" << Qt::endl;

    // The comparison alone, in process, on the table as the check reads it.
    srs::server::ReleaseDifferencing differencingService(api.context());
    const auto compare = differencingService.comparer(QStringLiteral("P1"), srs::sdc::RiskProfile{});
    auto parsed = srs::sdc::tableSpecFromJson(spec(QStringLiteral("new.csv"), QStringLiteral("new.csv")),
                                              QStringLiteral("spec"));
    auto input = srs::sdc::loadTableInput(
        parsed.value(), [&](const QString &) { return srs::sdc::Result<QByteArray>(checked); });
    if (!input) {
        out << "cannot read the table" << Qt::endl;
        return 1;
    }
    std::vector<double> alone, aloneCpu;
    qsizetype findings = 0;
    for (int i = 0; i <= repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        findings = compare(parsed.value(), input.value(), srs::sdc::Margins{}).size();
        if (i > 0) {
            alone.push_back(double(timer.nsecsElapsed()) / 1e6);
            aloneCpu.push_back(threadCpuMs() - cpu);
        }
    }
    out << "the comparison alone (indexed lookup of " << releases * perRelease
        << " summaries, rule 7 with each): wall " << figures(alone) << "; CPU " << figures(aloneCpu) << "; "
        << findings << " findings" << Qt::endl;

    // Of which the indexed lookup (one statement, the released tables' rows read).
    const auto summary = srs::sdc::PopulationSummary::of(input.value().counts, {}, {});
    std::vector<double> lookup, lookupCpu;
    for (int i = 0; i <= repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        auto found = srs::store::ReleaseSummaryRepository(api.context().database())
                         .overSameVariables(QStringLiteral("P1"),
                                            {summary.rows.setKey(), summary.columns.setKey(), {}});
        if (!found)
            return 1;
        if (i > 0) {
            lookup.push_back(double(timer.nsecsElapsed()) / 1e6);
            lookupCpu.push_back(threadCpuMs() - cpu);
        }
    }
    out << "  of which the lookup: wall " << figures(lookup) << "; CPU " << figures(lookupCpu) << Qt::endl;

    // Summarising again, as for releases made before summaries were kept.
    srs::store::Database &db = api.context().database();
    for (const char *sql : {"DELETE FROM release_summary_keys", "DELETE FROM release_table_summaries",
                            "DELETE FROM release_summary_state"}) {
        if (!db.exec(QString::fromLatin1(sql)).ok())
            return 1;
    }
    QElapsedTimer backfill;
    backfill.start();
    if (!differencingService.backfill(QStringLiteral("P1"))) {
        out << "backfill failed" << Qt::endl;
        return 1;
    }
    out << "summarising " << releases << " earlier releases (" << releases * perRelease
        << " tables) from their snapshots, once: " << backfill.elapsed() << " ms" << Qt::endl;
    out << "peak memory " << srs::bench::peakMemory() << Qt::endl;
    return 0;
}
