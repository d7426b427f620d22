// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <memory>

namespace {
// One HTTP exchange over a raw socket, as far as the server answered before it closed.
struct HttpReply {
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false;
};

HttpReply parseReply(const QByteArray &raw, bool closed) {
    HttpReply reply;
    reply.closed = closed;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    reply.head = end < 0 ? raw : raw.left(end);
    reply.body = end < 0 ? QByteArray() : raw.mid(end + 4);
    const QList<QByteArray> statusLine = reply.head.left(reply.head.indexOf("\r\n")).split(' ');
    reply.status = statusLine.value(1).toInt();
    return reply;
}

HttpReply exchange(quint16 port, const QByteArray &request, int timeoutMs = 10000) {
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray raw;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        raw += socket.readAll();
    }
    raw += socket.readAll();
    return parseReply(raw, socket.state() != QAbstractSocket::ConnectedState);
}

HttpReply get(quint16 port, const QByteArray &path, const QByteArray &method = "GET") {
    return exchange(port, method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

QByteArray headerValue(const HttpReply &reply, const QByteArray &name) {
    for (const QByteArray &line : reply.head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith(name.toLower() + ':'))
            return trimmed.mid(name.size() + 1).trimmed();
    }
    return QByteArray();
}

// A small RFC 5545 reader: checks the physical lines (CRLF, at most 75 octets), unfolds them
// and collects each VEVENT's properties.
struct Calendar {
    QString problem;
    QStringList calendarLines;
    QList<QHash<QByteArray, QByteArray>> events;
};

Calendar parseCalendar(const QByteArray &ics) {
    Calendar calendar;
    if (ics.count('\n') != ics.count("\r\n") || !ics.endsWith("\r\n")) {
        calendar.problem = QStringLiteral("a line does not end in CRLF");
        return calendar;
    }
    QList<QByteArray> logical;
    for (const QByteArray &physical : ics.chopped(2).split('\n')) {
        const QByteArray line = physical.endsWith('\r') ? physical.chopped(1) : physical;
        if (line.size() > 75) {
            calendar.problem = QStringLiteral("a line of %1 octets").arg(line.size());
            return calendar;
        }
        if (line.startsWith(' ') && !logical.isEmpty())
            logical.last() += line.mid(1);
        else
            logical << line;
    }
    QHash<QByteArray, QByteArray> *event = nullptr;
    for (const QByteArray &line : std::as_const(logical)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1);
        if (line == "BEGIN:VEVENT") {
            calendar.events.append(QHash<QByteArray, QByteArray>());
            event = &calendar.events.last();
        } else if (line == "END:VEVENT") {
            event = nullptr;
        } else if (event) {
            event->insert(name, value);
        } else {
            calendar.calendarLines << QString::fromUtf8(line);
        }
    }
    if (logical.value(0) != "BEGIN:VCALENDAR" || logical.last() != "END:VCALENDAR")
        calendar.problem = QStringLiteral("not one VCALENDAR");
    return calendar;
}
} // namespace

// The private calendar feed (contract section 4, "The calendar feed") over real HTTP, and
// listLocks, against the real server and the demo school.
class tst_Feed : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void feedUrlPointsAtTheFeedPort();
    void feedListsTheTeachersBookings();
    void headAnswersWithoutBody();
    void canceledBookingDisappears();
    void resetStopsTheOldUrl();
    void guessedUrlLooksLikeAResetOne();
    void unknownPathIs404AndPostIs405();
    void hugeRequestsAreRefusedWhileWebSocketsAnswer();
    void silentClientIsTimedOut();
    void listLocksShowsTheHolder();
    void listLocksRefusesBadSpans();
    void feedListenOptions();

private:
    QString feedUrl(TestClient &client, bool reset = false) {
        const QJsonObject reply =
            client.request(QStringLiteral("calendarFeed"),
                           reset ? QJsonObject{{QStringLiteral("reset"), true}} : QJsonObject());
        if (!reply.value(QStringLiteral("ok")).toBool())
            qWarning("%s", qPrintable(json(reply)));
        return reply.value(QStringLiteral("url")).toString();
    }
    static QByteArray pathOf(const QString &url) { return QUrl(url).path().toLatin1(); }
    QJsonObject book(TestClient &client, const QString &room, int dayOffset, int hour,
                     const QString &purpose) {
        const QDateTime start(m_firstDay.addDays(dayOffset), QTime(hour, 0));
        return client.request(QStringLiteral("confirmBooking"),
                              {{QStringLiteral("roomId"), m_rooms.value(room)},
                               {QStringLiteral("start"), Rfc3339::formatLocal(start)},
                               {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(2700))},
                               {QStringLiteral("purpose"), purpose}});
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    quint16 m_feedPort = 0;
    TestClient m_a;
    TestClient m_b;
    QHash<QString, qint64> m_rooms;
    QDate m_firstDay; // an open school day a few days ahead
};

