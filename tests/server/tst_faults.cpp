// SPDX-License-Identifier: GPL-3.0-or-later

#include "FaultSupport.h"
#include "RawWebSocket.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QtTest>
#include <memory>
#include <vector>

// Faults that real processes meet: the server killed (SIGKILL) in the middle of a burst of
// bookings, a teacher's connection gone while the confirmation of a booking or a series waits
// in the database. After each, whatever a teacher was told was booked is stored, no two live
// bookings of a room overlap, nothing is half made, and the locks of the dead or the gone are
// free again within the lock lifetime. (One of two instances killed mid-race:
// tst_faultsinstances; PostgreSQL restarted: tst_faultspostgres.)
class tst_Faults : public QObject, protected FaultSupport {
    Q_OBJECT
private slots:
    void cleanup();
    void serverKilledWhileTwentyClientsBook();
    void clientGoneMidConfirm();
    void clientGoneMidSeries();

private:
    // A teacher who sends one request and goes away while it waits in the database: politely (a
    // close frame) or abruptly (a bare socket whose TCP connection just ends).
    struct LeavingTeacher {
        bool abrupt = false;
        QTcpSocket bare;
        std::unique_ptr<TestClient> client;

        bool send(const ServerProcess &server, const QString &token, const QString &type,
                  const QJsonObject &params) {
            if (abrupt) {
                if (!openBare(bare, server.port(), token))
                    return false;
                bare.write(requestFrame(2, type, params));
                return bare.waitForBytesWritten(5000);
            }
            client = resumed(server.url(), token);
            if (!client)
                return false;
            client->send(type, params);
            return true;
        }
        void leave() {
            if (abrupt)
                bare.abort();
            else
                client->close();
        }
    };

    // What a test prints when it fails: the servers' logs.
    QStringList m_logs;
};

namespace {
constexpr int LockTtlSeconds = 4;
// The server's lock_timeout in the disconnect tests: a confirmation held longer than this fails.
constexpr int ServerLockTimeoutSeconds = 2;

} // namespace

void tst_Faults::cleanup() {
    if (QTest::currentTestFailed()) {
        for (const QString &log : std::as_const(m_logs))
            qWarning().noquote() << "server log:\n" << log.right(4000);
    }
    m_logs.clear();
}

