// SPDX-License-Identifier: GPL-3.0-or-later

// Network trouble between the teacher's window and the server, through a proxy that can fall
// silent: a half-open link is found within seconds by the window's pings, the window reconnects
// and shows fresh results, and a confirmation whose reply was lost is sent again and recognised,
// so the teacher sees it booked, once.
#include "ClientTestKit.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TcpProxy.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStandardPaths>
#include <memory>

using namespace ClientTestKit;

class tst_NetworkTrouble : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void halfOpenLinkIsFoundWithinSeconds();
    void confirmWhoseReplyIsLostIsBookedOnce();

private:
    // Teacher A's window, through the proxy, pinging often.
    bool openSeat(Seat &seat);
    // Live bookings of the room overlapping the lesson.
    int bookingsOf(const QString &roomName, const Interval &lesson) const {
        return m_db
            ->scalar(QStringLiteral("SELECT count(*) FROM bookings b JOIN rooms r ON r.id = "
                                    "b.room_id WHERE r.name = '%1' AND b.canceled_at IS NULL AND "
                                    "b.during && tstzrange(to_timestamp(%2), to_timestamp(%3))")
                         .arg(roomName)
                         .arg(lesson.start().toSecsSinceEpoch())
                         .arg(lesson.end().toSecsSinceEpoch()))
            .toInt();
    }

    // Pings every 300 ms, dead after 700 ms of silence: found within a second.
    static constexpr int PingMs = 300;
    static constexpr int SilenceMs = 700;
    // What the test allows on a busy machine between the link falling silent and the window
    // knowing it.
    static constexpr int DetectionBoundMs = PingMs + SilenceMs + 2000;

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    std::unique_ptr<TcpProxy> m_proxy;
};

void tst_NetworkTrouble::initTestCase() {
    quietOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoomClaimTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_networktrouble"));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
    m_proxy = std::make_unique<TcpProxy>(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(m_proxy->listen());
}

void tst_NetworkTrouble::cleanupTestCase() {
    m_proxy.reset();
    m_server.stop();
}

bool tst_NetworkTrouble::openSeat(Seat &seat) {
    seat.connection->setHeartbeat(PingMs, SilenceMs);
    seat.connection->setMaxBackoff(300);
    return seat.open(QStringLiteral("ws://127.0.0.1:%1").arg(m_proxy->port()),
                     QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
}

void tst_NetworkTrouble::halfOpenLinkIsFoundWithinSeconds() {
    Seat a;
    QVERIFY2(openSeat(a), qPrintable(a.loginError));
    QVERIFY(a.showSearch(lessonDay(2), 2));
    const QStringList titles = cardTitles(*a.window);
    QVERIFY(!titles.isEmpty());
    const QString takenRoom = titles.at(0);
    const qint64 takenId = cardFor(*a.window, takenRoom)->room().id;
    const Interval lesson = a.window->searchPanel()->criteria().interval;

    // Nothing arrives any more, and nothing reports an error: only the pings notice.
    QElapsedTimer silent;
    silent.start();
    m_proxy->blackHole();
    QVERIFY(QTest::qWaitFor([&] { return !a.connection->isOnline(); }, 10000));
    const qint64 detectedMs = silent.elapsed();
    qInfo("half-open link found after %lld ms (pings every %d ms, %d ms of silence allowed)",
          detectedMs, PingMs, SilenceMs);
    QVERIFY2(detectedMs <= DetectionBoundMs,
             qPrintable(QStringLiteral("found after %1 ms").arg(detectedMs)));
    QVERIFY(QTest::qWaitFor([&] { return a.window->offlineBanner()->isVisible(); }, Patience));

    // Meanwhile a colleague books the first room shown.
    TestClient colleague;
    QVERIFY(colleague.open(m_server.url()));
    QVERIFY(colleague.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))
                .value(QStringLiteral("ok"))
                .toBool());
    const QJsonObject booked =
        colleague.request(QStringLiteral("confirmBooking"),
                          {{QStringLiteral("roomId"), takenId},
                           {QStringLiteral("start"), Rfc3339::formatLocal(lesson.start())},
                           {QStringLiteral("end"), Rfc3339::formatLocal(lesson.end())}});
    QVERIFY2(booked.value(QStringLiteral("ok")).toBool(),
             QJsonDocument(booked).toJson().constData());

    // The network heals: the window is back by itself and shows what happened meanwhile.
    const int searchesBefore = a.window->searchesCompleted();
    m_proxy->resume();
    QVERIFY(QTest::qWaitFor([&] { return a.connection->isOnline(); }, Patience));
    QVERIFY(QTest::qWaitFor([&] { return !a.window->offlineBanner()->isVisible(); }, Patience));
    QVERIFY(
        QTest::qWaitFor([&] { return a.window->searchesCompleted() > searchesBefore; }, Patience));
    QVERIFY2(!cardFor(*a.window, takenRoom),
             qPrintable(cardTitles(*a.window).join(QLatin1Char('|'))));
    QCOMPARE(a.window->searchPanel()->criteria().interval, lesson);
}