void tst_Feed::initTestCase() {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->url(), {QStringLiteral("--demo")}),
             qPrintable(m_server->error()));
    static const QRegularExpression feedLine(
        QStringLiteral("calendar feed at 127\\.0\\.0\\.1:(\\d+)"));
    const QRegularExpressionMatch match = feedLine.match(m_server->output());
    QVERIFY2(match.hasMatch(), qPrintable(m_server->output()));
    m_feedPort = quint16(match.captured(1).toUInt());
    QVERIFY(m_feedPort > 0 && m_feedPort != m_server->port());

    QVERIFY(m_a.open(m_server->url()));
    VERIFY_OK(m_a.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    QVERIFY(m_b.open(m_server->url()));
    VERIFY_OK(m_b.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
    for (const QJsonValue &room :
         m_a.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray())
        m_rooms.insert(room.toObject().value(QStringLiteral("name")).toString(),
                       room.toObject().value(QStringLiteral("id")).toInteger());
    const QDate today = QDate::currentDate();
    const QJsonObject calendar =
        m_a.request(QStringLiteral("listCalendar"),
                    {{QStringLiteral("from"), today.addDays(2).toString(Qt::ISODate)},
                     {QStringLiteral("to"), today.addDays(12).toString(Qt::ISODate)}});
    for (const QJsonValue &day : calendar.value(QStringLiteral("days")).toArray()) {
        const QDate date =
            QDate::fromString(day.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (day.toObject().value(QStringLiteral("open")).toBool()) {
            m_firstDay = date;
            break;
        }
    }
    QVERIFY2(m_firstDay.isValid(), qPrintable(json(calendar)));
}

void tst_Feed::feedUrlPointsAtTheFeedPort() {
    const QString url = feedUrl(m_a);
    QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:%1/feed/").arg(m_feedPort)),
             qPrintable(url));
    QVERIFY(url.endsWith(QLatin1String(".ics")));
    // The same URL every time until a reset; another teacher has another one.
    QCOMPARE(feedUrl(m_a), url);
    QVERIFY(feedUrl(m_b) != url);
    // Only a hash of the secret is stored.
    const QString secret = QUrl(url).fileName().chopped(4);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM calendar_feeds WHERE "
                                         "secret_hash LIKE '%%%1%%' OR nonce LIKE '%%%1%%'")
                              .arg(secret))
                 .toInt(),
             0);
    VERIFY_FAILURE(m_a.request(QStringLiteral("calendarFeed"), {{QStringLiteral("reset"), 1}}), 400,
                   "BAD_REQUEST");
}

void tst_Feed::feedListsTheTeachersBookings() {
    const QString purpose =
        QStringLiteral("9C Chemistry; titration, part 2 \\ with a long description that needs "
                       "folding across lines — Größe");
    const QJsonObject first = book(m_a, QStringLiteral("Room 101"), 0, 9, purpose);
    VERIFY_OK(first);
    VERIFY_OK(book(m_a, QStringLiteral("Music Room"), 0, 11, QStringLiteral("Choir")));
    VERIFY_OK(book(m_b, QStringLiteral("Room 102"), 0, 9, QStringLiteral("Not mine")));

    const HttpReply reply = get(m_feedPort, pathOf(feedUrl(m_a)));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.closed);
    QCOMPARE(headerValue(reply, "Content-Type"), QByteArray("text/calendar; charset=utf-8"));
    QCOMPARE(headerValue(reply, "Content-Length").toInt(), reply.body.size());
    const Calendar calendar = parseCalendar(reply.body);
    QVERIFY2(calendar.problem.isEmpty(), qPrintable(calendar.problem));
    QVERIFY(calendar.calendarLines.contains(QStringLiteral("VERSION:2.0")));
    QVERIFY(calendar.calendarLines.filter(QStringLiteral("PRODID:")).size() == 1);
    QCOMPARE(calendar.events.size(), 2);

    const qint64 firstId =
        first.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger();
    static const QRegularExpression utc(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    QSet<QByteArray> uids;
    for (const auto &event : calendar.events) {
        for (const char *property : {"DTSTART", "DTEND", "DTSTAMP"})
            QVERIFY2(utc.match(QString::fromLatin1(event.value(property))).hasMatch(),
                     event.value(property).constData());
        QVERIFY(event.value("UID").startsWith("booking-"));
        uids.insert(event.value("UID"));
    }
    QCOMPARE(uids.size(), 2);
    const auto &nine = calendar.events.at(0);
    QCOMPARE(nine.value("UID"),
             QByteArray("booking-%1@roomclaim").replace("%1", QByteArray::number(firstId)));
    const QDateTime start(m_firstDay, QTime(9, 0));
    QCOMPARE(nine.value("DTSTART"),
             start.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1());
    QCOMPARE(QString::fromUtf8(nine.value("SUMMARY")),
             QStringLiteral("Room 101: 9C Chemistry\\; titration\\, part 2 \\\\ with a long "
                            "description that needs folding across lines — Größe"));
    QCOMPARE(nine.value("LOCATION"), QByteArray("Room 101\\, Main"));
    QCOMPARE(calendar.events.at(1).value("LOCATION"), QByteArray("Music Room\\, Arts"));

    // UIDs are stable from one download to the next.
    const Calendar again = parseCalendar(get(m_feedPort, pathOf(feedUrl(m_a))).body);
    QCOMPARE(again.events.at(0).value("UID"), nine.value("UID"));
    QCOMPARE(again.events.at(1).value("UID"), calendar.events.at(1).value("UID"));
}