// Twenty teachers book as fast as the server answers, over four rooms and four weeks of
// overlapping slots, while one teacher's series waits in the database with a lock on each of
// its dates. The server is killed with SIGKILL and started again on the same database.
void tst_Faults::serverKilledWhileTwentyClientsBook() {
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QStringList options{QStringLiteral("--demo"), QStringLiteral("--lock-ttl"),
                              QString::number(LockTtlSeconds), QStringLiteral("--lock-cleanup"),
                              QStringLiteral("1")};
    auto server = std::make_unique<ServerProcess>();
    QVERIFY2(server->start(db.url(), options), qPrintable(server->error()));
    Tokens tokens;
    QVERIFY(logIn(*server, &tokens));

    QList<qint64> rooms;
    for (const char *name : {"Room 101", "Room 102", "Room 103", "Room 201"})
        rooms << roomId(db, QString::fromLatin1(name));
    const qint64 seriesRoom = roomId(db, QStringLiteral("Room 202"));
    QVERIFY(!rooms.contains(0) && seriesRoom > 0);
    const QList<QDate> days = weekdays(QDate(2030, 9, 2), 20);

    struct Booker {
        std::unique_ptr<TestClient> client;
        qint64 pending = 0;
    };
    std::vector<Booker> bookers;
    for (int i = 0; i < 20; ++i) {
        bookers.push_back({resumed(server->url(), tokens.at(i)), 0});
        QVERIFY(bookers.back().client);
    }
    QList<QJsonObject> acknowledged;
    int conflicts = 0, lockHeld = 0;
    QStringList unexpected;
    QRandomGenerator random(11);
    bool sending = true;
    // Every booker always has one confirmation in flight: 50-minute slots every 20 minutes.
    auto pump = [&](int ms, const std::function<bool()> &until) {
        const QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired() && !(until && until())) {
            QTest::qWait(2);
            for (Booker &booker : bookers) {
                if (booker.pending && booker.client->replyTimeMs(booker.pending) >= 0) {
                    const QJsonObject reply = booker.client->waitForReply(booker.pending, 0);
                    booker.pending = 0;
                    if (reply.value(QStringLiteral("ok")).toBool())
                        acknowledged << reply.value(QStringLiteral("booking")).toObject();
                    else if (isCode(reply, 409, "BOOKING_CONFLICT"))
                        ++conflicts;
                    else if (isCode(reply, 409, "LOCK_HELD"))
                        ++lockHeld;
                    else
                        unexpected << json(reply);
                }
                if (sending && !booker.pending && booker.client->isOpen()) {
                    const QDateTime start(days.at(int(random.bounded(days.size()))),
                                          QTime(8, 0).addSecs(20 * 60 * random.bounded(30)));
                    booker.pending = booker.client->send(
                        QStringLiteral("confirmBooking"),
                        confirmParams(rooms.at(int(random.bounded(rooms.size()))), start, 50));
                }
            }
        }
    };
    pump(1500, {});

    // A series takes a lock on each of its six dates, then waits to write itself.
    const QDateTime seriesStart(QDate(2030, 1, 7), QTime(10, 35));
    auto seriesClient = resumed(server->url(), tokens.a);
    QVERIFY(seriesClient);
    QVERIFY(hold(db, QStringLiteral("series")));
    seriesClient->send(QStringLiteral("confirmSeries"), [&] {
        QJsonObject params = confirmParams(seriesRoom, seriesStart, 50);
        params.insert(QStringLiteral("repeat"),
                      QJsonObject{{QStringLiteral("every"), QStringLiteral("week")},
                                  {QStringLiteral("until"), QStringLiteral("2030-02-11")}});
        params.insert(QStringLiteral("policy"), QStringLiteral("allOrNothing"));
        return params;
    }());
    pump(4000, [&] { return serverIsWaitingFor(db, QStringLiteral("series")); });
    QVERIFY2(serverIsWaitingFor(db, QStringLiteral("series")),
             "the series never reached the table");
    pump(200, {});

    QElapsedTimer sinceKill;
    QVERIFY(killHard(*server));
    sinceKill.start();
    m_logs << server->output();
    // What the dead server still holds: locks committed on their own, each with its expiry.
    const int leftLocks = count(db, QStringLiteral("SELECT count(*) FROM locks"));
    const int seriesLocks =
        count(db, QStringLiteral("SELECT count(*) FROM locks WHERE room_id = %1").arg(seriesRoom));
    const double latestExpiry =
        db.scalar(QStringLiteral(
                      "SELECT coalesce(max(extract(epoch FROM expires_at - clock_timestamp())), 0) "
                      "FROM locks"))
            .toDouble();
    const QStringList leftSlots =
        db.scalar(QStringLiteral("SELECT string_agg(room_id || ' ' || (extract(epoch FROM "
                                 "lower(during)) * 1000)::bigint || ' ' || (extract(epoch FROM "
                                 "upper(during)) * 1000)::bigint, ',') FROM locks WHERE room_id "
                                 "<> %1")
                      .arg(seriesRoom))
            .toString()
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    QVERIFY(db.exec(QStringLiteral("ROLLBACK")));
    // Replies the server wrote before it died still arrive; nothing is sent any more.
    sending = false;
    pump(1000, [&] {
        for (const Booker &booker : bookers) {
            if (booker.client->isOpen())
                return false;
        }
        return true;
    });
    int unanswered = 0;
    for (const Booker &booker : bookers) {
        QVERIFY(!booker.client->isOpen());
        unanswered += booker.pending != 0;
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    QVERIFY2(acknowledged.size() >= 20, "too few bookings before the kill to say anything");
    QCOMPARE(seriesLocks, 6);
    QVERIFY2(latestExpiry <= LockTtlSeconds + 0.5, qPrintable(QString::number(latestExpiry)));

    // The dead server's connections are gone and took the unfinished series with them.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return count(db, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname "
                                            "= current_database() AND application_name = "
                                            "'roomclaim-server'")) == 0;
        },
        10000));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM series")), 0);
    QCOMPARE(
        count(db,
              QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(seriesRoom)),
        0);

    server = std::make_unique<ServerProcess>();
    QVERIFY2(server->start(db.url(), options), qPrintable(server->error()));
    const qint64 restartedAfterMs = sinceKill.elapsed();

    // Every booking any teacher was told about is stored, and no two overlap.
    QCOMPARE(missing(db, acknowledged), 0);
    QCOMPARE(overlaps(db), 0);
    const int stored = count(db, QStringLiteral("SELECT count(*) FROM bookings WHERE canceled_at "
                                                "IS NULL"));
    QVERIFY(stored >= acknowledged.size());
    QVERIFY(stored <= acknowledged.size() + unanswered);
    // Each one is recorded in the audit log as well.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'booking.created'")),
             stored);

    // The dead server's locks are free again within the lock lifetime, for the restarted
    // server and every teacher on it.
    auto checker = resumed(server->url(), tokens.a);
    QVERIFY(checker);
    const QDateTime everything(QDate(2030, 1, 1), QTime(0, 0));
    qint64 freeAfterMs = -1;
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (liveLocks(*checker, everything, everything.addDays(390)) != 0)
                return false;
            freeAfterMs = sinceKill.elapsed();
            return true;
        },
        (LockTtlSeconds + 10) * 1000));
    QVERIFY2(freeAfterMs <= qMax<qint64>(LockTtlSeconds * 1000, restartedAfterMs) + 1500,
             qPrintable(QStringLiteral("locks free %1 ms after the kill").arg(freeAfterMs)));
    for (int week = 0; week < 6; ++week) {
        const QJsonObject reply =
            checker->request(QStringLiteral("confirmBooking"),
                             confirmParams(seriesRoom, seriesStart.addDays(7 * week), 50));
        VERIFY_OK(reply);
    }
    for (const QString &slot : leftSlots) {
        const QStringList parts = slot.split(QLatin1Char(' '));
        QCOMPARE(parts.size(), 3);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(parts.at(1).toLongLong());
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(parts.at(2).toLongLong());
        const QJsonObject reply = checker->request(
            QStringLiteral("confirmBooking"),
            confirmParams(parts.at(0).toLongLong(), start, int(start.secsTo(end) / 60)));
        QVERIFY2(reply.value(QStringLiteral("ok")).toBool() ||
                     isCode(reply, 409, "BOOKING_CONFLICT"),
                 qPrintable(json(reply)));
    }
    // And the rows themselves go with the next cleanup round.
    QVERIFY(QTest::qWaitFor(
        [&] { return count(db, QStringLiteral("SELECT count(*) FROM locks")) == 0; }, 5000));
    QCOMPARE(overlaps(db), 0);
    qInfo("killed after %lld bookings acknowledged to 20 teachers (%d BOOKING_CONFLICT, %d "
          "LOCK_HELD, %d unanswered in flight): %d stored, none missing, none overlapping; the "
          "dead server left %d locks (%d of the waiting series, the latest expiring %.1f s "
          "later), all free %lld ms after the kill (lock lifetime %d s, restarted after %lld "
          "ms)",
          qint64(acknowledged.size()), conflicts, lockHeld, unanswered, stored, leftLocks,
          seriesLocks, latestExpiry, freeAfterMs, LockTtlSeconds, restartedAfterMs);
    m_logs << server->output();
}

