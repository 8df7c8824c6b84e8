// ExpiringCache: nothing older than the maximum age is answered; past three quarters of it one
// caller at a time is sent to read afresh while the others keep the stored value; a value read
// across an invalidation is not stored.

#include "services/ExpiringCache.h"

#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <thread>
#include <vector>

using srs::server::ExpiringCache;

namespace {

const QDateTime T0(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());

QDateTime at(qint64 ms)
{
    return T0.addMSecs(ms);
}

} // namespace

class TestExpiringCache : public QObject
{
    Q_OBJECT
private slots:
    void answersUntilTheMaximumAge()
    {
        ExpiringCache<QString, int> cache(2000);
        QCOMPARE(cache.refreshAfterMs(), 1500);
        QVERIFY(!cache.find("a", at(0)));
        cache.store("a", 1, at(0), cache.generation());
        QCOMPARE(cache.find("a", at(0)), 1);
        QCOMPARE(cache.find("a", at(1499)), 1);
        QVERIFY(!cache.find("a", at(2000)));
        QVERIFY(!cache.find("a", at(2000))); // expired for everyone, not only the first caller
        QVERIFY(!cache.find("a", at(-1)));   // the clock went back
    }

    void oneCallerAtATimeRefreshesEarly()
    {
        ExpiringCache<QString, int> cache(2000);
        cache.store("a", 1, at(0), cache.generation());
        const quint64 generation = cache.generation();
        QVERIFY(!cache.find("a", at(1500))); // this caller reads afresh
        QCOMPARE(cache.find("a", at(1500)), 1);
        QCOMPARE(cache.find("a", at(1999)), 1);
        QVERIFY(!cache.find("a", at(2000))); // not refreshed in time: expired for all
        cache.store("a", 2, at(1500), generation);
        QCOMPARE(cache.find("a", at(2000)), 2);
        QCOMPARE(cache.find("a", at(2999)), 2);
        QVERIFY(!cache.find("a", at(3000))); // the new value's age counts from when it was read
        QCOMPARE(cache.find("a", at(3001)), 2);
        QVERIFY(!cache.find("a", at(3500)));
    }

    void manyThreadsOneRefresher()
    {
        ExpiringCache<QString, int> cache(2000);
        cache.store("a", 1, at(0), cache.generation());
        std::atomic<int> missed{0}, answered{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 1000; ++i)
                    (cache.find("a", at(1600)) ? answered : missed)++;
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(missed.load(), 1);
        QCOMPARE(answered.load(), 7999);
    }

    void invalidationWins()
    {
        ExpiringCache<QString, int> cache(2000);
        cache.store("a", 1, at(0), cache.generation());
        const quint64 before = cache.generation();
        cache.invalidate("a"); // a change made through this server
        QVERIFY(!cache.find("a", at(1)));
        cache.store("a", 1, at(0), before); // read before the change: may be older than it
        QVERIFY(!cache.find("a", at(2)));
        cache.store("a", 3, at(2), cache.generation());
        QCOMPARE(cache.find("a", at(3)), 3);

        // A refresh of another entry that crossed an invalidation is dropped too, and the
        // next caller past the refresh age is sent to read again.
        cache.store("b", 1, at(0), cache.generation());
        const quint64 refreshing = cache.generation();
        QVERIFY(!cache.find("b", at(1600)));
        cache.invalidate("a");
        cache.store("b", 2, at(1600), refreshing);
        QVERIFY(!cache.find("b", at(1700)));
        QCOMPARE(cache.find("b", at(1700)), 1);
    }
};

QTEST_GUILESS_MAIN(TestExpiringCache)
#include "tst_expiringcache.moc"
