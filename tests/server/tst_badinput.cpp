// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyChecks.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

namespace {
// A wall-clock time `days` days from today at +01:00.
QString at(int days, int hour, int minute) {
    const QDateTime time(QDate::currentDate().addDays(days), QTime(hour, minute), Qt::OffsetFromUTC,
                         3600);
    return time.toString(Qt::ISODate);
}

// Expected reply id: a number, or null when the frame had no usable id.
constexpr int NullRe = 0;
} // namespace

// Bad input of every kind (contract section 1: "A frame that is not a JSON object..."), sent
// over a real connection to the real server: each gets its error, changes nothing, leaves the
// connection open (except a frame over 64 KiB) and leaves other clients served.
class tst_BadInput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void badFrame_data();
    void badFrame();
    void binaryFrame();
    void unauthenticated_data();
    void unauthenticated();
    void frameAtTheLimitIsServed();
    void oversizeFrameClosesWith1009();
    void connectionStillBooksAfterAll();
    void overlongCancelReasonIsRefused();
    void myBookingsNearYear9999IsServed();

private:
    QString fill(QString text) const;
    void verifyUnharmed(TestClient &sender);
    qint64 count(const QString &table) const {
        return m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }

    TestDatabase m_db;
    ServerProcess m_server;
    TestClient m_sender; // logged in as Teacher A; sends the bad input
    TestClient m_other;  // logged in as Teacher B; must stay served
    TestClient m_anonymous;
    qint64 m_roomId = 0;
    qint64 m_bookings = 0;
    qint64 m_locks = 0;
};

