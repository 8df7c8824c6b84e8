// Usage: bench_checks [rows columns] [--repeat N] [--dense]
//
// Times POST /api/v1/projects/{id}/checks end to end through the API: an in-process
// srs-clearance-server (the test harness: its own data folder and database, mutual TLS on
// loopback, SRS_TEST_BACKEND=sqlite|postgres) is given a generated frequency table and its
// counts file (CSV, 1,000 x 1,000 by default) in a project's workspace; a signed-in researcher's
// client asks for the check over one kept connection, and the time from sending the request to
// having the whole answer is measured. Then the same for POST /submissions with a table that
// passes (validation, snapshot of both files into the blob store, the check on the snapshot,
// and the transaction that stores it all). For each request it also reads how far the process's
// resident memory rose above what it was before (Linux: the peak is reset before each request),
// against the size of the two files (freed heap is handed back to the system first, so that memory
// kept by the allocator from an earlier request does not hide this one's). With --dense, a third
// request submits the dense table with its small cells written 0 (zeros ask for review, so the
// request is taken and its ~80,000 findings are stored). Prints figures; asserts nothing.
#include "ApiHarness.h"
#include "BenchFigures.h"

#include "http/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace srs::testing;

namespace {

// Counts from 10 to 4,999; with `smallCells`, about 1 cell in 1,000 below the threshold and
// 1 in 2,000 zero (as bench_sdc), so the check finds and reports about a thousand cells.
QByteArray generateCsv(int rows, int columns, bool smallCells)
{
    QRandomGenerator rng(20240601);
    QByteArray csv;
    csv.reserve(qsizetype(rows) * columns * 6);
    csv += "Area";
    for (int c = 0; c < columns; ++c)
        csv += ",Column " + QByteArray::number(c + 1);
    csv += '\n';
    for (int r = 0; r < rows; ++r) {
        csv += "Row " + QByteArray::number(r + 1);
        for (int c = 0; c < columns; ++c) {
            const quint32 pick = rng.bounded(2000u);
            const int count = !smallCells || pick >= 3 ? int(rng.bounded(10u, 5000u))
                                                       : (pick == 0 ? 0 : int(rng.bounded(1u, 10u)));
            csv += ',';
            csv += QByteArray::number(count);
        }
        csv += '\n';
    }
    return csv;
}

// A dense fine-grained table (--dense): counts with mean 30, about 8 % of cells below the
// threshold of 10 (each the sum of three exponential draws of mean 10), as a 1,000 x 1,000 table
// of 30 million records; about 3 bytes a cell. `suppressed` is the same table as a researcher
// would submit it, every cell below 10 written [c]; `zeroed` the same with those cells written 0
// (each a zero: review, no exception needed).
void generateDense(int rows, int columns, QByteArray &counts, QByteArray &suppressed, QByteArray &zeroed)
{
    QRandomGenerator rng(20261206);
    counts.clear();
    suppressed.clear();
    counts.reserve(qsizetype(rows) * columns * 3 + 16 * rows);
    suppressed.reserve(counts.capacity());
    zeroed.clear();
    zeroed.reserve(counts.capacity());
    QByteArray header = "Area";
    for (int c = 0; c < columns; ++c)
        header += ",Column " + QByteArray::number(c + 1);
    header += '\n';
    counts += header;
    suppressed += header;
    zeroed += header;
    for (int r = 0; r < rows; ++r) {
        const QByteArray label = "Row " + QByteArray::number(r + 1);
        counts += label;
        suppressed += label;
        zeroed += label;
        for (int c = 0; c < columns; ++c) {
            double sum = 0;
            for (int k = 0; k < 3; ++k)
                sum -= 10.0 * std::log(1.0 - rng.generateDouble());
            const int count = int(sum);
            counts += ',' + QByteArray::number(count);
            suppressed += count < 10 ? QByteArray(",[c]") : ',' + QByteArray::number(count);
            zeroed += count < 10 ? QByteArray(",0") : ',' + QByteArray::number(count);
        }
        counts += '\n';
        suppressed += '\n';
        zeroed += '\n';
    }
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

struct Figures
{
    std::vector<double> ms;
    std::vector<qint64> riseKiB; // peak resident memory above the resident size before, per request
    void start()
    {
#ifdef __GLIBC__
        malloc_trim(0); // what earlier requests freed goes back to the system
#endif
        srs::bench::resetPeakMemory();
        m_before = srs::bench::statusKiB("VmRSS");
    }
    void stop()
    {
        riseKiB.push_back(srs::bench::statusKiB("VmHWM") - m_before);
    }
    QString memory(qint64 filesBytes) const
    {
        if (riseKiB.empty() || m_before < 0)
            return QStringLiteral("not measured here");
        const qint64 first = riseKiB.front();
        const qint64 most = *std::max_element(riseKiB.begin(), riseKiB.end());
        return QStringLiteral("first %1 MiB, most %2 MiB = %3 x the files' %4 MiB")
            .arg(double(first) / 1024, 0, 'f', 1)
            .arg(double(most) / 1024, 0, 'f', 1)
            .arg(double(most) * 1024 / double(filesBytes), 0, 'f', 2)
            .arg(double(filesBytes) / (1024 * 1024), 0, 'f', 1);
    }

    QString line() const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return QStringLiteral("min %1 ms, median %2 ms, max %3 ms (%4 runs)")
            .arg(sorted.front(), 0, 'f', 1)
            .arg(sorted[sorted.size() / 2], 0, 'f', 1)
            .arg(sorted.back(), 0, 'f', 1)
            .arg(sorted.size());
    }

private:
    qint64 m_before = -1;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int rows = 1000, columns = 1000, repeat = 7;
    bool dense = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--dense"))
            dense = true;
        else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (i + 1 < args.size() && args[i].toInt() > 0) {
            rows = args[i].toInt();
            columns = args[++i].toInt();
        }
    }

