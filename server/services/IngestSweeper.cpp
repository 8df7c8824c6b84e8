#include "IngestSweeper.h"

#include "IngestReviewService.h"
#include "IngestService.h"

#include <QLoggingCategory>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcIngestReview)

namespace srs::server {

struct IngestSweeper::Thread
{
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
};

IngestSweeper::IngestSweeper(ServerContext &context) : m_context(context) {}

IngestSweeper::~IngestSweeper()
{
    stop();
}

void IngestSweeper::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<Thread>();
    m_thread->thread = std::thread([this] {
        const auto interval = std::chrono::seconds(m_context.config().ingestSweepSeconds);
        IngestService ingests(m_context);
        IngestReviewService reviews(m_context, ingests);
        for (;;) {
            if (auto swept = reviews.sweep(); !swept)
                qCWarning(lcIngestReview, "the ingest sweep failed: %s",
                          qUtf8Printable(swept.error().message));
            std::unique_lock lock(m_thread->mutex);
            if (m_thread->wake.wait_for(lock, interval, [this] { return m_thread->stopping; }))
                break;
        }
        m_context.database().releaseThreadConnection();
    });
}

void IngestSweeper::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_thread->mutex);
        m_thread->stopping = true;
    }
    m_thread->wake.notify_all();
    m_thread->thread.join();
    m_thread.reset();
}

} // namespace srs::server
