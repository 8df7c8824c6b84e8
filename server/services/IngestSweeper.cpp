#include "IngestSweeper.h"

#include "IngestReviewService.h"
#include "IngestService.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcIngestReview)

namespace srs::server {

IngestSweeper::IngestSweeper(ServerContext &context)
    : m_context(context), m_thread(
                              context.database(), std::chrono::seconds(context.config().ingestSweepSeconds),
                              [this] {
                                  IngestService ingests(m_context);
                                  IngestReviewService reviews(m_context, ingests);
                                  if (auto swept = reviews.sweep(); !swept)
                                      qCWarning(lcIngestReview, "the ingest sweep failed: %s",
                                                qUtf8Printable(swept.error().message));
                              },
                              QStringLiteral("ingest-sweep"))
{}

IngestSweeper::~IngestSweeper() = default;

void IngestSweeper::start()
{
    m_thread.start();
}

void IngestSweeper::stop()
{
    m_thread.stop();
}

} // namespace srs::server
