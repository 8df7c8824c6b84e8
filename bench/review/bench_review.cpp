// bench_review: the checkers' screens at scale, offscreen.
//   queue:  10,000 requests: build the model and show the view (first paint included), then
//           filter keystrokes (the proxy's filter and the repaint).
//   table:  a 1,000 x 1,000 CSV held in memory: read, model (with the previous round's cell
//           diff), first paint; then a scroll through the whole table a viewport at a time,
//           timing each synchronous repaint and counting the data() calls it makes.
//   cache:  the same queue as the client keeps it (one document in the encrypted SQLCipher cache):
//           read it, decode it, build the model and show the view, as the checkers' tab does
//           when it opens before the server has answered.
// Prints figures; never asserts on time.

#include "BenchFigures.h"

#include "cache/CacheFolder.h"
#include "cache/MetadataCache.h"
#include "crypto/SecureBuffer.h"
#include "ui/review/ReviewQueueFilter.h"
#include "ui/review/ReviewQueueModel.h"
#include "ui/review/ReviewQueueView.h"
#include "ui/review/TablePreviewModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace srs;
using bench::median;
using bench::peakMemory;
using bench::worst;

namespace {

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

QList<protocol::ReviewQueueItem> queue(int count)
{
    static const char *const Words[] = {"Mortality",  "Housing",  "Deprivation",
                                        "Income",     "Schools",  "Hospital admissions",
                                        "Employment", "Migration"};
    QList<protocol::ReviewQueueItem> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        protocol::ReviewQueueItem q;
        q.id = QStringLiteral("R-%1").arg(i + 1);
        q.projectId = QStringLiteral("P-2026-%1").arg(i % 300, 4, 10, QLatin1Char('0'));
        q.projectTitle = QStringLiteral("%1 study %2").arg(QLatin1String(Words[i % 8])).arg(i % 300);
        q.title =
            QStringLiteral("%1 tables by region, round %2").arg(QLatin1String(Words[(i * 7) % 8])).arg(i % 5);
        q.clearanceType = static_cast<domain::ClearanceType>(i % 3);
        q.state = i % 4 == 0 ? domain::SubmissionState::InReview : domain::SubmissionState::Submitted;
        q.round = 1 + i % 3;
        q.files = 1 + i % 17;
        q.worstFinding = QLatin1String(i % 3 == 0 ? "fail" : i % 3 == 1 ? "review" : "pass");
        q.exceptions = i % 4;
        q.workingDaysWaiting = i % 11;
        q.reviewers = i % 3;
        q.claimedByMe = i % 13 == 0;
        out.append(q);
    }
    return out;
}

QByteArray csv(int rows, int columns, int salt)
{
    QByteArray out = "Area";
    out.reserve(static_cast<qsizetype>(rows) * columns * 5);
    for (int c = 1; c <= columns; ++c)
        out += ",c" + QByteArray::number(c);
    out += '\n';
    for (int r = 1; r <= rows; ++r) {
        out += 'r' + QByteArray::number(r);
        for (int c = 1; c <= columns; ++c) {
            const int v = (r * 7 + c * 3 + ((r * c) % 211 == 0 ? salt : 0)) % 997;
            out += ',' + QByteArray::number(v);
        }
        out += '\n';
    }
    return out;
}

void queueFigures(int count, int repeat)
{
    const QList<protocol::ReviewQueueItem> items = queue(count);
    std::vector<double> shows, models, keys;
    QString worstKey;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer t;
        t.start();
        ui::ReviewQueueView view;
        view.resize(1280, 800);
        view.setItems(items);
        const double modelMs = ms(t);
        view.show();
        view.list()->viewport()->repaint();
        QApplication::processEvents();
        shows.push_back(ms(t));
        models.push_back(modelMs);
        if (run + 1 < repeat)
            continue;
        // Keystrokes: what a checker types to find requests, one character at a time, then back.
        auto *edit = view.findChild<QLineEdit *>(QStringLiteral("queueFilterLineEdit"));
        for (const QString &word :
             {QStringLiteral("R-12"), QStringLiteral("housing"), QStringLiteral("P-2026-01")}) {
            auto type = [&](const QString &text) {
                t.restart();
                edit->setText(text);
                view.list()->viewport()->repaint();
                keys.push_back(ms(t));
                if (keys.back() >= worst(keys))
                    worstKey = text;
            };
            for (qsizetype n = 1; n <= word.size(); ++n)
                type(word.left(n));
            for (qsizetype n = word.size() - 1; n >= 0; --n)
                type(word.left(n));
        }
    }
    std::printf("queue, %d requests\n", count);
    std::printf(
        "  build model + show:  median %.1f ms, worst %.1f ms over %d runs (model alone median %.1f ms)\n",
        median(shows), worst(shows), repeat, median(models));
    std::printf(
        "  filter keystroke:    median %.2f ms, worst %.2f ms (%zu keystrokes, with the repaint; worst "
        "at \"%s\")\n",
        median(keys), worst(keys), keys.size(), qPrintable(worstKey));
}

