// Usage: bench_sdc [rows columns] [--repeat N] [--keep DIR] [--csv-only]
// Generates a frequency table and its counts (CSV, and an XLSX of the same), then times
// reading both files from disk, parsing, and checking (rules 1-8, report built) on one thread.
#include "SdcTestSupport.h"

#include "sdc/ReportWriter.h"
#include "sdc/SubmissionChecker.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace srs::sdc;

namespace {

// Counts from 10 to 4,999, with about 1 cell in 1,000 below the threshold (so the check finds
// and reports about a thousand cells) and about 1 in 2,000 zero.
std::vector<int> generateCounts(int rows, int columns)
{
    QRandomGenerator rng(20240601);
    std::vector<int> counts(static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns));
    for (int &c : counts) {
        const quint32 r = rng.bounded(2000u);
        c = r == 0 ? 0
                   : (r < 3 ? static_cast<int>(rng.bounded(1u, 10u))
                            : static_cast<int>(rng.bounded(10u, 5000u)));
    }
    return counts;
}

QByteArray toCsv(const std::vector<int> &counts, int rows, int columns)
{
    QByteArray csv;
    csv.reserve(static_cast<qsizetype>(counts.size()) * 6);
    csv += "Area";
    for (int c = 0; c < columns; ++c)
        csv += ",Column " + QByteArray::number(c + 1);
    csv += '\n';
    for (int r = 0; r < rows; ++r) {
        csv += "Row " + QByteArray::number(r + 1);
        for (int c = 0; c < columns; ++c) {
            csv += ',';
            csv += QByteArray::number(counts[static_cast<std::size_t>(r) * static_cast<std::size_t>(columns) +
                                             static_cast<std::size_t>(c)]);
        }
        csv += '\n';
    }
    return csv;
}