void tst_Feed::headAnswersWithoutBody() {
    const HttpReply get200 = get(m_feedPort, pathOf(feedUrl(m_a)));
    const HttpReply head = get(m_feedPort, pathOf(feedUrl(m_a)), "HEAD");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(headerValue(head, "Content-Type"), QByteArray("text/calendar; charset=utf-8"));
    QCOMPARE(headerValue(head, "Content-Length").toInt(), get200.body.size());
}

void tst_Feed::canceledBookingDisappears() {
    const QJsonObject booked = book(m_a, QStringLiteral("Room 201"), 1, 13, QStringLiteral("Gone"));
    VERIFY_OK(booked);
    const qint64 id =
        booked.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger();
    const QByteArray uid = "booking-" + QByteArray::number(id) + "@roomclaim";
    const QByteArray path = pathOf(feedUrl(m_a));
    Calendar calendar = parseCalendar(get(m_feedPort, path).body);
    const qsizetype before = calendar.events.size();
    QVERIFY(std::any_of(calendar.events.begin(), calendar.events.end(),
                        [&](const auto &event) { return event.value("UID") == uid; }));

    VERIFY_OK(m_a.request(QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), id}}));
    calendar = parseCalendar(get(m_feedPort, path).body);
    QVERIFY2(calendar.problem.isEmpty(), qPrintable(calendar.problem));
    QCOMPARE(calendar.events.size(), before - 1);
    QVERIFY(std::none_of(calendar.events.begin(), calendar.events.end(),
                         [&](const auto &event) { return event.value("UID") == uid; }));
}

void tst_Feed::resetStopsTheOldUrl() {
    const QString old = feedUrl(m_b);
    QCOMPARE(get(m_feedPort, pathOf(old)).status, 200);
    const QString fresh = feedUrl(m_b, true);
    QVERIFY(fresh != old);
    QCOMPARE(feedUrl(m_b), fresh);
    const HttpReply gone = get(m_feedPort, pathOf(old));
    QCOMPARE(gone.status, 404);
    QCOMPARE(get(m_feedPort, pathOf(fresh)).status, 200);
}

void tst_Feed::guessedUrlLooksLikeAResetOne() {
    const QString old = feedUrl(m_a);
    feedUrl(m_a, true);
    const HttpReply reset = get(m_feedPort, pathOf(old));
    const QByteArray guess = "/feed/" + QByteArray(43, 'A') + ".ics";
    const HttpReply guessed = get(m_feedPort, guess);
    QCOMPARE(reset.status, 404);
    QCOMPARE(guessed.status, 404);
    QCOMPARE(guessed.body, reset.body);
    QCOMPARE(guessed.head, reset.head);
    // A deactivated teacher's feed is just as gone.
    const QString bUrl = feedUrl(m_b);
    QVERIFY(m_db->exec(
        QStringLiteral("UPDATE teachers SET active = false WHERE username = 'teacher.b'")));
    const HttpReply inactive = get(m_feedPort, pathOf(bUrl));
    QVERIFY(m_db->exec(
        QStringLiteral("UPDATE teachers SET active = true WHERE username = 'teacher.b'")));
    QCOMPARE(inactive.status, 404);
    QCOMPARE(inactive.body, reset.body);
}

