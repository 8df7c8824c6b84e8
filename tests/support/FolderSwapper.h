#pragma once

#include <QString>

#include <atomic>
#include <thread>

namespace srs::testing {

// The attack on workspace reads: a thread swaps a folder with a prepared symbolic link (to
// another project's folder, say) and back, over and over, with rename(): atomically with
// renameat2(RENAME_EXCHANGE) where the file system has it, else folder aside, link in, and back.
// It stops after `maxSwaps` swaps or about `seconds`, whichever comes first, or when stop() is
// called; the test meanwhile reads through the code under attack for as long as running().
class FolderSwapper
{
public:
    FolderSwapper(QString folder, QString link, int maxSwaps = 200000, double seconds = 2.5);
    ~FolderSwapper();
    FolderSwapper(const FolderSwapper &) = delete;
    FolderSwapper &operator=(const FolderSwapper &) = delete;

    void start();
    void stop(); // waits for the thread; the folder is back in place afterwards
    [[nodiscard]] bool running() const { return m_running.load(); }
    [[nodiscard]] int swaps() const { return m_swaps.load(); }
    [[nodiscard]] bool failed() const { return m_failed.load(); } // a rename() failed

private:
    void run();

    QString m_folder;
    QString m_link;
    int m_maxSwaps;
    double m_seconds;
    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_failed{false};
    std::atomic<int> m_swaps{0};
};

} // namespace srs::testing