QList<QStringList> toRows(const std::vector<int> &counts, int rows, int columns)
{
    QList<QStringList> out;
    QStringList header{QStringLiteral("Area")};
    for (int c = 0; c < columns; ++c)
        header << QStringLiteral("Column %1").arg(c + 1);
    out << header;
    for (int r = 0; r < rows; ++r) {
        QStringList row{QStringLiteral("Row %1").arg(r + 1)};
        for (int c = 0; c < columns; ++c)
            row << QString::number(counts[static_cast<std::size_t>(r) * static_cast<std::size_t>(columns) +
                                          static_cast<std::size_t>(c)]);
        out << row;
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

FileResolver diskResolver(const QDir &dir)
{
    return [dir](const QString &name) -> Result<QByteArray> {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::FileNotFound, name);
        return f.readAll();
    };
}

// CPU time of this thread: what one core delivered, whatever else the machine is running.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Timing
{
    double bestSeconds = 1e9; // wall clock
    double bestCpuSeconds = 1e9;
    qsizetype cells = 0;
    int findings = 0;
    QString status;
};

Timing timeCheck(const TableSpec &spec, const QDir &dir, int repeat, bool withJson)
{
    Timing t;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuSeconds();
        timer.start();
        const Report report = checkSubmission({spec}, RiskProfile{}, diskResolver(dir));
        qsizetype jsonBytes = 0;
        if (withJson) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            ReportWriter::writeJson(report, buffer);
            jsonBytes = buffer.size();
        }
        const double s = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        t.bestSeconds = std::min(t.bestSeconds, s);
        t.bestCpuSeconds = std::min(t.bestCpuSeconds, threadCpuSeconds() - cpuStart);
        t.cells = report.files.first().cells;
        t.findings = static_cast<int>(report.files.first().findingCount());
        t.status = statusName(report.status());
        if (report.files.first().error)
            t.status = report.files.first().error->message;
        Q_UNUSED(jsonBytes)
    }
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int rows = 1000;
    int columns = 1000;
    int repeat = 5;
    QString keep;
    bool csvOnly = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = args[++i].toInt();
        else if (args[i] == QLatin1String("--csv-only"))
            csvOnly = true;
        else if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
        else if (i + 1 < args.size()) {
            rows = args[i].toInt();
            columns = args[++i].toInt();
        }
    }
    QTemporaryDir temp;
    const QDir dir(keep.isEmpty() ? temp.path() : keep);
    QDir().mkpath(dir.path());
    QTextStream out(stdout);

    const std::vector<int> counts = generateCounts(rows, columns);
    const QByteArray csv = toCsv(counts, rows, columns);
    // The published table and its counts are the same numbers for an unweighted frequency
    // table, but they are two files and both are read and parsed.
    writeFile(dir.filePath(QStringLiteral("table.csv")), csv);
    writeFile(dir.filePath(QStringLiteral("counts.csv")), csv);
    out << QStringLiteral(
               "bench_sdc: %1 x %2 frequency table (%3 cells), CSV %4 MB per file, best of %5 runs\n")
               .arg(rows)
               .arg(columns)
               .arg(static_cast<qint64>(rows) * columns)
               .arg(static_cast<double>(csv.size()) / 1e6, 0, 'f', 2)
               .arg(repeat);
    out.flush();

    auto csvSpec = tableSpecFromJson({{QStringLiteral("file"), QStringLiteral("table.csv")},
                                      {QStringLiteral("statistic"), QStringLiteral("frequency")},
                                      {QStringLiteral("counts"), QStringLiteral("counts.csv")}},
                                     QStringLiteral("bench"));
    const double csvMb = 2.0 * static_cast<double>(csv.size()) / 1e6;
    for (bool withJson : {false, true}) {
        const Timing t = timeCheck(csvSpec.value(), dir, repeat, withJson);
        out << QStringLiteral("CSV  %1: cpu %2 s = %3 M cells/s, %4 MB/s (table + counts); wall %5 s = %6 M "
                              "cells/s; %7 findings, status %8\n")
                   .arg(withJson ? QStringLiteral("read+parse+check+JSON")
                                 : QStringLiteral("read+parse+check     "))
                   .arg(t.bestCpuSeconds, 0, 'f', 4)
                   .arg(static_cast<double>(t.cells) / t.bestCpuSeconds / 1e6, 0, 'f', 1)
                   .arg(csvMb / t.bestCpuSeconds, 0, 'f', 1)
                   .arg(t.bestSeconds, 0, 'f', 4)
                   .arg(static_cast<double>(t.cells) / t.bestSeconds / 1e6, 0, 'f', 1)
                   .arg(t.findings)
                   .arg(t.status);
        out.flush();
    }

    if (csvOnly)
        return 0;
    const QByteArray xlsx =
        srs::sdc::test::writeXlsx({{QStringLiteral("Table"), toRows(counts, rows, columns)}});
    writeFile(dir.filePath(QStringLiteral("table.xlsx")), xlsx);
    writeFile(dir.filePath(QStringLiteral("counts.xlsx")), xlsx);
    auto xlsxSpec = tableSpecFromJson({{QStringLiteral("file"), QStringLiteral("table.xlsx")},
                                       {QStringLiteral("statistic"), QStringLiteral("frequency")},
                                       {QStringLiteral("counts"), QStringLiteral("counts.xlsx")}},
                                      QStringLiteral("bench"));
    const Timing x = timeCheck(xlsxSpec.value(), dir, std::max(1, repeat / 2), false);
    out << QStringLiteral("XLSX read+parse+check     : cpu %1 s = %2 M cells/s, %3 MB/s of .xlsx (%4 MB per "
                          "file); wall %7 s; %5 findings, status %6\n")
               .arg(x.bestCpuSeconds, 0, 'f', 4)
               .arg(static_cast<double>(x.cells) / x.bestCpuSeconds / 1e6, 0, 'f', 2)
               .arg(2.0 * static_cast<double>(xlsx.size()) / 1e6 / x.bestCpuSeconds, 0, 'f', 1)
               .arg(static_cast<double>(xlsx.size()) / 1e6, 0, 'f', 2)
               .arg(x.findings)
               .arg(x.status)
               .arg(x.bestSeconds, 0, 'f', 4);
    return 0;
}
