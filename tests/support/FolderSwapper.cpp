#include "FolderSwapper.h"

#include <QDeadlineTimer>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace srs::testing {

namespace {

bool exchange(const QByteArray &a, const QByteArray &b)
{
    return ::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_EXCHANGE) == 0;
}

} // namespace

FolderSwapper::FolderSwapper(QString folder, QString link, int maxSwaps, double seconds)
    : m_folder(std::move(folder)), m_link(std::move(link)), m_maxSwaps(maxSwaps), m_seconds(seconds)
{}

FolderSwapper::~FolderSwapper()
{
    stop();
}

void FolderSwapper::start()
{
    if (m_thread.joinable())
        return;
    m_running.store(true);
    m_thread = std::thread([this] { run(); });
}

void FolderSwapper::stop()
{
    m_stop.store(true);
    if (m_thread.joinable())
        m_thread.join();
    m_running.store(false);
}

void FolderSwapper::run()
{
    const QByteArray folder = QFile::encodeName(m_folder);
    const QByteArray link = QFile::encodeName(m_link);
    const QByteArray aside = folder + ".aside";
    // The duration only bounds how long the attack runs; nothing is asserted on it.
    const QDeadlineTimer deadline(qint64(m_seconds * 1000));
    bool atomic = true;
    while (!m_stop.load() && m_swaps.load() < m_maxSwaps && !deadline.hasExpired()) {
        if (atomic) {
            // Link in place of the folder, then back.
            if (!exchange(folder, link)) {
                if (errno == EINVAL || errno == ENOSYS) {
                    atomic = false;
                    continue;
                }
                m_failed.store(true);
                break;
            }
            const bool back = exchange(folder, link);
            m_swaps.fetch_add(1);
            if (!back) {
                m_failed.store(true);
                break;
            }
        } else {
            if (std::rename(folder.constData(), aside.constData()) != 0 ||
                std::rename(link.constData(), folder.constData()) != 0) {
                m_failed.store(true);
                break;
            }
            const bool back = std::rename(folder.constData(), link.constData()) == 0 &&
                              std::rename(aside.constData(), folder.constData()) == 0;
            m_swaps.fetch_add(1);
            if (!back) {
                m_failed.store(true);
                break;
            }
        }
    }
    m_running.store(false);
}

} // namespace srs::testing
