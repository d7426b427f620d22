// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

namespace {
QList<qint64> idsOf(const QJsonArray &array) {
    QList<qint64> ids;
    for (const QJsonValue &value : array)
        ids << value.toInteger();
    return ids;
}

QJsonObject favouriteParams(qint64 roomId, bool favourite) {
    return {{QStringLiteral("roomId"), roomId}, {QStringLiteral("favourite"), favourite}};
}
} // namespace

// Favourite rooms (protocol addition): stored per teacher on the server, flagged in listRooms
// and searchRooms, first in searchRooms; against the real server and the demo school.
class tst_Favourites : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void setAndUnsetAnswerTheFavourites();
    void listRoomsFlagsFavourites();
    void searchRoomsPutsFavouritesFirst();
    void favouritesArePerTeacher();
    void favouritesSurviveANewConnection();
    void unknownRoomIs404();
    void mistypedFieldsAre400();
    void needsALogin();

private:
    qint64 roomId(const QString &name) const { return m_rooms.value(name); }
    QList<qint64> favourites(TestClient &client) {
        const QJsonObject reply = client.request(QStringLiteral("listFavourites"));
        if (!reply.value(QStringLiteral("ok")).toBool())
            qWarning("%s", qPrintable(json(reply)));
        return idsOf(reply.value(QStringLiteral("roomIds")).toArray());
    }
    QJsonArray search(TestClient &client) {
        const QDateTime start = QDateTime(QDate::currentDate().addDays(3), QTime(10, 0));
        const QJsonObject reply =
            client.request(QStringLiteral("searchRooms"),
                           {{QStringLiteral("start"), Rfc3339::formatLocal(start)},
                            {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(3000))}});
        if (!reply.value(QStringLiteral("ok")).toBool())
            qWarning("%s", qPrintable(json(reply)));
        return reply.value(QStringLiteral("rooms")).toArray();
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    TestClient m_a;
    TestClient m_b;
    QHash<QString, qint64> m_rooms;
};

