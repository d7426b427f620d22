// SPDX-License-Identifier: GPL-3.0-or-later

#include "FaultSupport.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QtTest>
#include <memory>
#include <vector>

// One of two server instances on one database killed (SIGKILL) in the middle of a race for one
// room: still exactly one winner per room and interval.
class tst_FaultsInstances : public QObject, protected FaultSupport {
    Q_OBJECT
private slots:
    void cleanup();
    void instanceKilledMidRace();

private:
    // What a test prints when it fails: the servers' logs.
    QStringList m_logs;
};

namespace {
constexpr int LockTtlSeconds = 4;
} // namespace

void tst_FaultsInstances::cleanup() {
    if (QTest::currentTestFailed()) {
        for (const QString &log : std::as_const(m_logs))
            qWarning().noquote() << "server log:\n" << log.right(4000);
    }
    m_logs.clear();
}

// Twenty teachers, ten on each of two instances, race for one room and interval, round after
// round; in some rounds the first instance is killed (SIGKILL) a moment after the race began
// and started again. Every round still ends with exactly one booking: whoever was told "booked"
// holds it, a winner that committed but was killed before its reply keeps its booking (nobody
// else is told "booked"), and a slot whose lock died with the instance before its booking
// committed is free again within the lock lifetime and then won by exactly one of a second race.
void tst_FaultsInstances::instanceKilledMidRace() {
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QStringList options{QStringLiteral("--demo"),
                              QStringLiteral("--lock-ttl"),
                              QString::number(LockTtlSeconds),
                              QStringLiteral("--lock-cleanup"),
                              QStringLiteral("1"),
                              QStringLiteral("--lock-announce-delay"),
                              QStringLiteral("60000")};
    auto first = std::make_unique<ServerProcess>();
    QVERIFY2(first->start(db.url(), options), qPrintable(first->error()));
    ServerProcess second;
    QVERIFY2(second.start(db.url(), options), qPrintable(second.error()));
    Tokens tokens;
    QVERIFY(logIn(second, &tokens));
    const qint64 room = roomId(db, QStringLiteral("Room 201"));
    QVERIFY(room > 0);

    std::vector<std::unique_ptr<TestClient>> onFirst, onSecond;
    auto connectFirst = [&] {
        onFirst.clear();
        for (int i = 0; i < 10; ++i) {
            onFirst.push_back(resumed(first->url(), tokens.at(i)));
            if (!onFirst.back())
                return false;
        }
        return true;
    };
    QVERIFY(connectFirst());
    for (int i = 0; i < 10; ++i) {
        onSecond.push_back(resumed(second.url(), tokens.at(i + 1)));
        QVERIFY(onSecond.back());
    }

    // One race: everyone sends at once (alternating instances); the first instance is killed
    // killAfterMs after the last send when that is not negative. Returns the bookings
    // acknowledged.
    struct Race {
        QList<qint64> winners;
        int lost = 0;
        int unanswered = 0;
    };
    auto race = [&](const QJsonObject &params, int killAfterMs) {
        Race result;
        QList<qint64> firstIds, secondIds;
        for (int i = 0; i < 10; ++i) {
            firstIds << onFirst[size_t(i)]->send(QStringLiteral("confirmBooking"), params);
            secondIds << onSecond[size_t(i)]->send(QStringLiteral("confirmBooking"), params);
        }
        bool killed = false;
        if (killAfterMs >= 0) {
            if (killAfterMs > 0)
                QTest::qWait(killAfterMs);
            killed = killHard(*first);
            m_logs << first->output();
            QTest::qWait(200); // what the instance wrote before it died is read
        }
        auto collect = [&](TestClient &client, qint64 id, int timeoutMs) {
            const QJsonObject reply = client.waitForReply(id, timeoutMs);
            if (reply.isEmpty()) {
                ++result.unanswered;
                return true;
            }
            if (reply.value(QStringLiteral("ok")).toBool()) {
                result.winners << reply.value(QStringLiteral("booking"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toInteger();
                return true;
            }
            ++result.lost;
            return isCode(reply, 409, "LOCK_HELD") || isCode(reply, 409, "BOOKING_CONFLICT");
        };
        for (int i = 0; i < 10; ++i) {
            if (!collect(*onSecond[size_t(i)], secondIds[i], 20000))
                result.lost = -1000;
            // A killed instance's connections end; whatever it answered before is here.
            if (!collect(*onFirst[size_t(i)], firstIds[i], killed ? 0 : 20000))
                result.lost = -1000;
        }
        return result;
    };

    // The kill lands at different moments of the race: with the sends or a few milliseconds
    // later (-1: no kill), or while the first instance's winner waits in its booking statement
    // (another transaction holds the bookings table): PostgreSQL then either finishes that
    // statement for the dead instance, whose transaction never gets its COMMIT, or drops the
    // dead instance's connection first (as when its host vanishes). Either way nothing is
    // booked and only the lock, committed on its own, is left until it expires.
    enum { NoKill = -1, WinnerWaitsFinished = -2, WinnerWaitsDropped = -3 };
    const QList<int> killAfter{NoKill, 0, NoKill, 5, WinnerWaitsFinished, WinnerWaitsDropped};
    const int Rounds = int(killAfter.size());
    int killedWinnersKept = 0, reraced = 0, acknowledgedWinners = 0;
    for (int round = 0; round < Rounds; ++round) {
        const QDateTime start(QDate(2030, 11, 4).addDays(round), QTime(10, 35));
        const QJsonObject params = confirmParams(room, start, 50);
        const int kind = killAfter.at(round);
        const bool killRound = kind != NoKill;
        Race result;
        if (kind >= NoKill) {
            result = race(params, kind);
        } else {
            // The first instance's teachers alone take the room's lock; its winner then waits.
            QVERIFY(hold(db, QStringLiteral("bookings")));
            QList<qint64> firstIds, secondIds;
            for (const auto &client : onFirst)
                firstIds << client->send(QStringLiteral("confirmBooking"), params);
            QVERIFY(QTest::qWaitFor(
                [&] { return serverIsWaitingFor(db, QStringLiteral("bookings")); }, 10000));
            const qint64 waiting =
                db.scalar(QStringLiteral("SELECT pid FROM pg_locks WHERE NOT granted AND "
                                         "relation = 'bookings'::regclass"))
                    .toLongLong();
            for (const auto &client : onSecond)
                secondIds << client->send(QStringLiteral("confirmBooking"), params);
            for (size_t i = 0; i < onSecond.size(); ++i) {
                const QJsonObject reply = onSecond[i]->waitForReply(secondIds[int(i)], 20000);
                QVERIFY2(isCode(reply, 409, "LOCK_HELD"), qPrintable(json(reply)));
                ++result.lost;
            }
            // Everyone but the winner has been answered by the first instance too.
            QVERIFY(QTest::qWaitFor(
                [&] {
                    int answered = 0;
                    for (size_t i = 0; i < onFirst.size(); ++i)
                        answered += onFirst[i]->replyTimeMs(firstIds[int(i)]) >= 0;
                    return answered == int(onFirst.size()) - 1;
                },
                10000));
            QVERIFY(killHard(*first));
            m_logs << first->output();
            QTest::qWait(200);
            for (size_t i = 0; i < onFirst.size(); ++i) {
                const QJsonObject reply = onFirst[i]->waitForReply(firstIds[int(i)], 0);
                if (reply.isEmpty()) {
                    ++result.unanswered;
                    continue;
                }
                QVERIFY2(isCode(reply, 409, "LOCK_HELD"), qPrintable(json(reply)));
                ++result.lost;
            }
            QCOMPARE(result.unanswered, 1);
            if (kind == WinnerWaitsDropped)
                QVERIFY(db.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(waiting)));
            QVERIFY(db.exec(QStringLiteral("COMMIT")));
        }
        QVERIFY2(result.lost >= 0, "a reply other than a booking, LOCK_HELD or BOOKING_CONFLICT");
        QVERIFY2(result.winners.size() <= 1, qPrintable(QStringLiteral("round %1").arg(round)));
        const QString slot = QStringLiteral("room_id = %1 AND canceled_at IS NULL AND during && %2")
                                 .arg(room)
                                 .arg(sqlRange(start, start.addSecs(50 * 60)));
        if (killRound) {
            QVERIFY(!first->isRunning());
            first = std::make_unique<ServerProcess>();
            QVERIFY2(first->start(db.url(), options), qPrintable(first->error()));
            QVERIFY(connectFirst());
            // Whatever the dead instance locked is free again within the lock lifetime, and
            // by then whatever it left running in the database has finished.
            QVERIFY(QTest::qWaitFor(
                [&] { return liveLocks(*onSecond.front(), start, start.addSecs(50 * 60)) == 0; },
                (LockTtlSeconds + 2) * 1000));
            QVERIFY(QTest::qWaitFor([&] { return serverStatementsRunning(db) == 0; }, 5000));
        }
        int stored = count(db, QStringLiteral("SELECT count(*) FROM bookings WHERE %1").arg(slot));
        QVERIFY(stored <= 1);
        if (kind == WinnerWaitsFinished || kind == WinnerWaitsDropped)
            QCOMPARE(stored, 0); // rolled back with its session; only the lock was left
        if (!result.winners.isEmpty()) {
            acknowledgedWinners++;
            QCOMPARE(stored, 1);
            QCOMPARE(db.scalar(QStringLiteral("SELECT id FROM bookings WHERE %1").arg(slot))
                         .toLongLong(),
                     result.winners.first());
        } else {
            // Only a kill leaves a race without an acknowledged winner.
            QVERIFY2(killRound, qPrintable(QStringLiteral("round %1 had no winner").arg(round)));
        }
        if (killRound) {
            if (stored == 1 && result.winners.isEmpty())
                ++killedWinnersKept;
            // A second race on the same slot: no new winner when it is booked, else exactly one.
            const Race again = race(params, -1);
            QVERIFY(again.lost >= 0);
            QCOMPARE(again.unanswered, 0);
            QCOMPARE(int(again.winners.size()), stored ? 0 : 1);
            reraced += !stored;
            stored = count(db, QStringLiteral("SELECT count(*) FROM bookings WHERE %1").arg(slot));
        }
        QCOMPARE(stored, 1);
        const QString how =
            kind >= 0 ? QStringLiteral(" (instance killed %1 ms after the sends)").arg(kind)
            : kind == WinnerWaitsFinished
                ? QStringLiteral(" (instance killed while its winner's booking waited; finished)")
            : kind == WinnerWaitsDropped
                ? QStringLiteral(
                      " (instance killed while its winner's booking waited; connection dropped)")
                : QString();
        qInfo("round %d%s: %lld told booked, %d lost, %d unanswered; stored %d", round,
              qPrintable(how), qint64(result.winners.size()), result.lost, result.unanswered,
              stored);
    }
    QCOMPARE(overlaps(db), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bookings WHERE canceled_at IS NULL")),
             Rounds);
    QVERIFY(second.isRunning());
    for (const auto &client : onSecond)
        QVERIFY(client->isOpen());
    qInfo("%d rounds, %lld with a kill: one booking per round; %d acknowledged in the first race, "
          "%d kept by a winner killed before its reply, %d slots won in a second race after "
          "their lock expired",
          Rounds, qint64(Rounds - killAfter.count(-1)), acknowledgedWinners, killedWinnersKept,
          reraced);
    m_logs << first->output() << second.output();
}

QTEST_GUILESS_MAIN(tst_FaultsInstances)
#include "tst_faultsinstances.moc"