    srs::server::Log::setMinimumLevel(srs::server::LogLevel::Warning); // no line per request
    ApiHarness api;
    if (!api.start()) {
        out << "cannot start the server: " << api.error() << Qt::endl;
        return 1;
    }
    const QString folder = api.context().workspaceFolder(QStringLiteral("P1"));
    // The checked table is its own counts; the submitted one passes (with --dense: the same table
    // with its small cells suppressed, and its counts).
    QByteArray table = generateCsv(rows, columns, true);
    QByteArray clean = generateCsv(rows, columns, false);
    QByteArray cleanCounts = clean;
    QByteArray zeroed;
    if (dense) {
        generateDense(rows, columns, table, clean, zeroed);
        cleanCounts = table;
    }
    if (!write(folder + QStringLiteral("/bench/table.csv"), table) ||
        !write(folder + QStringLiteral("/bench/counts.csv"), table) ||
        !write(folder + QStringLiteral("/bench/clean.csv"), clean) ||
        !write(folder + QStringLiteral("/bench/clean_counts.csv"), cleanCounts) ||
        (dense && (!write(folder + QStringLiteral("/bench/zeroed.csv"), zeroed) ||
                   !write(folder + QStringLiteral("/bench/zeroed_counts.csv"), zeroed)))) {
        out << "cannot write the workspace files" << Qt::endl;
        return 1;
    }
    const QString token = api.signIn(QStringLiteral("res"), Device::SafeRoom);
    if (token.isEmpty()) {
        out << "cannot sign in" << Qt::endl;
        return 1;
    }
    out << "table: " << rows << " x " << columns << " = " << qint64(rows) * columns << " value cells; table "
        << table.size() / 1024 << " KiB and counts " << table.size() / 1024 << " KiB (CSV); backend "
        << qEnvironmentVariable("SRS_TEST_BACKEND", QStringLiteral("sqlite")) << Qt::endl;

    auto spec = [](const char *file, const char *counts) {
        return QJsonObject{{QStringLiteral("file"), QString::fromLatin1(file)},
                           {QStringLiteral("statistic"), QStringLiteral("frequency")},
                           {QStringLiteral("counts"), QString::fromLatin1(counts)}};
    };
    const QByteArray check =
        QJsonDocument(
            QJsonObject{{QStringLiteral("tables"), QJsonArray{spec("bench/table.csv", "bench/counts.csv")}}})
            .toJson(QJsonDocument::Compact);