void tst_Favourites::initTestCase() {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->url(), {QStringLiteral("--demo")}),
             qPrintable(m_server->error()));
    QVERIFY(m_a.open(m_server->url()));
    VERIFY_OK(m_a.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    QVERIFY(m_b.open(m_server->url()));
    VERIFY_OK(m_b.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
    for (const QJsonValue &room :
         m_a.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray())
        m_rooms.insert(room.toObject().value(QStringLiteral("name")).toString(),
                       room.toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY(m_rooms.size() >= 5);
}

void tst_Favourites::cleanup() {
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM favourite_rooms")));
}

void tst_Favourites::setAndUnsetAnswerTheFavourites() {
    QCOMPARE(favourites(m_a), QList<qint64>());
    const qint64 music = roomId(QStringLiteral("Music Room"));
    const qint64 room101 = roomId(QStringLiteral("Room 101"));
    QJsonObject reply = m_a.request(QStringLiteral("setFavourite"), favouriteParams(music, true));
    VERIFY_OK(reply);
    QCOMPARE(idsOf(reply.value(QStringLiteral("roomIds")).toArray()), QList<qint64>{music});
    reply = m_a.request(QStringLiteral("setFavourite"), favouriteParams(room101, true));
    QList<qint64> both{music, room101};
    std::sort(both.begin(), both.end());
    QCOMPARE(idsOf(reply.value(QStringLiteral("roomIds")).toArray()), both);
    // Setting again changes nothing.
    reply = m_a.request(QStringLiteral("setFavourite"), favouriteParams(room101, true));
    QCOMPARE(idsOf(reply.value(QStringLiteral("roomIds")).toArray()), both);
    QCOMPARE(favourites(m_a), both);

    reply = m_a.request(QStringLiteral("setFavourite"), favouriteParams(music, false));
    VERIFY_OK(reply);
    QCOMPARE(idsOf(reply.value(QStringLiteral("roomIds")).toArray()), QList<qint64>{room101});
    reply = m_a.request(QStringLiteral("setFavourite"), favouriteParams(music, false));
    VERIFY_OK(reply);
    QCOMPARE(favourites(m_a), QList<qint64>{room101});
}

void tst_Favourites::listRoomsFlagsFavourites() {
    const qint64 music = roomId(QStringLiteral("Music Room"));
    VERIFY_OK(m_a.request(QStringLiteral("setFavourite"), favouriteParams(music, true)));
    const QJsonArray rooms =
        m_a.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray();
    QCOMPARE(rooms.size(), m_rooms.size());
    for (const QJsonValue &value : rooms) {
        const QJsonObject room = value.toObject();
        QVERIFY2(room.value(QStringLiteral("favourite")).isBool(), qPrintable(json(room)));
        QCOMPARE(room.value(QStringLiteral("favourite")).toBool(),
                 room.value(QStringLiteral("id")).toInteger() == music);
    }
}

void tst_Favourites::searchRoomsPutsFavouritesFirst() {
    const QJsonArray before = search(m_a);
    QVERIFY(before.size() >= 4);
    for (const QJsonValue &room : before)
        QCOMPARE(room.toObject().value(QStringLiteral("favourite")), QJsonValue(false));
    // The two worst matches become favourites: they move to the front, in their own order.
    const qint64 last =
        before.at(before.size() - 1).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 secondLast =
        before.at(before.size() - 2).toObject().value(QStringLiteral("id")).toInteger();
    VERIFY_OK(m_a.request(QStringLiteral("setFavourite"), favouriteParams(last, true)));
    VERIFY_OK(m_a.request(QStringLiteral("setFavourite"), favouriteParams(secondLast, true)));

    const QJsonArray after = search(m_a);
    QCOMPARE(after.size(), before.size());
    QList<qint64> expected{secondLast, last};
    for (const QJsonValue &room : before) {
        const qint64 id = room.toObject().value(QStringLiteral("id")).toInteger();
        if (id != last && id != secondLast)
            expected << id;
    }
    QList<qint64> actual;
    for (const QJsonValue &room : after)
        actual << room.toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(actual, expected);
    QCOMPARE(after.at(0).toObject().value(QStringLiteral("favourite")), QJsonValue(true));
    QCOMPARE(after.at(1).toObject().value(QStringLiteral("favourite")), QJsonValue(true));
    QCOMPARE(after.at(2).toObject().value(QStringLiteral("favourite")), QJsonValue(false));
    // lockedBy is still there.
    QVERIFY(after.at(0).toObject().contains(QStringLiteral("lockedBy")));
}

void tst_Favourites::favouritesArePerTeacher() {
    const qint64 music = roomId(QStringLiteral("Music Room"));
    const qint64 room102 = roomId(QStringLiteral("Room 102"));
    VERIFY_OK(m_a.request(QStringLiteral("setFavourite"), favouriteParams(music, true)));
    VERIFY_OK(m_b.request(QStringLiteral("setFavourite"), favouriteParams(room102, true)));
    QCOMPARE(favourites(m_a), QList<qint64>{music});
    QCOMPARE(favourites(m_b), QList<qint64>{room102});
    for (const QJsonValue &value :
         m_b.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray()) {
        const QJsonObject room = value.toObject();
        QCOMPARE(room.value(QStringLiteral("favourite")).toBool(),
                 room.value(QStringLiteral("id")).toInteger() == room102);
    }
    QCOMPARE(search(m_b).at(0).toObject().value(QStringLiteral("id")).toInteger(), room102);
}

void tst_Favourites::favouritesSurviveANewConnection() {
    const qint64 music = roomId(QStringLiteral("Music Room"));
    VERIFY_OK(m_a.request(QStringLiteral("setFavourite"), favouriteParams(music, true)));
    // Another staff-room PC: a new connection and a new login.
    TestClient elsewhere;
    QVERIFY(elsewhere.open(m_server->url()));
    VERIFY_OK(elsewhere.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    QCOMPARE(favourites(elsewhere), QList<qint64>{music});
    // The same PC reconnecting with its session token.
    const QJsonObject login =
        elsewhere.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    const QString token = login.value(QStringLiteral("token")).toString();
    elsewhere.close();
    TestClient resumed;
    QVERIFY(resumed.open(m_server->url()));
    VERIFY_OK(resumed.request(QStringLiteral("resume"), {{QStringLiteral("token"), token}}));
    QCOMPARE(favourites(resumed), QList<qint64>{music});
    QCOMPARE(search(resumed).at(0).toObject().value(QStringLiteral("id")).toInteger(), music);
}

void tst_Favourites::unknownRoomIs404() {
    VERIFY_FAILURE(m_a.request(QStringLiteral("setFavourite"), favouriteParams(999999, true)), 404,
                   "ROOM_NOT_FOUND");
    VERIFY_FAILURE(m_a.request(QStringLiteral("setFavourite"), favouriteParams(999999, false)), 404,
                   "ROOM_NOT_FOUND");
    QCOMPARE(favourites(m_a), QList<qint64>());
}

void tst_Favourites::mistypedFieldsAre400() {
    const qint64 music = roomId(QStringLiteral("Music Room"));
    const QList<QJsonObject> bad = {
        {{QStringLiteral("roomId"), music}},
        {{QStringLiteral("roomId"), music}, {QStringLiteral("favourite"), QStringLiteral("yes")}},
        {{QStringLiteral("roomId"), music}, {QStringLiteral("favourite"), 1}},
        {{QStringLiteral("roomId"), QStringLiteral("7")}, {QStringLiteral("favourite"), true}},
        {{QStringLiteral("favourite"), true}}};
    for (const QJsonObject &params : bad) {
        const QJsonObject reply = m_a.request(QStringLiteral("setFavourite"), params);
        VERIFY_FAILURE(reply, 400, "BAD_REQUEST");
        QVERIFY2(reply.value(QStringLiteral("message")).toString().contains(QLatin1Char('\'')),
                 qPrintable(json(reply)));
    }
    QCOMPARE(favourites(m_a), QList<qint64>());
}

void tst_Favourites::needsALogin() {
    TestClient stranger;
    QVERIFY(stranger.open(m_server->url()));
    VERIFY_FAILURE(stranger.request(QStringLiteral("listFavourites")), 401, "UNAUTHENTICATED");
    VERIFY_FAILURE(stranger.request(QStringLiteral("setFavourite"),
                                    favouriteParams(roomId(QStringLiteral("Music Room")), true)),
                   401, "UNAUTHENTICATED");
}

QTEST_GUILESS_MAIN(tst_Favourites)
#include "tst_favourites.moc"
