// SPDX-License-Identifier: GPL-3.0-or-later

// The day grid staying live end to end, against the real server and PostgreSQL: a window that
// lost its connection fetches the grid again after the reconnect (and so shows the booking it
// missed), and how long a colleague's booking takes to reach the open grid. The latency is a
// figure printed with qInfo, never a timed assertion (a shared machine may be slow); see it
// with `build/tests/client_tst_daygridlive` or `scripts/test -R daygridlive -V`.
#include "BookingGrid.h"
#include "BookingGridModel.h"
#include "ClientTestKit.h"
#include "DayGridKit.h"
#include "DayView.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TcpProxy.h"
#include "TestClient.h"
#include "TestDatabase.h"
#include "ViewTabs.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <memory>

using namespace ClientTestKit;
using namespace DayGridKit;
using State = BookingGridModel::State;

namespace {

// "p50=… ms p95=… ms max=… ms" of a list of milliseconds (nearest-rank percentiles).
QString figures(QList<double> values) {
    std::sort(values.begin(), values.end());
    auto percentile = [&](double p) {
        const qsizetype index = qsizetype(std::ceil(p * double(values.size()))) - 1;
        return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
    };
    return QStringLiteral("n=%1 p50=%2 ms p95=%3 ms max=%4 ms")
        .arg(values.size())
        .arg(percentile(0.50), 0, 'f', 2)
        .arg(percentile(0.95), 0, 'f', 2)
        .arg(values.last(), 0, 'f', 2);
}

} // namespace

class tst_DayGridLive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void reconnectFetchesTheGridAgain();
    void colleaguesBookingsReachTheGridQuickly();

signals:
    void cellShown();

private:
    qint64 roomId(const QString &name) const {
        return m_db->scalar(QStringLiteral("SELECT id FROM rooms WHERE name = '%1'").arg(name))
            .toLongLong();
    }

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    TestClient m_teacherB;
};

void tst_DayGridLive::initTestCase() {
    quietOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoomClaimTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_daygridlive"));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
    QVERIFY(m_teacherB.open(m_server.url()));
    QVERIFY(isOk(m_teacherB.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))));
}

void tst_DayGridLive::cleanupTestCase() {
    m_teacherB.close();
    m_server.stop();
}