void tst_NetworkTrouble::confirmWhoseReplyIsLostIsBookedOnce() {
    Seat a;
    QVERIFY2(openSeat(a), qPrintable(a.loginError));
    QVERIFY(a.showSearch(lessonDay(4), 3));
    const QStringList titles = cardTitles(*a.window);
    QVERIFY(!titles.isEmpty());
    const QString room = titles.at(0);
    const Interval lesson = a.window->searchPanel()->criteria().interval;
    QCOMPARE(bookingsOf(room, lesson), 0);

    QString why;
    ClaimDialog *dialog = openClaim(*a.window, room, &why);
    QVERIFY2(dialog, qPrintable(why));
    const QPointer<ClaimDialog> watch(dialog);
    typePurpose(dialog, QStringLiteral("7B Maths"));

    // The request reaches the server, which books; its reply (and everything after) is lost.
    QElapsedTimer silent;
    silent.start();
    m_proxy->blackHole(true);
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    QVERIFY2(QTest::qWaitFor([&] { return bookingsOf(room, lesson) == 1; }, Patience),
             "the confirmation did not reach the server");
    // New connections get through again; the silent one stays silent.
    m_proxy->resume();
    QVERIFY(QTest::qWaitFor([&] { return !a.connection->isOnline(); }, 10000));
    const qint64 detectedMs = silent.elapsed();
    QVERIFY2(detectedMs <= DetectionBoundMs,
             qPrintable(QStringLiteral("found after %1 ms").arg(detectedMs)));
    QVERIFY2(watch && watch->isVisible(), "the claim dialog gave up while the link was down");

    // Back online, the confirmation goes again with its key: the teacher hears it is booked,
    // and it is booked once, not "already booked by Teacher A".
    QVERIFY(QTest::qWaitFor([&] { return a.connection->isOnline(); }, Patience));
    QVERIFY(QTest::qWaitFor(
        [&] { return !watch || !watch->isVisible() || !watch->errorText().isEmpty(); }, Patience));
    QVERIFY2(!watch || !watch->isVisible(), qPrintable(watch ? watch->errorText() : QString()));
    qInfo("reply lost: the silent link found after %lld ms, the dialog showed the booking after "
          "%lld ms",
          detectedMs, silent.elapsed());
    QVERIFY2(hasToast(*a.window, QStringLiteral("Room booked successfully: %1").arg(room)),
             qPrintable(toastTexts(*a.window).join(QLatin1Char('|'))));
    QVERIFY(QTest::qWaitFor([&] { return bookingRow(*a.window, room) != nullptr; }, Patience));
    QCOMPARE(bookingsOf(room, lesson), 1);
    QVERIFY2(m_db->scalar(QStringLiteral("SELECT count(*) FROM request_keys")).toInt() == 1,
             qPrintable(m_db->scalar(QStringLiteral(
                                         "SELECT string_agg(concat_ws(' ', teacher_id, request_id, "
                                         "booking_id, created_at), '; ') FROM request_keys"))
                            .toString()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
}

QTEST_MAIN(tst_NetworkTrouble)
#include "tst_networktrouble.moc"