    Connection connection;
    Figures checks;
    Reply last;
    for (int i = 0; i <= repeat; ++i) { // the first is a warm-up (connection, caches)
        checks.start();
        QElapsedTimer timer;
        timer.start();
        last = api.call("POST", QStringLiteral("/api/v1/projects/P1/checks"), check, token, Device::SafeRoom,
                        &connection);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        checks.stop();
        if (last.status != 200) {
            out << "check failed: HTTP " << last.status << " " << last.body.left(300) << Qt::endl;
            return 1;
        }
        if (i > 0)
            checks.ms.push_back(ms);
    }
    const QJsonObject item = last.json.value(QStringLiteral("items")).toArray().at(0).toObject();
    out << "POST /checks, 1 table with counts: " << checks.line() << Qt::endl;
    out << "  answer: status " << last.json.value(QStringLiteral("status")).toString() << ", "
        << item.value(QStringLiteral("cells")).toInteger() << " cells checked, "
        << item.value(QStringLiteral("findings_total")).toInteger() << " findings ("
        << item.value(QStringLiteral("findings")).toArray().size() << " listed), " << last.body.size() / 1024
        << " KiB of JSON" << Qt::endl;
    out << "  memory above the resident size before the request: " << checks.memory(2 * table.size())
        << Qt::endl;

    // Submits `file` as an output with `counts` as its supporting file, repeat / 2 times.
    auto submit = [&](const char *file, const char *counts, const QString &controls, qint64 filesBytes,
                      const QString &what) {
        const QJsonObject submission{
            {QStringLiteral("title"), QStringLiteral("Benchmark table")},
            {QStringLiteral("clearance_type"), QStringLiteral("publication")},
            {QStringLiteral("files"),
             QJsonArray{QJsonObject{{QStringLiteral("path"), QString::fromLatin1(file)},
                                    {QStringLiteral("role"), QStringLiteral("output")},
                                    {QStringLiteral("description"), QStringLiteral("A large table")},
                                    {QStringLiteral("destination"), QStringLiteral("A report")}},
                        QJsonObject{{QStringLiteral("path"), QString::fromLatin1(counts)},
                                    {QStringLiteral("role"), QStringLiteral("supporting")}}}},
            {QStringLiteral("tables"), QJsonArray{spec(file, counts)}},
            {QStringLiteral("controls"), controls},
        };
        const QByteArray body = QJsonDocument(submission).toJson(QJsonDocument::Compact);
        Figures submits;
        QString status;
        for (int i = 0; i < std::max(1, repeat / 2); ++i) {
            submits.start();
            QElapsedTimer timer;
            timer.start();
            const Reply r = api.call("POST", QStringLiteral("/api/v1/projects/P1/submissions"), body, token,
                                     Device::SafeRoom, &connection);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            submits.stop();
            if (r.status != 201) {
                out << "submission failed: HTTP " << r.status << " " << r.body.left(300) << Qt::endl;
                return false;
            }
            const QJsonObject answer = r.json.value(QStringLiteral("check")).toObject();
            const QJsonObject first = answer.value(QStringLiteral("items")).toArray().at(0).toObject();
            status = QStringLiteral("%1, %2 findings (%3 listed)")
                         .arg(answer.value(QStringLiteral("status")).toString())
                         .arg(first.value(QStringLiteral("findings_total")).toInteger())
                         .arg(first.value(QStringLiteral("findings")).toArray().size());
            submits.ms.push_back(ms);
        }
        out << "POST /submissions " << what << ": " << submits.line() << Qt::endl;
        out << "  check status " << status
            << "; memory above the resident size before the request: " << submits.memory(filesBytes)
            << Qt::endl;
        return true;
    };
    if (!submit("bench/clean.csv", "bench/clean_counts.csv",
                QStringLiteral("None needed: every cell has at least 10"), clean.size() + cleanCounts.size(),
                dense ? QStringLiteral("(small cells suppressed; validate, snapshot 2 files, check, store)")
                      : QStringLiteral("(validate, snapshot 2 files, check, store)")))
        return 1;
    if (dense &&
        !submit("bench/zeroed.csv", "bench/zeroed_counts.csv",
                QStringLiteral("Small cells written 0: structural zeros, explained"), 2 * zeroed.size(),
                QStringLiteral("(small cells written 0: every zero a finding to store)")))
        return 1;
    return 0;
}