void tst_DayGridLive::reconnectFetchesTheGridAgain() {
    // Teacher A's window reaches the server through a proxy that can cut the network.
    TcpProxy proxy(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(proxy.listen());
    const QDate day = lessonDay(0);
    Seat a;
    a.connection->setMaxBackoff(500);
    QVERIFY2(a.open(QStringLiteral("ws://127.0.0.1:%1").arg(proxy.port()),
                    QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY(showDay(a, day));
    DayView *view = a.window->viewTabs()->dayView();
    BookingGridModel *model = view->model();
    const qint64 room = roomId(QStringLiteral("Science Lab B"));
    const int row = model->rowOfRoom(room);
    QVERIFY(row >= 0);
    QCOMPARE(model->cell(row, 2).state, State::Free);

    proxy.cut();
    QVERIFY(QTest::qWaitFor([&] { return a.window->offlineBanner()->isVisible(); }, Patience));
    QVERIFY(!a.connection->isOnline());

    // Meanwhile Teacher B books a cell the grid shows; the offline window misses the event.
    const QJsonObject booked = book(m_teacherB, room, day, 2, QStringLiteral("11D Biology"));
    QVERIFY2(isOk(booked), QJsonDocument(booked).toJson().constData());
    QTest::qWait(300);
    QCOMPARE(model->cell(model->rowOfRoom(room), 2).state, State::Free);
    const int loads = view->loadsCompleted();

    // The network comes back: the window reconnects, resumes, and fetches the grid again by
    // itself, so the missed booking shows without the teacher doing anything.
    proxy.resume();
    QVERIFY(QTest::qWaitFor([&] { return a.connection->isOnline(); }, Patience));
    QVERIFY(QTest::qWaitFor([&] { return view->loadsCompleted() > loads; }, Patience));
    QVERIFY(QTest::qWaitFor(
        [&] { return model->cell(model->rowOfRoom(room), 2).state == State::Booked; }, Patience));
    const BookingGridModel::Cell cell = model->cell(model->rowOfRoom(room), 2);
    QCOMPARE(cell.booking.teacherName, QStringLiteral("Teacher B"));
    QCOMPARE(cell.booking.purpose, QStringLiteral("11D Biology"));
    QCOMPARE(view->date(), day);
    QVERIFY(!a.window->offlineBanner()->isVisible());
}

void tst_DayGridLive::colleaguesBookingsReachTheGridQuickly() {
    const QDate day = lessonDay(1);
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY(showDay(a, day));
    BookingGridModel *model = a.window->viewTabs()->dayView()->model();
    const int columns = model->columnCount();
    constexpr int Bookings = 50;
    QVERIFY2(
        model->rowCount() * columns >= Bookings,
        qPrintable(QStringLiteral("%1 rooms × %2 periods").arg(model->rowCount()).arg(columns)));
    QList<Interval> periods;
    for (int column = 0; column < columns; ++column)
        periods << periodInterval(m_teacherB, day, column);

    // The moment the grid's model shows the awaited cell as Teacher B's booking.
    QElapsedTimer clock;
    clock.start();
    QModelIndex awaited;
    qint64 shownAtNs = -1;
    // Gone (and so disconnected) before what the handler captures.
    QObject watcher;
    connect(model, &QAbstractItemModel::dataChanged, &watcher,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (shownAtNs >= 0 || !awaited.isValid() || awaited.row() < topLeft.row() ||
                    awaited.row() > bottomRight.row() || awaited.column() < topLeft.column() ||
                    awaited.column() > bottomRight.column())
                    return;
                if (model->cell(awaited.row(), awaited.column()).state == State::Booked) {
                    shownAtNs = clock.nsecsElapsed();
                    emit cellShown();
                }
            });

    QList<double> fromSend;
    QList<double> fromReply;
    for (int i = 0; i < Bookings; ++i) {
        const int row = i / columns;
        const int column = i % columns;
        QCOMPARE(model->cell(row, column).state, State::Free);
        const Interval interval = periods.at(column);
        awaited = model->index(row, column);
        shownAtNs = -1;
        const qint64 sentAtNs = clock.nsecsElapsed();
        const qint64 id =
            m_teacherB.send(QStringLiteral("confirmBooking"),
                            {{QStringLiteral("roomId"), model->gridRow(row).room.id},
                             {QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
                             {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())},
                             {QStringLiteral("purpose"), QStringLiteral("Latency %1").arg(i + 1)}});
        const QJsonObject reply = m_teacherB.waitForReply(id);
        const qint64 repliedAtNs = clock.nsecsElapsed();
        QVERIFY2(isOk(reply), QJsonDocument(reply).toJson().constData());
        // A plain event loop, as the application's own: QTest::qWaitFor sleeps 10 ms between
        // its polls, which would be measured as latency.
        if (shownAtNs < 0) {
            QEventLoop wait;
            connect(this, &tst_DayGridLive::cellShown, &wait, &QEventLoop::quit);
            QTimer::singleShot(Patience, &wait, &QEventLoop::quit);
            wait.exec();
        }
        QVERIFY2(shownAtNs >= 0,
                 qPrintable(QStringLiteral("booking %1 (%2, column %3) never reached the grid")
                                .arg(i + 1)
                                .arg(model->gridRow(row).room.name)
                                .arg(column)));
        fromSend << double(shownAtNs - sentAtNs) / 1e6;
        // Negative when the window's event was handled before Teacher B's reply.
        fromReply << double(shownAtNs - repliedAtNs) / 1e6;
    }
    awaited = {};
    qInfo().noquote() << "day grid latency, colleague's confirmBooking sent -> cell shown:"
                      << figures(fromSend);
    qInfo().noquote() << "day grid latency, colleague's confirmBooking reply -> cell shown:"
                      << figures(fromReply);
    QCOMPARE(fromSend.size(), Bookings);
}

QTEST_MAIN(tst_DayGridLive)
#include "tst_daygridlive.moc"