int cacheFigures(int count, int repeat)
{
    QTemporaryDir dir;
    const cache::CacheFolder folder(dir.filePath(QStringLiteral("caches")));
    const cache::CacheIdentity who{QStringLiteral("bench.checker"), QStringLiteral("https://127.0.0.1:1")};
    const crypto::SecureBuffer key = crypto::SecureBuffer::fromBytes(QByteArray(32, 'k'));
    auto opened = cache::MetadataCache::open(folder, who, key);
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot create the cache: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    protocol::ReviewQueue q;
    q.generatedAt = QDateTime::currentDateTimeUtc();
    q.items = queue(count);
    const QByteArray body = q.toJson();
    if (Status s = opened->cache->saveDocument({QStringLiteral("review-queue"), q.generatedAt, body});
        !s.ok()) {
        std::fprintf(stderr, "cannot keep the queue: %s\n", qPrintable(s.error().message));
        return 1;
    }
    std::vector<double> reads, decodes, shows;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer t;
        t.start();
        auto doc = opened->cache->document(QStringLiteral("review-queue"));
        if (!doc.ok() || !doc->has_value())
            return 1;
        reads.push_back(ms(t));
        auto decoded = protocol::ReviewQueue::fromJson((*doc)->body);
        if (!decoded.ok())
            return 1;
        decodes.push_back(ms(t));
        ui::ReviewQueueView view;
        view.resize(1280, 800);
        view.setItems(decoded->items);
        view.show();
        view.list()->viewport()->repaint();
        QApplication::processEvents();
        shows.push_back(ms(t));
    }
    std::printf("queue from the encrypted cache, %d requests (%.1f MB of JSON)\n", count,
                static_cast<double>(body.size()) / 1e6);
    std::printf("  read:                median %.1f ms\n", median(reads));
    std::printf("  read + decode:       median %.1f ms\n", median(decodes));
    std::printf("  read + decode + model + show: median %.1f ms, worst %.1f ms over %d runs\n", median(shows),
                worst(shows), repeat);
    return 0;
}

void tableFigures(int rows, int columns)
{
    const QByteArray bytes = csv(rows, columns, 0);
    const QByteArray previousBytes = csv(rows, columns, 5);
    std::printf("table, %d x %d cells (%.1f MB CSV, in memory)\n", rows, columns, bytes.size() / 1e6);
    QElapsedTimer t;
    t.start();
    auto read = ui::readPreviewTable(bytes, QStringLiteral("big.csv"), {});
    const double readMs = ms(t);
    if (!read.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(read.error().message));
        return;
    }
    auto previous = ui::readPreviewTable(previousBytes, QStringLiteral("big.csv"), {});
    protocol::CheckFindingInfo f;
    f.rule = QStringLiteral("threshold");
    f.outcome = QStringLiteral("fail");
    f.path = QStringLiteral("big.csv");
    f.rowLabel = QStringLiteral("r3");
    f.columnLabel = QStringLiteral("c4");
    f.message = QStringLiteral("Fewer than 10 people.");
    ui::TablePreviewModel model;
    t.restart();
    model.setTable(std::move(read).value(), {f});
    const double modelMs = ms(t);
    t.restart();
    model.setPrevious(std::move(previous).value().table);
    const double diffMs = ms(t);

    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.horizontalHeader()->setDefaultSectionSize(110);
    view.setWordWrap(false);
    view.resize(1280, 800);
    t.restart();
    view.setModel(&model);
    view.show();
    view.viewport()->repaint();
    QApplication::processEvents();
    const double firstPaintMs = ms(t);
    std::printf("  read (CsvReader):    %.0f ms\n", readMs);
    std::printf("  model:               %.1f ms, cell diff with the previous round %.0f ms (%s)\n", modelMs,
                diffMs, qPrintable(model.changeSummary()));
    std::printf("  open to first paint: %.0f ms (read + model + diff + view)\n",
                readMs + modelMs + diffMs + firstPaintMs);
    std::printf("  compact storage:     %.1f MB for both rounds and the diff\n", model.storageBytes() / 1e6);

    // Scroll through the whole table: every viewport, row band by row band.
    QScrollBar *vertical = view.verticalScrollBar();
    QScrollBar *horizontal = view.horizontalScrollBar();
    std::vector<double> paints;
    std::vector<double> calls;
    std::vector<double> cells;
    for (int v = vertical->minimum();; v = std::min(vertical->maximum(), v + vertical->pageStep())) {
        vertical->setValue(v);
        for (int h = horizontal->minimum();;
             h = std::min(horizontal->maximum(), h + horizontal->pageStep())) {
            horizontal->setValue(h);
            model.resetRequestCounter();
            t.restart();
            view.viewport()->repaint();
            paints.push_back(ms(t));
            calls.push_back(static_cast<double>(model.dataCalls()));
            const QRect asked = model.requestedCells();
            cells.push_back(static_cast<double>(asked.width()) * asked.height());
            if (h == horizontal->maximum())
                break;
        }
        if (v == vertical->maximum())
            break;
    }
    std::printf("  scroll, %zu viewport steps over the whole table (%dx%d px):\n", paints.size(),
                view.viewport()->width(), view.viewport()->height());
    std::printf("    paint per step:    median %.2f ms, worst %.2f ms\n", median(paints), worst(paints));
    std::printf("    data() per paint:  median %.0f, worst %.0f (cells asked for: median %.0f of %lld)\n",
                median(calls), worst(calls), median(cells), static_cast<long long>(rows) * columns);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int requests = 10'000;
    int repeat = 5;
    int side = 1000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--requests") && i + 1 < args.size())
            requests = args[++i].toInt();
        else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = args[++i].toInt();
        else if (args[i] == QLatin1String("--side") && i + 1 < args.size())
            side = args[++i].toInt();
        else {
            std::fprintf(stderr, "usage: bench_review [--requests N] [--repeat N] [--side N]\n");
            return 2;
        }
    }
    std::printf("bench_review (QPA %s)\n", qPrintable(QGuiApplication::platformName()));
    queueFigures(requests, std::max(1, repeat));
    if (cacheFigures(requests, std::max(1, repeat)) != 0)
        return 1;
    tableFigures(side, side);
    std::printf("peak memory:           %s\n", qPrintable(peakMemory()));
    return 0;
}