// A teacher's confirmation waits in the database (another transaction holds the bookings
// table) when the teacher's connection goes, politely (a close frame) or not at all (the TCP
// connection simply ends). Whether the database lets it go on at once or only after the
// server's lock timeout, there is either the whole booking (its audit row and its event) or
// nothing, and its lock is gone.
void tst_Faults::clientGoneMidConfirm() {
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QTemporaryFile config;
    QVERIFY(config.open());
    config.write(
        QStringLiteral("[database]\nlockTimeout=%1\n").arg(ServerLockTimeoutSeconds).toLatin1());
    config.flush();
    ServerProcess server;
    QVERIFY2(server.start(db.url(),
                          {QStringLiteral("--demo"), QStringLiteral("--config"), config.fileName(),
                           QStringLiteral("--lock-announce-delay"), QStringLiteral("0")}),
             qPrintable(server.error()));
    Tokens tokens;
    QVERIFY(logIn(server, &tokens));
    auto watcher = resumed(server.url(), tokens.b);
    QVERIFY(watcher);
    const qint64 room = roomId(db, QStringLiteral("Room 103"));
    QVERIFY(room > 0);

    for (int variant = 0; variant < 4; ++variant) {
        const bool abrupt = variant % 2;
        const bool pastTimeout = variant / 2;
        const QString name =
            QStringLiteral("%1 disconnect, released %2")
                .arg(abrupt ? QStringLiteral("abrupt") : QStringLiteral("polite"),
                     pastTimeout ? QStringLiteral("after the server's lock timeout")
                                 : QStringLiteral("at once"));
        const QDateTime start(QDate(2030, 10, 7).addDays(variant), QTime(9, 25));
        const QDateTime end = start.addSecs(50 * 60);
        const QJsonObject params = confirmParams(room, start, 50);
        const auto events = [&](const char *event) {
            return eventsWithin(*watcher, QString::fromLatin1(event), room, start, end);
        };
        const int auditBefore = count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                         "action = 'booking.created'"));

        QVERIFY(hold(db, QStringLiteral("bookings")));
        LeavingTeacher teacher;
        teacher.abrupt = abrupt;
        QVERIFY(teacher.send(server, tokens.a, QStringLiteral("confirmBooking"), params));
        QVERIFY2(QTest::qWaitFor([&] { return serverIsWaitingFor(db, QStringLiteral("bookings")); },
                                 5000),
                 qPrintable(name));
        // In the middle: the room is locked for everyone, by Teacher A.
        QCOMPARE(liveLocks(*watcher, start, end), 1);
        teacher.leave();
        QTest::qWait(100);
        if (pastTimeout)
            QTest::qWait(ServerLockTimeoutSeconds * 1000 + 500);
        QVERIFY(db.exec(QStringLiteral("COMMIT")));

        // Done either way once its lock is gone; a day grid shows no lock.
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return count(db, QStringLiteral("SELECT count(*) FROM locks")) == 0; }, 5000),
            qPrintable(name));
        QCOMPARE(liveLocks(*watcher, start, end), 0);
        const int booked =
            count(db, QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1 AND "
                                     "canceled_at IS NULL AND during && %2")
                          .arg(room)
                          .arg(sqlRange(start, end)));
        QCOMPARE(booked, pastTimeout ? 0 : 1);
        if (booked) {
            const qint64 id =
                db.scalar(
                      QStringLiteral("SELECT id FROM bookings WHERE room_id = %1 AND during = %2")
                          .arg(room)
                          .arg(sqlRange(start, end)))
                    .toLongLong();
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                              "'booking.created' AND (details->>'booking')::bigint "
                                              "= %1")
                                   .arg(id)),
                     1);
            QVERIFY(QTest::qWaitFor([&] { return events("bookingCreated") == 1; }, 5000));
            for (const TestClient::Event &event : watcher->events()) {
                const QJsonObject booking = event.frame.value(QStringLiteral("booking")).toObject();
                if (event.frame.value(QStringLiteral("event")).toString() ==
                        QLatin1String("bookingCreated") &&
                    Rfc3339::parse(booking.value(QStringLiteral("start")).toString()) == start)
                    QCOMPARE(booking.value(QStringLiteral("id")).toInteger(), id);
            }
        } else {
            QTest::qWait(300);
        }
        QCOMPARE(events("bookingCreated"), booked);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'booking.created'")) -
                     auditBefore,
                 booked);
        // The lock was announced at once, and so its end is announced too.
        QVERIFY(QTest::qWaitFor([&] { return events("roomUnlocked") >= 1; }, 5000));
        QCOMPARE(events("roomLocked"), 1);
        QCOMPARE(events("roomUnlocked"), 1);

        // Back again, the teacher finds the booking exactly when it was made.
        auto back = resumed(server.url(), tokens.a);
        QVERIFY(back);
        const QJsonObject mine = back->request(
            QStringLiteral("myBookings"), {{QStringLiteral("from"), Rfc3339::formatLocal(start)},
                                           {QStringLiteral("to"), Rfc3339::formatLocal(end)}});
        VERIFY_OK(mine);
        QCOMPARE(mine.value(QStringLiteral("bookings")).toArray().size(), booked);
        // And the slot takes exactly one booking more, or none when already booked.
        const QJsonObject again = back->request(QStringLiteral("confirmBooking"), params);
        if (booked)
            VERIFY_FAILURE(again, 409, "BOOKING_CONFLICT");
        else
            VERIFY_OK(again);
        qInfo().noquote() << name << (booked ? "-> the whole booking" : "-> nothing");
    }
    QCOMPARE(overlaps(db), 0);
    QVERIFY(server.isRunning());
    m_logs << server.output();
}