void tst_Feed::unknownPathIs404AndPostIs405() {
    for (const QByteArray &path : {QByteArray("/"), QByteArray("/feed/"), QByteArray("/feed/x"),
                                   QByteArray("/admin"), QByteArray("/feed/../etc/passwd.ics")}) {
        const HttpReply reply = get(m_feedPort, path);
        QVERIFY2(reply.status == 404, path.constData());
        QVERIFY(reply.closed);
    }
    const HttpReply post =
        exchange(m_feedPort, "POST " + pathOf(feedUrl(m_a)) +
                                 " HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
    QCOMPARE(post.status, 405);
    QVERIFY(headerValue(post, "Allow").contains("GET"));
    QCOMPARE(get(m_feedPort, "/", "DELETE").status, 405);
    QCOMPARE(exchange(m_feedPort, "nonsense\r\n\r\n").status, 400);
}

void tst_Feed::hugeRequestsAreRefusedWhileWebSocketsAnswer() {
    // A URL of 64 KiB: 414, and the connection closed.
    QTcpSocket longUrl;
    longUrl.connectToHost(QStringLiteral("127.0.0.1"), m_feedPort);
    QVERIFY(longUrl.waitForConnected(5000));
    longUrl.write("GET /feed/" + QByteArray(64 * 1024, 'a'));
    // Meanwhile the WebSocket side answers at once.
    const qint64 asked = TestClient::nowMs();
    VERIFY_OK(m_a.request(QStringLiteral("listRooms")));
    QVERIFY(TestClient::nowMs() - asked < 2000);
    QByteArray raw;
    QDeadlineTimer deadline(10000);
    while (longUrl.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        longUrl.waitForReadyRead(100);
        raw += longUrl.readAll();
    }
    raw += longUrl.readAll();
    const HttpReply tooLong = parseReply(raw, longUrl.state() != QAbstractSocket::ConnectedState);
    QCOMPARE(tooLong.status, 414);
    QVERIFY(tooLong.closed);

    // Headers of 20 KiB: 431.
    const HttpReply tooBig =
        exchange(m_feedPort,
                 "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20 * 1024, 'b') + "\r\n\r\n");
    QCOMPARE(tooBig.status, 431);
    QVERIFY(tooBig.closed);
    // The feed still works afterwards.
    QCOMPARE(get(m_feedPort, pathOf(feedUrl(m_a))).status, 200);
}

void tst_Feed::silentClientIsTimedOut() {
    QTcpSocket silent;
    silent.connectToHost(QStringLiteral("127.0.0.1"), m_feedPort);
    QVERIFY(silent.waitForConnected(5000));
    silent.write("GET / HT"); // and then nothing
    QVERIFY(
        QTest::qWaitFor([&] { return silent.state() != QAbstractSocket::ConnectedState; }, 10000));
    const HttpReply reply = parseReply(silent.readAll(), true);
    QCOMPARE(reply.status, 408);
    VERIFY_OK(m_a.request(QStringLiteral("listRooms")));
}

void tst_Feed::listLocksShowsTheHolder() {
    const QDateTime start(m_firstDay.addDays(2), QTime(10, 0));
    const QDateTime end = start.addSecs(3600);
    const qint64 room = m_rooms.value(QStringLiteral("Room 103"));
    QVERIFY(m_db->exec(
        QStringLiteral("INSERT INTO locks (room_id, during, teacher_id, instance, expires_at) "
                       "SELECT %1, tstzrange('%2', '%3', '[)'), id, 'test', now() + interval "
                       "'1 minute' FROM teachers WHERE username = 'teacher.b'")
            .arg(room)
            .arg(start.toUTC().toString(Qt::ISODate), end.toUTC().toString(Qt::ISODate))));
    // An expired lock is not shown.
    QVERIFY(m_db->exec(
        QStringLiteral("INSERT INTO locks (room_id, during, teacher_id, instance, expires_at) "
                       "SELECT %1, tstzrange('%2', '%3', '[)'), id, 'test', now() - interval "
                       "'1 minute' FROM teachers WHERE username = 'teacher.a'")
            .arg(m_rooms.value(QStringLiteral("Room 201")))
            .arg(start.toUTC().toString(Qt::ISODate), end.toUTC().toString(Qt::ISODate))));

    const QJsonObject day = m_a.request(
        QStringLiteral("listLocks"),
        {{QStringLiteral("from"), Rfc3339::formatLocal(QDateTime(start.date(), QTime(0, 0)))},
         {QStringLiteral("to"),
          Rfc3339::formatLocal(QDateTime(start.date().addDays(1), QTime(0, 0)))}});
    VERIFY_OK(day);
    const QJsonArray locks = day.value(QStringLiteral("locks")).toArray();
    QCOMPARE(locks.size(), 1);
    const QJsonObject lock = locks.at(0).toObject();
    QCOMPARE(lock.value(QStringLiteral("roomId")).toInteger(), room);
    QCOMPARE(lock.value(QStringLiteral("holder")).toString(), QStringLiteral("Teacher B"));
    QCOMPARE(Rfc3339::parse(lock.value(QStringLiteral("start")).toString()), start);
    QCOMPARE(Rfc3339::parse(lock.value(QStringLiteral("end")).toString()), end);

    // A span that ends as the lock begins does not overlap it.
    const QJsonObject before =
        m_a.request(QStringLiteral("listLocks"),
                    {{QStringLiteral("from"), Rfc3339::formatLocal(start.addSecs(-3600))},
                     {QStringLiteral("to"), Rfc3339::formatLocal(start)}});
    VERIFY_OK(before);
    QCOMPARE(before.value(QStringLiteral("locks")).toArray().size(), 0);
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM locks WHERE instance = 'test'")));
}

void tst_Feed::listLocksRefusesBadSpans() {
    const QDateTime from = QDateTime::currentDateTime();
    VERIFY_FAILURE(m_a.request(QStringLiteral("listLocks"),
                               {{QStringLiteral("from"), Rfc3339::formatLocal(from)}}),
                   400, "BAD_REQUEST");
    VERIFY_FAILURE(m_a.request(QStringLiteral("listLocks"),
                               {{QStringLiteral("from"), Rfc3339::formatLocal(from)},
                                {QStringLiteral("to"), Rfc3339::formatLocal(from.addDays(401))}}),
                   400, "BAD_REQUEST");
    VERIFY_FAILURE(m_a.request(QStringLiteral("listLocks"),
                               {{QStringLiteral("from"), Rfc3339::formatLocal(from)},
                                {QStringLiteral("to"), Rfc3339::formatLocal(from.addSecs(-60))}}),
                   400, "BAD_REQUEST");
}

void tst_Feed::feedListenOptions() {
    // Off: no feed port, and calendarFeed says so.
    ServerProcess off;
    QVERIFY2(off.start(m_db->url(), {QStringLiteral("--feed-listen"), QStringLiteral("off")}),
             qPrintable(off.error()));
    QVERIFY2(off.output().contains(QLatin1String("calendar feed at (off)")),
             qPrintable(off.output()));
    TestClient client;
    QVERIFY(client.open(off.url()));
    VERIFY_OK(client.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    VERIFY_FAILURE(client.request(QStringLiteral("calendarFeed")), 503, "UNAVAILABLE");
    client.close();
    off.stop();

    // A public URL is used as given (the UIDs stay booking-<id>@roomclaim, as in the export).
    ServerProcess named;
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("server.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[feed]\npublicUrl=https://roomclaim.school.example:7401/\nlisten=127.0.0.1:0\n");
    file.close();
    QVERIFY2(named.start(m_db->url(), {QStringLiteral("--config"), config}),
             qPrintable(named.error()));
    QVERIFY(client.open(named.url()));
    VERIFY_OK(client.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    const QString url =
        client.request(QStringLiteral("calendarFeed")).value(QStringLiteral("url")).toString();
    QVERIFY2(url.startsWith(QLatin1String("https://roomclaim.school.example:7401/feed/")),
             qPrintable(url));
    client.close();
    named.stop();

    // An explicit address that is taken: one line on stderr and a non-zero exit.
    const ServerProcess::Result taken = ServerProcess::run(
        {QStringLiteral("--headless"), QStringLiteral("--db"), m_db->url(),
         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--feed-listen"),
         QStringLiteral("127.0.0.1:%1").arg(m_feedPort)});
    QVERIFY(taken.exitCode != 0);
    QVERIFY2(taken.err.contains(QLatin1String("--feed-listen")), qPrintable(taken.err));
    QCOMPARE(taken.err.trimmed().count(QLatin1Char('\n')), 0);
    // Nonsense is refused before anything starts.
    const ServerProcess::Result bad =
        ServerProcess::run({QStringLiteral("--db"), m_db->url(), QStringLiteral("--feed-listen"),
                            QStringLiteral("7401")});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains(QLatin1String("--feed-listen")), qPrintable(bad.err));
}

QTEST_GUILESS_MAIN(tst_Feed)
#include "tst_feed.moc"
