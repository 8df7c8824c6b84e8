// Usage: bench_checks [rows columns] [--repeat N]
//
// Times POST /api/v1/projects/{id}/checks end to end through the API: an in-process
// srs-clearance-server (the test harness: its own data folder and database, mutual TLS on
// loopback, SRS_TEST_BACKEND=sqlite|postgres) is given a generated frequency table and its
// counts file (CSV, 1,000 x 1,000 by default) in a project's workspace; a signed-in researcher's
// client asks for the check over one kept connection, and the time from sending the request to
// having the whole answer is measured. Then the same for POST /submissions with a table that
// passes (validation, snapshot of both files into the blob store, the check on the snapshot,
// and the transaction that stores it all). Prints figures; asserts nothing.
#include "ApiHarness.h"

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
#include <vector>

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

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

struct Figures
{
    std::vector<double> ms;
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
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int rows = 1000, columns = 1000, repeat = 7;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
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
    const QByteArray table = generateCsv(rows, columns, true);
    const QByteArray clean = generateCsv(rows, columns, false);
    if (!write(folder + QStringLiteral("/bench/table.csv"), table) ||
        !write(folder + QStringLiteral("/bench/counts.csv"), table) ||
        !write(folder + QStringLiteral("/bench/clean.csv"), clean) ||
        !write(folder + QStringLiteral("/bench/clean_counts.csv"), clean)) {
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
        QElapsedTimer timer;
        timer.start();
        last = api.call("POST", QStringLiteral("/api/v1/projects/P1/checks"), check, token, Device::SafeRoom,
                        &connection);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
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

    const QJsonObject submission{
        {QStringLiteral("title"), QStringLiteral("Benchmark table")},
        {QStringLiteral("clearance_type"), QStringLiteral("publication")},
        {QStringLiteral("files"),
         QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("bench/clean.csv")},
                                {QStringLiteral("role"), QStringLiteral("output")},
                                {QStringLiteral("description"), QStringLiteral("A large table")},
                                {QStringLiteral("destination"), QStringLiteral("A report")}},
                    QJsonObject{{QStringLiteral("path"), QStringLiteral("bench/clean_counts.csv")},
                                {QStringLiteral("role"), QStringLiteral("supporting")}}}},
        {QStringLiteral("tables"), QJsonArray{spec("bench/clean.csv", "bench/clean_counts.csv")}},
        {QStringLiteral("controls"), QStringLiteral("None needed: every cell has at least 10")},
    };
    const QByteArray body = QJsonDocument(submission).toJson(QJsonDocument::Compact);
    Figures submits;
    for (int i = 0; i < std::max(1, repeat / 2); ++i) {
        QElapsedTimer timer;
        timer.start();
        const Reply r = api.call("POST", QStringLiteral("/api/v1/projects/P1/submissions"), body, token,
                                 Device::SafeRoom, &connection);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (r.status != 201) {
            out << "submission failed: HTTP " << r.status << " " << r.body.left(300) << Qt::endl;
            return 1;
        }
        submits.ms.push_back(ms);
    }
    out << "POST /submissions (validate, snapshot 2 files, check, store): " << submits.line() << Qt::endl;
    return 0;
}