// The same for a series of six weekly dates: it holds a lock on each date and has written the
// series row in its transaction, waiting to insert the first booking, when its teacher's
// connection goes. There is either the whole series (six bookings, its audit row, six events)
// or nothing at all, and all six locks are gone.
void tst_Faults::clientGoneMidSeries() {
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QTemporaryFile config;
    QVERIFY(config.open());
    config.write(
        QStringLiteral("[database]\nlockTimeout=%1\n").arg(ServerLockTimeoutSeconds).toLatin1());
    config.flush();
    ServerProcess server;
    QVERIFY2(server.start(db.url(), {QStringLiteral("--demo"), QStringLiteral("--config"),
                                     config.fileName()}),
             qPrintable(server.error()));
    Tokens tokens;
    QVERIFY(logIn(server, &tokens));
    auto watcher = resumed(server.url(), tokens.b);
    QVERIFY(watcher);
    const QStringList rooms{QStringLiteral("Science Lab A"), QStringLiteral("Science Lab B"),
                            QStringLiteral("Music Room"), QStringLiteral("Art Studio")};

    for (int variant = 0; variant < 4; ++variant) {
        // A room of its own: the series' dates are all that is booked there.
        const qint64 room = roomId(db, rooms.at(variant));
        QVERIFY(room > 0);
        const bool abrupt = variant % 2;
        const bool pastTimeout = variant / 2;
        const QString name =
            QStringLiteral("series, %1 disconnect, released %2")
                .arg(abrupt ? QStringLiteral("abrupt") : QStringLiteral("polite"),
                     pastTimeout ? QStringLiteral("after the server's lock timeout")
                                 : QStringLiteral("at once"));
        // Six Mondays, Tuesdays, ... of one term.
        const QDateTime first(QDate(2031, 1, 6).addDays(variant), QTime(11, 30));
        const QDateTime last = first.addDays(35);
        QJsonObject params = confirmParams(room, first, 50);
        params.insert(QStringLiteral("repeat"),
                      QJsonObject{{QStringLiteral("every"), QStringLiteral("week")},
                                  {QStringLiteral("until"), last.date().toString(Qt::ISODate)}});
        params.insert(QStringLiteral("policy"),
                      abrupt ? QStringLiteral("freeOnly") : QStringLiteral("allOrNothing"));
        const auto events = [&](const char *event) {
            return eventsWithin(*watcher, QString::fromLatin1(event), room, first, last.addDays(1));
        };
        const int seriesBefore = count(db, QStringLiteral("SELECT count(*) FROM series"));
        const int auditBefore = count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                         "action = 'series.created'"));

        QVERIFY(hold(db, QStringLiteral("bookings")));
        LeavingTeacher teacher;
        teacher.abrupt = abrupt;
        QVERIFY(teacher.send(server, tokens.a, QStringLiteral("confirmSeries"), params));
        QVERIFY2(QTest::qWaitFor([&] { return serverIsWaitingFor(db, QStringLiteral("bookings")); },
                                 5000),
                 qPrintable(name));
        // In the middle: all six dates locked for everyone.
        QCOMPARE(liveLocks(*watcher, first, last.addDays(1)), 6);
        teacher.leave();
        QTest::qWait(100);
        if (pastTimeout)
            QTest::qWait(ServerLockTimeoutSeconds * 1000 + 500);
        QVERIFY(db.exec(QStringLiteral("COMMIT")));

        QVERIFY2(
            QTest::qWaitFor(
                [&] { return count(db, QStringLiteral("SELECT count(*) FROM locks")) == 0; }, 5000),
            qPrintable(name));
        QCOMPARE(liveLocks(*watcher, first, last.addDays(1)), 0);
        const int series = count(db, QStringLiteral("SELECT count(*) FROM series")) - seriesBefore;
        QCOMPARE(series, pastTimeout ? 0 : 1);
        const int booked =
            count(db, QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1 AND "
                                     "canceled_at IS NULL AND during && %2")
                          .arg(room)
                          .arg(sqlRange(first, last.addDays(1))));
        QCOMPARE(booked, series * 6);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'series.created'")) -
                     auditBefore,
                 series);
        if (series) {
            // Every date belongs to the series, and the audit row names all six.
            const qint64 seriesId =
                db.scalar(QStringLiteral("SELECT max(id) FROM series")).toLongLong();
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bookings WHERE series_id = %1")
                                   .arg(seriesId)),
                     6);
            QCOMPARE(count(db, QStringLiteral("SELECT jsonb_array_length(details->'bookings') "
                                              "FROM audit_log WHERE action = 'series.created' "
                                              "AND (details->>'series')::bigint = %1")
                                   .arg(seriesId)),
                     6);
            QVERIFY(QTest::qWaitFor([&] { return events("bookingCreated") >= 6; }, 5000));
        } else {
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bookings WHERE series_id IS "
                                              "NOT NULL AND room_id = %1 AND during && %2")
                                   .arg(room)
                                   .arg(sqlRange(first, last.addDays(1)))),
                     0);
            QTest::qWait(300);
        }
        QCOMPARE(events("bookingCreated"), booked);
        // Each of the six locks was announced, and each release too.
        QVERIFY(QTest::qWaitFor([&] { return events("roomUnlocked") >= 6; }, 5000));
        QCOMPARE(events("roomLocked"), 6);
        QCOMPARE(events("roomUnlocked"), 6);

        // Back again, the teacher finds the six dates exactly when the series was made, and
        // a second try books them or none.
        auto back = resumed(server.url(), tokens.a);
        QVERIFY(back);
        const QJsonObject mine =
            back->request(QStringLiteral("myBookings"),
                          {{QStringLiteral("from"), Rfc3339::formatLocal(first)},
                           {QStringLiteral("to"), Rfc3339::formatLocal(last.addDays(1))}});
        VERIFY_OK(mine);
        int mineHere = 0;
        for (const QJsonValue &booking : mine.value(QStringLiteral("bookings")).toArray())
            mineHere += booking.toObject().value(QStringLiteral("roomId")).toInteger() == room;
        QCOMPARE(mineHere, booked);
        params.insert(QStringLiteral("policy"), QStringLiteral("allOrNothing"));
        const QJsonObject again = back->request(QStringLiteral("confirmSeries"), params);
        if (booked)
            VERIFY_FAILURE(again, 409, "SERIES_CONFLICT");
        else
            VERIFY_OK(again);
        qInfo().noquote() << name << (series ? "-> the whole series" : "-> nothing");
    }
    QCOMPARE(overlaps(db), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM series s WHERE NOT EXISTS (SELECT 1 "
                                      "FROM bookings b WHERE b.series_id = s.id)")),
             0);
    QVERIFY(server.isRunning());
    m_logs << server.output();
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