void tst_BadInput::initTestCase() {
    QVERIFY2(m_db.isValid(), qPrintable(m_db.error()));
    QVERIFY2(m_server.start(m_db.url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
    QVERIFY(m_sender.open(m_server.url()));
    QVERIFY(m_other.open(m_server.url()));
    QVERIFY(m_anonymous.open(m_server.url()));
    QVERIFY(m_sender.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
                .value(QStringLiteral("ok"))
                .toBool());
    QVERIFY(m_other.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))
                .value(QStringLiteral("ok"))
                .toBool());
    for (const QJsonValue &room :
         m_sender.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray()) {
        if (room.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Room 101"))
            m_roomId = room.toObject().value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(m_roomId > 0);
    m_bookings = count(QStringLiteral("bookings"));
    m_locks = count(QStringLiteral("locks"));
}

void tst_BadInput::cleanupTestCase() {
    m_server.stop();
}

void tst_BadInput::cleanup() {
    if (QTest::currentTestFailed())
        qWarning().noquote() << "server log:\n" << m_server.output().right(3000);
}

// Placeholders keep the table below readable: valid future times and a real room.
QString tst_BadInput::fill(QString text) const {
    return text.replace(QLatin1String("%ROOM%"), QString::number(m_roomId))
        .replace(QLatin1String("%S%"), at(1, 9, 0))
        .replace(QLatin1String("%E%"), at(1, 10, 0))
        .replace(QLatin1String("%LATER%"), at(3, 9, 0));
}

void tst_BadInput::verifyUnharmed(TestClient &sender) {
    QVERIFY2(sender.isOpen(), "the connection was closed");
    QCOMPARE(count(QStringLiteral("bookings")), m_bookings);
    QCOMPARE(count(QStringLiteral("locks")), m_locks);
    const QJsonObject search =
        m_other.request(QStringLiteral("searchRooms"), {{QStringLiteral("start"), at(1, 9, 0)},
                                                        {QStringLiteral("end"), at(1, 10, 0)}});
    QVERIFY2(search.value(QStringLiteral("ok")).toBool(), qPrintable(json(search)));
    QCOMPARE(search.value(QStringLiteral("rooms")).toArray().size(), 12);
    // The sender itself is still served, in order, after its bad frame.
    const QJsonObject rooms = sender.request(QStringLiteral("listRooms"));
    if (&sender != &m_anonymous)
        QVERIFY2(rooms.value(QStringLiteral("ok")).toBool(), qPrintable(json(rooms)));
    else
        QCOMPARE(rooms.value(QStringLiteral("code")).toString(), QStringLiteral("UNAUTHENTICATED"));
}

void tst_BadInput::badFrame_data() {
    QTest::addColumn<QString>("frame");
    QTest::addColumn<int>("re");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field"); // the field the message must name, if any

    const QString bad = QStringLiteral("BAD_REQUEST");
    const auto row = [&](const char *name, const QString &frame, int re, int status,
                         const QString &code, const QString &field = {}) {
        QTest::newRow(name) << frame << re << status << code << field;
    };
    // Frames that are not a JSON object, or have no usable id.
    row("not json", QStringLiteral("hello server"), NullRe, 400, bad);
    row("empty text", QString(), NullRe, 400, bad);
    row("truncated object", QStringLiteral("{\"id\": 1, \"type\": \"listRooms\""), NullRe, 400,
        bad);
    row("array", QStringLiteral("[1, 2, 3]"), NullRe, 400, bad);
    row("array of a request", QStringLiteral("[{\"id\": 1, \"type\": \"listRooms\"}]"), NullRe, 400,
        bad);
    row("number", QStringLiteral("42"), NullRe, 400, bad);
    row("string", QStringLiteral("\"listRooms\""), NullRe, 400, bad);
    row("null", QStringLiteral("null"), NullRe, 400, bad);
    row("missing id", QStringLiteral("{\"type\": \"listRooms\"}"), NullRe, 400, bad,
        QStringLiteral("id"));
    row("null id", QStringLiteral("{\"id\": null, \"type\": \"listRooms\"}"), NullRe, 400, bad,
        QStringLiteral("id"));
    row("string id", QStringLiteral("{\"id\": \"7\", \"type\": \"listRooms\"}"), NullRe, 400, bad,
        QStringLiteral("id"));
    row("zero id", QStringLiteral("{\"id\": 0, \"type\": \"listRooms\"}"), NullRe, 400, bad,
        QStringLiteral("id"));
    row("negative id", QStringLiteral("{\"id\": -3, \"type\": \"listRooms\"}"), NullRe, 400, bad,
        QStringLiteral("id"));
    row("fractional id", QStringLiteral("{\"id\": 1.5, \"type\": \"listRooms\"}"), NullRe, 400, bad,
        QStringLiteral("id"));
    row("huge id", QStringLiteral("{\"id\": 1e300, \"type\": \"listRooms\"}"), NullRe, 400, bad,
        QStringLiteral("id"));
    // A usable id, but no usable type.
    row("missing type", QStringLiteral("{\"id\": 101}"), 101, 400, bad, QStringLiteral("type"));
    row("number type", QStringLiteral("{\"id\": 102, \"type\": 42}"), 102, 400, bad,
        QStringLiteral("type"));
    row("empty type", QStringLiteral("{\"id\": 103, \"type\": \"\"}"), 103, 400, bad,
        QStringLiteral("type"));
    row("unknown type", QStringLiteral("{\"id\": 104, \"type\": \"dropAllTables\"}"), 104, 400,
        QStringLiteral("UNKNOWN_TYPE"));
    row("type in other case", QStringLiteral("{\"id\": 105, \"type\": \"LISTROOMS\"}"), 105, 400,
        QStringLiteral("UNKNOWN_TYPE"));
    // Missing or mistyped fields.
    row("login without username",
        QStringLiteral("{\"id\": 110, \"type\": \"login\", \"password\": \"x\"}"), 110, 400, bad,
        QStringLiteral("username"));
    row("login without password",
        QStringLiteral("{\"id\": 111, \"type\": \"login\", \"username\": \"teacher.a\"}"), 111, 400,
        bad, QStringLiteral("password"));
    row("login number username",
        QStringLiteral("{\"id\": 112, \"type\": \"login\", \"username\": 5, \"password\": \"x\"}"),
        112, 400, bad, QStringLiteral("username"));
    row("resume without token", QStringLiteral("{\"id\": 113, \"type\": \"resume\"}"), 113, 400,
        bad, QStringLiteral("token"));
    row("resume null token", QStringLiteral("{\"id\": 114, \"type\": \"resume\", \"token\": null}"),
        114, 400, bad, QStringLiteral("token"));
    row("search without start",
        QStringLiteral("{\"id\": 120, \"type\": \"searchRooms\", \"end\": \"%E%\"}"), 120, 400, bad,
        QStringLiteral("start"));
    row("search without end",
        QStringLiteral("{\"id\": 121, \"type\": \"searchRooms\", \"start\": \"%S%\"}"), 121, 400,
        bad, QStringLiteral("end"));
    row("search number start",
        QStringLiteral(
            "{\"id\": 122, \"type\": \"searchRooms\", \"start\": 1800000000, \"end\": \"%E%\"}"),
        122, 400, bad, QStringLiteral("start"));
    row("search string minCapacity",
        QStringLiteral("{\"id\": 123, \"type\": \"searchRooms\", \"start\": \"%S%\", \"end\": "
                       "\"%E%\", \"minCapacity\": \"20\"}"),
        123, 400, bad, QStringLiteral("minCapacity"));
    row("search fractional minCapacity",
        QStringLiteral("{\"id\": 124, \"type\": \"searchRooms\", \"start\": \"%S%\", \"end\": "
                       "\"%E%\", \"minCapacity\": 2.5}"),
        124, 400, bad, QStringLiteral("minCapacity"));
    row("search negative minCapacity",
        QStringLiteral("{\"id\": 125, \"type\": \"searchRooms\", \"start\": \"%S%\", \"end\": "
                       "\"%E%\", \"minCapacity\": -1}"),
        125, 400, bad, QStringLiteral("minCapacity"));
    row("search string features",
        QStringLiteral("{\"id\": 126, \"type\": \"searchRooms\", \"start\": \"%S%\", \"end\": "
                       "\"%E%\", \"features\": \"projector\"}"),
        126, 400, bad, QStringLiteral("features"));
    row("search number in features",
        QStringLiteral("{\"id\": 127, \"type\": \"searchRooms\", \"start\": \"%S%\", \"end\": "
                       "\"%E%\", \"features\": [\"projector\", 3]}"),
        127, 400, bad, QStringLiteral("features"));
    row("confirm without roomId",
        QStringLiteral(
            "{\"id\": 130, \"type\": \"confirmBooking\", \"start\": \"%S%\", \"end\": \"%E%\"}"),
        130, 400, bad, QStringLiteral("roomId"));
    row("confirm string roomId",
        QStringLiteral("{\"id\": 131, \"type\": \"confirmBooking\", \"roomId\": \"%ROOM%\", "
                       "\"start\": \"%S%\", \"end\": \"%E%\"}"),
        131, 400, bad, QStringLiteral("roomId"));
    row("confirm zero roomId",
        QStringLiteral("{\"id\": 132, \"type\": \"confirmBooking\", \"roomId\": 0, \"start\": "
                       "\"%S%\", \"end\": \"%E%\"}"),
        132, 400, bad, QStringLiteral("roomId"));
    row("confirm fractional roomId",
        QStringLiteral("{\"id\": 133, \"type\": \"confirmBooking\", \"roomId\": 1.5, \"start\": "
                       "\"%S%\", \"end\": \"%E%\"}"),
        133, 400, bad, QStringLiteral("roomId"));
    row("confirm without start",
        QStringLiteral(
            "{\"id\": 134, \"type\": \"confirmBooking\", \"roomId\": %ROOM%, \"end\": \"%E%\"}"),
        134, 400, bad, QStringLiteral("start"));
    row("confirm without end",
        QStringLiteral(
            "{\"id\": 135, \"type\": \"confirmBooking\", \"roomId\": %ROOM%, \"start\": \"%S%\"}"),
        135, 400, bad, QStringLiteral("end"));
    row("confirm number purpose",
        QStringLiteral("{\"id\": 136, \"type\": \"confirmBooking\", \"roomId\": %ROOM%, \"start\": "
                       "\"%S%\", \"end\": \"%E%\", \"purpose\": 7}"),
        136, 400, bad, QStringLiteral("purpose"));
    row("confirm over-long purpose",
        QStringLiteral("{\"id\": 137, \"type\": \"confirmBooking\", \"roomId\": %ROOM%, \"start\": "
                       "\"%S%\", \"end\": \"%E%\", \"purpose\": \"%1\"}")
            .arg(QString(500, QLatin1Char('x'))),
        137, 400, bad, QStringLiteral("purpose"));
    row("cancel without bookingId", QStringLiteral("{\"id\": 140, \"type\": \"cancelBooking\"}"),
        140, 400, bad, QStringLiteral("bookingId"));
    row("cancel string bookingId",
        QStringLiteral("{\"id\": 141, \"type\": \"cancelBooking\", \"bookingId\": \"1\"}"), 141,
        400, bad, QStringLiteral("bookingId"));
    row("cancel number reason",
        QStringLiteral(
            "{\"id\": 142, \"type\": \"cancelBooking\", \"bookingId\": 1, \"reason\": 5}"),
        142, 400, bad, QStringLiteral("reason"));
    row("list without from",
        QStringLiteral("{\"id\": 150, \"type\": \"listBookings\", \"to\": \"%E%\"}"), 150, 400, bad,
        QStringLiteral("from"));
    row("list without to",
        QStringLiteral("{\"id\": 151, \"type\": \"listBookings\", \"from\": \"%S%\"}"), 151, 400,
        bad, QStringLiteral("to"));
    row("list string roomId",
        QStringLiteral("{\"id\": 152, \"type\": \"listBookings\", \"from\": \"%S%\", \"to\": "
                       "\"%E%\", \"roomId\": \"1\"}"),
        152, 400, bad, QStringLiteral("roomId"));
    row("my bookings bad from",
        QStringLiteral("{\"id\": 153, \"type\": \"myBookings\", \"from\": \"yesterday\"}"), 153,
        400, bad, QStringLiteral("from"));
    row("my bookings number to",
        QStringLiteral("{\"id\": 154, \"type\": \"myBookings\", \"to\": 5}"), 154, 400, bad,
        QStringLiteral("to"));
    row("periods impossible date",
        QStringLiteral("{\"id\": 155, \"type\": \"listPeriods\", \"date\": \"2027-02-30\"}"), 155,
        400, bad, QStringLiteral("date"));
    row("periods short date",
        QStringLiteral("{\"id\": 156, \"type\": \"listPeriods\", \"date\": \"2027-3-1\"}"), 156,
        400, bad, QStringLiteral("date"));
    row("periods number date",
        QStringLiteral("{\"id\": 157, \"type\": \"listPeriods\", \"date\": 20270301}"), 157, 400,
        bad, QStringLiteral("date"));
    // Intervals: end <= start, too long, already over.
    row("search end equals start",
        QStringLiteral(
            "{\"id\": 160, \"type\": \"searchRooms\", \"start\": \"%S%\", \"end\": \"%S%\"}"),
        160, 400, bad);
    row("search end before start",
        QStringLiteral(
            "{\"id\": 161, \"type\": \"searchRooms\", \"start\": \"%E%\", \"end\": \"%S%\"}"),
        161, 400, bad);
    row("confirm end equals start",
        QStringLiteral("{\"id\": 162, \"type\": \"confirmBooking\", \"roomId\": %ROOM%, \"start\": "
                       "\"%S%\", \"end\": \"%S%\"}"),
        162, 400, bad);
    row("confirm end before start",
        QStringLiteral("{\"id\": 163, \"type\": \"confirmBooking\", \"roomId\": %ROOM%, \"start\": "
                       "\"%E%\", \"end\": \"%S%\"}"),
        163, 400, bad);
    row("confirm two days long",
        QStringLiteral("{\"id\": 164, \"type\": \"confirmBooking\", \"roomId\": %ROOM%, \"start\": "
                       "\"%S%\", \"end\": \"%LATER%\"}"),
        164, 400, bad);
    row("confirm in the past",
        QStringLiteral("{\"id\": 165, \"type\": \"confirmBooking\", \"roomId\": %ROOM%, \"start\": "
                       "\"2020-03-02T09:00:00+01:00\", \"end\": \"2020-03-02T10:00:00+01:00\"}"),
        165, 400, bad);
    row("list to before from",
        QStringLiteral(
            "{\"id\": 166, \"type\": \"listBookings\", \"from\": \"%E%\", \"to\": \"%S%\"}"),
        166, 400, bad);
    row("my bookings to before from",
        QStringLiteral(
            "{\"id\": 167, \"type\": \"myBookings\", \"from\": \"%E%\", \"to\": \"%S%\"}"),
        167, 400, bad);
    // Times that are not RFC 3339 or do not exist.
    const QList<std::pair<const char *, QString>> badTimes = {
        {"Feb 30", QStringLiteral("2027-02-30T09:00:00+01:00")},
        {"Feb 29 in a common year", QStringLiteral("2027-02-29T09:00:00+01:00")},
        {"month 13", QStringLiteral("2027-13-01T09:00:00+01:00")},
        {"hour 25", QStringLiteral("2027-03-01T25:00:00+01:00")},
        {"hour 24", QStringLiteral("2027-03-01T24:00:00+01:00")},
        {"minute 61", QStringLiteral("2027-03-01T09:61:00+01:00")},
        {"offset hour 24", QStringLiteral("2027-03-01T09:00:00+24:00")},
        {"offset minute 60", QStringLiteral("2027-03-01T09:00:00+01:60")},
        {"no offset", QStringLiteral("2027-03-01T09:00:00")},
        {"date only", QStringLiteral("2027-03-01")},
        {"no seconds", QStringLiteral("2027-03-01T09:00+01:00")},
        {"words", QStringLiteral("tomorrow at nine")},
        {"empty", QString()},
        {"RFC 2822", QStringLiteral("Mon, 01 Mar 2027 09:00:00 +0100")},
        {"compact offset", QStringLiteral("2027-03-01T09:00:00+0100")},
        {"epoch text", QStringLiteral("1803456000")},
    };
    int id = 200;
    for (const auto &[name, time] : badTimes) {
        const QByteArray startName = QByteArray("search start ") + name;
        row(startName.constData(),
            QStringLiteral("{\"id\": %1, \"type\": \"searchRooms\", \"start\": \"%2\", \"end\": "
                           "\"2027-03-01T10:00:00+01:00\"}")
                .arg(id)
                .arg(time),
            id, 400, bad, QStringLiteral("start"));
        ++id;
        const QByteArray endName = QByteArray("confirm end ") + name;
        row(endName.constData(),
            QStringLiteral("{\"id\": %1, \"type\": \"confirmBooking\", \"roomId\": %ROOM%, "
                           "\"start\": \"2027-03-01T08:00:00+01:00\", \"end\": \"%2\"}")
                .arg(id)
                .arg(time),
            id, 400, bad, QStringLiteral("end"));
        ++id;
    }
    // Text PostgreSQL cannot store (U+0000), and times whose UTC form leaves years 1 to 9999:
    // bad input, not a server failure.
    row("confirm NUL in purpose",
        QStringLiteral("{\"id\": 170, \"type\": \"confirmBooking\", \"roomId\": %ROOM%, \"start\": "
                       "\"%S%\", \"end\": \"%E%\", \"purpose\": \"7B\\u0000Maths\"}"),
        170, 400, bad, QStringLiteral("purpose"));
    row("login NUL in username",
        QStringLiteral("{\"id\": 171, \"type\": \"login\", \"username\": \"teacher.a\\u0000\", "
                       "\"password\": \"demo-a\"}"),
        171, 400, bad, QStringLiteral("username"));
    row("search NUL in features",
        QStringLiteral("{\"id\": 172, \"type\": \"searchRooms\", \"start\": \"%S%\", \"end\": "
                       "\"%E%\", \"features\": [\"pro\\u0000jector\"]}"),
        172, 400, bad, QStringLiteral("features"));
    row("search end in year 10000 UTC",
        QStringLiteral("{\"id\": 173, \"type\": \"searchRooms\", \"start\": "
                       "\"9999-12-31T13:00:00-10:00\", \"end\": \"9999-12-31T15:00:00-10:00\"}"),
        173, 400, bad, QStringLiteral("end"));
    row("list from before year 1 UTC",
        QStringLiteral("{\"id\": 174, \"type\": \"listBookings\", \"from\": "
                       "\"0001-01-01T00:30:00+01:00\", \"to\": \"0001-01-02T00:00:00+01:00\"}"),
        174, 400, bad, QStringLiteral("from"));
    // Valid but pointing nowhere.
    row("confirm unknown room",
        QStringLiteral("{\"id\": 300, \"type\": \"confirmBooking\", \"roomId\": 987654, \"start\": "
                       "\"%S%\", \"end\": \"%E%\"}"),
        300, 404, QStringLiteral("ROOM_NOT_FOUND"));
    row("cancel unknown booking",
        QStringLiteral("{\"id\": 301, \"type\": \"cancelBooking\", \"bookingId\": 987654}"), 301,
        404, QStringLiteral("BOOKING_NOT_FOUND"));
    // Big, but under the 64 KiB limit: an error, not a close.
    row("60 KiB of garbage", QString(60 * 1024, QLatin1Char('x')), NullRe, 400, bad);
}

void tst_BadInput::badFrame() {
    QFETCH(QString, frame);
    QFETCH(int, re);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);

    m_sender.sendRawText(fill(frame));
    const QJsonObject reply = m_sender.waitForAnyReply(10000);
    QVERIFY2(!reply.isEmpty(), "no reply");
    if (re == NullRe)
        QVERIFY2(reply.value(QStringLiteral("re")).isNull(), qPrintable(json(reply)));
    else
        QCOMPARE(reply.value(QStringLiteral("re")).toInteger(), re);
    QCOMPARE(reply.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(reply.value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(reply.value(QStringLiteral("code")).toString(), code);
    const QString message = reply.value(QStringLiteral("message")).toString();
    QVERIFY2(!message.isEmpty(), qPrintable(json(reply)));
    if (!field.isEmpty()) {
        const QRegularExpression names(
            QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(field)));
        QVERIFY2(names.match(message).hasMatch(),
                 qPrintable(QStringLiteral("message does not name '%1': %2").arg(field, message)));
    }
    verifyUnharmed(m_sender);
}

void tst_BadInput::binaryFrame() {
    m_sender.sendRawBinary(QByteArrayLiteral("{\"id\": 400, \"type\": \"listRooms\"}"));
    const QJsonObject reply = m_sender.waitForAnyReply(10000);
    QVERIFY2(!reply.isEmpty(), "no reply");
    QCOMPARE(reply.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(reply.value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(reply.value(QStringLiteral("code")).toString(), QStringLiteral("BAD_REQUEST"));
    verifyUnharmed(m_sender);
}

void tst_BadInput::unauthenticated_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("params"); // JSON object text, placeholders filled
    QTest::newRow("logout") << QStringLiteral("logout") << QStringLiteral("{}");
    QTest::newRow("listRooms") << QStringLiteral("listRooms") << QStringLiteral("{}");
    QTest::newRow("listPeriods") << QStringLiteral("listPeriods")
                                 << QStringLiteral("{\"date\": \"2027-03-01\"}");
    QTest::newRow("searchRooms") << QStringLiteral("searchRooms")
                                 << QStringLiteral("{\"start\": \"%S%\", \"end\": \"%E%\"}");
    QTest::newRow("confirmBooking")
        << QStringLiteral("confirmBooking")
        << QStringLiteral("{\"roomId\": %ROOM%, \"start\": \"%S%\", \"end\": \"%E%\"}");
    QTest::newRow("cancelBooking")
        << QStringLiteral("cancelBooking") << QStringLiteral("{\"bookingId\": 1}");
    QTest::newRow("myBookings") << QStringLiteral("myBookings") << QStringLiteral("{}");
    QTest::newRow("listBookings") << QStringLiteral("listBookings")
                                  << QStringLiteral("{\"from\": \"%S%\", \"to\": \"%E%\"}");
}

void tst_BadInput::unauthenticated() {
    QFETCH(QString, type);
    QFETCH(QString, params);
    const QJsonObject object = QJsonDocument::fromJson(fill(params).toUtf8()).object();
    const QJsonObject reply = m_anonymous.request(type, object);
    QVERIFY2(!reply.isEmpty(), "no reply");
    QCOMPARE(reply.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(reply.value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(reply.value(QStringLiteral("code")).toString(), QStringLiteral("UNAUTHENTICATED"));
    verifyUnharmed(m_anonymous);
    QCOMPARE(m_anonymous.events().size(), 0);
}

void tst_BadInput::frameAtTheLimitIsServed() {
    // Exactly 64 KiB is not "larger than 64 KiB".
    const QString head = QStringLiteral("{\"id\": 500, \"type\": \"listRooms\", \"padding\": \"");
    const QString tail = QStringLiteral("\"}");
    const QString frame =
        head + QString(64 * 1024 - head.size() - tail.size(), QLatin1Char('p')) + tail;
    QCOMPARE(frame.toUtf8().size(), 64 * 1024);
    m_sender.sendRawText(frame);
    const QJsonObject reply = m_sender.waitForAnyReply(10000);
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), qPrintable(json(reply)));
    QCOMPARE(reply.value(QStringLiteral("re")).toInteger(), 500);
    verifyUnharmed(m_sender);
}

void tst_BadInput::oversizeFrameClosesWith1009() {
    TestClient big;
    QVERIFY(big.open(m_server.url()));
    QVERIFY(big.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
                .value(QStringLiteral("ok"))
                .toBool());
    const QString head = QStringLiteral("{\"id\": 600, \"type\": \"listRooms\", \"padding\": \"");
    const QString tail = QStringLiteral("\"}");
    const QString frame =
        head + QString(64 * 1024 + 1 - head.size() - tail.size(), QLatin1Char('p')) + tail;
    QCOMPARE(frame.toUtf8().size(), 64 * 1024 + 1);
    big.sendRawText(frame);
    QVERIFY2(big.waitForDisconnected(15000), "a frame over 64 KiB did not close the connection");
    QCOMPARE(big.closeCode(), 1009);
    // Everyone else carries on.
    QVERIFY(m_sender.isOpen());
    QCOMPARE(count(QStringLiteral("bookings")), m_bookings);
    QCOMPARE(count(QStringLiteral("locks")), m_locks);
    const QJsonObject search =
        m_other.request(QStringLiteral("searchRooms"), {{QStringLiteral("start"), at(1, 9, 0)},
                                                        {QStringLiteral("end"), at(1, 10, 0)}});
    QVERIFY2(search.value(QStringLiteral("ok")).toBool(), qPrintable(json(search)));
}

void tst_BadInput::connectionStillBooksAfterAll() {
    // After every kind of bad input, the same connection can still do real work.
    const QJsonObject reply =
        m_sender.request(QStringLiteral("confirmBooking"), {{QStringLiteral("roomId"), m_roomId},
                                                            {QStringLiteral("start"), at(1, 9, 0)},
                                                            {QStringLiteral("end"), at(1, 10, 0)}});
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), qPrintable(json(reply)));
    QCOMPARE(count(QStringLiteral("bookings")), m_bookings + 1);
    QCOMPARE(count(QStringLiteral("locks")), m_locks);
}

void tst_BadInput::overlongCancelReasonIsRefused() {
    // The reason travels in the bookingCanceled event; an essay must get a 400 naming the field,
    // not a failure of the whole cancel (a NOTIFY payload holds less than 8000 bytes).
    const QJsonObject booked =
        m_sender.request(QStringLiteral("confirmBooking"), {{QStringLiteral("roomId"), m_roomId},
                                                            {QStringLiteral("start"), at(2, 9, 0)},
                                                            {QStringLiteral("end"), at(2, 10, 0)}});
    QVERIFY2(booked.value(QStringLiteral("ok")).toBool(), qPrintable(json(booked)));
    const qint64 bookingId =
        booked.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger();
    const QJsonObject refused =
        m_sender.request(QStringLiteral("cancelBooking"),
                         {{QStringLiteral("bookingId"), bookingId},
                          {QStringLiteral("reason"), QString(9000, QLatin1Char('r'))}});
    QCOMPARE(refused.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(refused.value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(refused.value(QStringLiteral("code")).toString(), QStringLiteral("BAD_REQUEST"));
    QVERIFY2(refused.value(QStringLiteral("message")).toString().contains(QLatin1String("reason")),
             qPrintable(json(refused)));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE id = %1 AND "
                                        "canceled_at IS NULL")
                             .arg(bookingId))
                 .toInt(),
             1);
    // A sensible reason still cancels.
    const QJsonObject canceled = m_sender.request(
        QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), bookingId},
                                          {QStringLiteral("reason"), QStringLiteral("Trip")}});
    QVERIFY2(canceled.value(QStringLiteral("ok")).toBool(), qPrintable(json(canceled)));
}

void tst_BadInput::myBookingsNearYear9999IsServed() {
    // Only 'from' is given, so the server picks 'to' some 400 days later, past year 9999.
    const QJsonObject reply =
        m_sender.request(QStringLiteral("myBookings"),
                         {{QStringLiteral("from"), QStringLiteral("9999-12-01T00:00:00Z")}});
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), qPrintable(json(reply)));
    QCOMPARE(reply.value(QStringLiteral("bookings")).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
