// SPDX-License-Identifier: GPL-3.0-or-later

#include "ErrorCodes.h"
#include "FreeRoom.h"
#include "Interval.h"
#include "MessageCodec.h"
#include "ProtocolError.h"
#include "Request.h"
#include "Rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

#include <functional>

namespace {
QJsonObject parse(const QByteArray &frame) {
    QJsonObject object;
    if (!MessageCodec::parseObject(frame, &object))
        qWarning() << "not a JSON object:" << frame;
    return object;
}

QStringList sortedKeys(const QJsonObject &object) {
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// What decodeRequest threw for a frame; status 0 when it did not throw.
struct Rejection {
    int status = 0;
    QString code;
    QString message;
    qint64 usableId = -1;
};

Rejection reject(const QString &frame) {
    Rejection rejection;
    try {
        MessageCodec::decodeRequest(frame, &rejection.usableId);
    } catch (const ProtocolError &error) {
        rejection.status = error.status();
        rejection.code = error.code();
        rejection.message = error.message();
    }
    return rejection;
}

// The error an accessor throws, or a null error when it returns normally.
std::optional<ProtocolError> errorOf(const std::function<void()> &call) {
    try {
        call();
    } catch (const ProtocolError &error) {
        return error;
    }
    return std::nullopt;
}

Request requestWith(const QJsonObject &params) {
    return Request(1, QStringLiteral("test"), params);
}

QDateTime at(int year, int month, int day, int hour, int minute, int offsetSeconds) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::OffsetFromUTC,
                     offsetSeconds);
}
} // namespace

class tst_Codec : public QObject {
    Q_OBJECT
private slots:
    // A search result travels as a room plus "lockedBy", which is null when nobody books it.
    void freeRoomRoundTrip() {
        FreeRoom free;
        free.room.id = 3;
        free.room.name = QStringLiteral("Room 101");
        free.room.building = QStringLiteral("Main");
        free.room.capacity = 30;
        free.room.features = {QStringLiteral("projector"), QStringLiteral("whiteboard")};
        QJsonObject json = free.toJson();
        QVERIFY(json.value(QStringLiteral("lockedBy")).isNull());
        QCOMPARE(json.value(QStringLiteral("capacity")).toInt(), 30);
        FreeRoom back = FreeRoom::fromJson(json);
        QCOMPARE(back.room.name, free.room.name);
        QCOMPARE(back.room.features, free.room.features);
        QVERIFY(back.lockedBy.isEmpty());

        free.lockedBy = QStringLiteral("Teacher B");
        json = free.toJson();
        QCOMPARE(json.value(QStringLiteral("lockedBy")).toString(), QStringLiteral("Teacher B"));
        QCOMPARE(FreeRoom::fromJson(json).lockedBy, QStringLiteral("Teacher B"));
    }

    // --- MessageCodec: round trips and the exact shapes of the contract ---

    void requestRoundTripKeepsIdTypeAndParams() {
        const QJsonObject params{
            {QStringLiteral("roomId"), 3},
            {QStringLiteral("start"), QStringLiteral("2027-03-01T09:00:00+01:00")},
            {QStringLiteral("features"), QJsonArray{QStringLiteral("projector")}},
            {QStringLiteral("purpose"), QStringLiteral("7B \"Maths\" \u00e9")}};
        const QByteArray frame =
            MessageCodec::encodeRequest(7, QStringLiteral("confirmBooking"), params);

        const QJsonObject onWire = parse(frame);
        QCOMPARE(onWire.value(QStringLiteral("id")).toInteger(), 7);
        QCOMPARE(onWire.value(QStringLiteral("type")).toString(), QStringLiteral("confirmBooking"));

        qint64 usableId = -1;
        const Request request = MessageCodec::decodeRequest(QString::fromUtf8(frame), &usableId);
        QCOMPARE(usableId, 7);
        QCOMPARE(request.id(), 7);
        QCOMPARE(request.type(), QStringLiteral("confirmBooking"));
        // id and type are the envelope, not parameters.
        QCOMPARE(request.params(), params);
    }

    void requestRoundTripWithLargeIdAndNoParams() {
        const qint64 id = 9007199254740991LL; // the largest integer a JSON double holds exactly
        const QByteArray frame = MessageCodec::encodeRequest(id, QStringLiteral("listRooms"));
        qint64 usableId = -1;
        const Request request = MessageCodec::decodeRequest(QString::fromUtf8(frame), &usableId);
        QCOMPARE(request.id(), id);
        QCOMPARE(usableId, id);
        QCOMPARE(request.type(), QStringLiteral("listRooms"));
        QVERIFY(request.params().isEmpty());
    }

    void replyShape() {
        const QJsonObject booking{{QStringLiteral("id"), 12}, {QStringLiteral("roomId"), 3}};
        const QJsonObject reply =
            parse(MessageCodec::encodeReply(7, {{QStringLiteral("booking"), booking}}));
        QCOMPARE(sortedKeys(reply), (QStringList{QStringLiteral("booking"), QStringLiteral("ok"),
                                                 QStringLiteral("re")}));
        QCOMPARE(reply.value(QStringLiteral("re")).toInteger(), 7);
        QCOMPARE(reply.value(QStringLiteral("ok")), QJsonValue(true));
        QCOMPARE(reply.value(QStringLiteral("booking")).toObject(), booking);

        const QJsonObject empty = parse(MessageCodec::encodeReply(8));
        QCOMPARE(sortedKeys(empty), (QStringList{QStringLiteral("ok"), QStringLiteral("re")}));
        QCOMPARE(empty.value(QStringLiteral("re")).toInteger(), 8);
    }

    void replyEnvelopeCannotBeOverriddenByResult() {
        const QJsonObject reply = parse(MessageCodec::encodeReply(
            7,
            {{QStringLiteral("re"), 99}, {QStringLiteral("ok"), false}, {QStringLiteral("x"), 1}}));
        QCOMPARE(reply.value(QStringLiteral("re")).toInteger(), 7);
        QCOMPARE(reply.value(QStringLiteral("ok")), QJsonValue(true));
        QCOMPARE(reply.value(QStringLiteral("x")).toInt(), 1);
    }

    void failureShapeMergesDetails() {
        const QJsonObject conflict{{QStringLiteral("id"), 4},
                                   {QStringLiteral("teacherName"), QStringLiteral("Teacher A")}};
        const ProtocolError error(409, QString(ErrorCodes::BookingConflict),
                                  QStringLiteral("Room already booked by Teacher A"),
                                  {{QStringLiteral("conflict"), conflict}});
        const QJsonObject failure = parse(MessageCodec::encodeFailure(7, error));
        QCOMPARE(sortedKeys(failure),
                 (QStringList{QStringLiteral("code"), QStringLiteral("conflict"),
                              QStringLiteral("message"), QStringLiteral("ok"), QStringLiteral("re"),
                              QStringLiteral("status")}));
        QCOMPARE(failure.value(QStringLiteral("re")).toInteger(), 7);
        QCOMPARE(failure.value(QStringLiteral("ok")), QJsonValue(false));
        QCOMPARE(failure.value(QStringLiteral("status")).toInt(), 409);
        QCOMPARE(failure.value(QStringLiteral("code")).toString(),
                 QStringLiteral("BOOKING_CONFLICT"));
        QCOMPARE(failure.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Room already booked by Teacher A"));
        QCOMPARE(failure.value(QStringLiteral("conflict")).toObject(), conflict);
    }

    void failureEnvelopeCannotBeOverriddenByDetails() {
        const ProtocolError error(403, QString(ErrorCodes::Forbidden),
                                  QStringLiteral("Only admins may do that"),
                                  {{QStringLiteral("status"), 200},
                                   {QStringLiteral("ok"), true},
                                   {QStringLiteral("re"), 1}});
        const QJsonObject failure = parse(MessageCodec::encodeFailure(5, error));
        QCOMPARE(failure.value(QStringLiteral("re")).toInteger(), 5);
        QCOMPARE(failure.value(QStringLiteral("ok")), QJsonValue(false));
        QCOMPARE(failure.value(QStringLiteral("status")).toInt(), 403);
        QCOMPARE(failure.value(QStringLiteral("code")).toString(), QStringLiteral("FORBIDDEN"));
    }

    void failureWithoutUsableIdHasNullRe() {
        for (const qint64 id : {qint64(0), qint64(-1)}) {
            const QJsonObject failure = parse(MessageCodec::encodeFailure(
                id, ProtocolError::badRequest(QStringLiteral("Frame must be a JSON object"))));
            QVERIFY(failure.contains(QStringLiteral("re")));
            QVERIFY(failure.value(QStringLiteral("re")).isNull());
            QCOMPARE(failure.value(QStringLiteral("ok")), QJsonValue(false));
            QCOMPARE(failure.value(QStringLiteral("status")).toInt(), 400);
            QCOMPARE(failure.value(QStringLiteral("code")).toString(),
                     QStringLiteral("BAD_REQUEST"));
            QCOMPARE(failure.value(QStringLiteral("message")).toString(),
                     QStringLiteral("Frame must be a JSON object"));
        }
    }

    void unavailableIs503() {
        const QJsonObject failure =
            parse(MessageCodec::encodeFailure(3, ProtocolError::unavailable()));
        QCOMPARE(failure.value(QStringLiteral("status")).toInt(), 503);
        QCOMPARE(failure.value(QStringLiteral("code")).toString(), QStringLiteral("UNAVAILABLE"));
        QVERIFY(!failure.value(QStringLiteral("message")).toString().isEmpty());
    }

    void eventShape() {
        const QJsonObject booking{{QStringLiteral("id"), 12}};
        const QJsonObject event = parse(MessageCodec::encodeEvent(
            QStringLiteral("bookingCanceled"),
            {{QStringLiteral("booking"), booking},
             {QStringLiteral("canceledBy"), QStringLiteral("School Admin")}}));
        QCOMPARE(sortedKeys(event),
                 (QStringList{QStringLiteral("booking"), QStringLiteral("canceledBy"),
                              QStringLiteral("event")}));
        QCOMPARE(event.value(QStringLiteral("event")).toString(),
                 QStringLiteral("bookingCanceled"));
        QCOMPARE(event.value(QStringLiteral("booking")).toObject(), booking);
        QCOMPARE(event.value(QStringLiteral("canceledBy")).toString(),
                 QStringLiteral("School Admin"));

        const QJsonObject bare = parse(MessageCodec::encodeEvent(QStringLiteral("roomsChanged")));
        QCOMPARE(sortedKeys(bare), QStringList{QStringLiteral("event")});
    }

    void framesAreCompactSingleLine() {
        const QByteArray frame =
            MessageCodec::encodeReply(1, {{QStringLiteral("a"), QJsonArray{1, 2}}});
        QVERIFY(!frame.contains('\n'));
    }

    void parseObjectRejectsNonObjects() {
        QJsonObject object;
        QVERIFY(MessageCodec::parseObject("{\"a\":1}", &object));
        QCOMPARE(object.value(QStringLiteral("a")).toInt(), 1);
        QVERIFY(!MessageCodec::parseObject("[1]", &object));
        QVERIFY(!MessageCodec::parseObject("nope", &object));
        QVERIFY(!MessageCodec::parseObject("", &object));
    }

    // --- MessageCodec: malformed frames ---

    void malformedFrames_data() {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("usableId");
        const QString notJson = QStringLiteral("Frame is not valid JSON");
        const QString notObject = QStringLiteral("Frame must be a JSON object");
        const QString badId = QStringLiteral("Field 'id' must be a positive integer");
        QTest::newRow("garbage") << QStringLiteral("hello there") << notJson << qint64(0);
        QTest::newRow("truncated object")
            << QStringLiteral("{\"id\": 3, \"type\": \"login\"") << notJson << qint64(0);
        QTest::newRow("empty frame") << QString() << notJson << qint64(0);
        QTest::newRow("trailing garbage")
            << QStringLiteral("{\"id\": 3, \"type\": \"login\"} x") << notJson << qint64(0);
        QTest::newRow("array") << QStringLiteral("[{\"id\": 3, \"type\": \"login\"}]") << notObject
                               << qint64(0);
        QTest::newRow("empty array") << QStringLiteral("[]") << notObject << qint64(0);
        QTest::newRow("string") << QStringLiteral("\"login\"") << notObject << qint64(0);
        QTest::newRow("number") << QStringLiteral("42") << notObject << qint64(0);
        QTest::newRow("null") << QStringLiteral("null") << notObject << qint64(0);
        QTest::newRow("true") << QStringLiteral(" true ") << notObject << qint64(0);
        QTest::newRow("two numbers") << QStringLiteral("1,2") << notJson << qint64(0);
        QTest::newRow("whitespace") << QStringLiteral("  ") << notJson << qint64(0);
        QTest::newRow("missing id")
            << QStringLiteral("{\"type\": \"login\"}") << badId << qint64(0);
        QTest::newRow("id zero") << QStringLiteral("{\"id\": 0, \"type\": \"login\"}") << badId
                                 << qint64(0);
        QTest::newRow("id negative")
            << QStringLiteral("{\"id\": -4, \"type\": \"login\"}") << badId << qint64(0);
        QTest::newRow("id fractional")
            << QStringLiteral("{\"id\": 1.5, \"type\": \"login\"}") << badId << qint64(0);
        QTest::newRow("id string")
            << QStringLiteral("{\"id\": \"7\", \"type\": \"login\"}") << badId << qint64(0);
        QTest::newRow("id null") << QStringLiteral("{\"id\": null, \"type\": \"login\"}") << badId
                                 << qint64(0);
        QTest::newRow("id bool") << QStringLiteral("{\"id\": true, \"type\": \"login\"}") << badId
                                 << qint64(0);
        QTest::newRow("id object")
            << QStringLiteral("{\"id\": {}, \"type\": \"login\"}") << badId << qint64(0);
        QTest::newRow("id too large")
            << QStringLiteral("{\"id\": 1e300, \"type\": \"login\"}") << badId << qint64(0);
        QTest::newRow("missing type")
            << QStringLiteral("{\"id\": 5}") << QStringLiteral("Missing field 'type'") << qint64(5);
        QTest::newRow("type number")
            << QStringLiteral("{\"id\": 5, \"type\": 3}")
            << QStringLiteral("Field 'type' must be a non-empty string") << qint64(5);
        QTest::newRow("type null")
            << QStringLiteral("{\"id\": 6, \"type\": null}")
            << QStringLiteral("Field 'type' must be a non-empty string") << qint64(6);
        QTest::newRow("type array")
            << QStringLiteral("{\"id\": 6, \"type\": [\"login\"]}")
            << QStringLiteral("Field 'type' must be a non-empty string") << qint64(6);
        QTest::newRow("type empty")
            << QStringLiteral("{\"id\": 8, \"type\": \"\"}")
            << QStringLiteral("Field 'type' must be a non-empty string") << qint64(8);
    }

    void malformedFrames() {
        QFETCH(QString, frame);
        QFETCH(QString, message);
        QFETCH(qint64, usableId);
        const Rejection rejection = reject(frame);
        QCOMPARE(rejection.status, 400);
        QCOMPARE(rejection.code, QStringLiteral("BAD_REQUEST"));
        QVERIFY2(rejection.message.startsWith(message), qPrintable(rejection.message));
        QCOMPARE(rejection.usableId, usableId);

        // The reply to it carries "re": null exactly when no id could be read.
        const QJsonObject failure = parse(MessageCodec::encodeFailure(
            rejection.usableId, ProtocolError::badRequest(rejection.message)));
        if (usableId == 0)
            QVERIFY(failure.value(QStringLiteral("re")).isNull());
        else
            QCOMPARE(failure.value(QStringLiteral("re")).toInteger(), usableId);
    }

    void idMayBeWrittenAsWholeDouble() {
        // JSON has one number type: 7.0 is the integer 7.
        qint64 usableId = 0;
        const Request request = MessageCodec::decodeRequest(
            QStringLiteral("{\"id\": 7.0, \"type\": \"logout\"}"), &usableId);
        QCOMPARE(request.id(), 7);
        QCOMPARE(usableId, 7);
    }

    // --- Request accessors ---

    void requiredString() {
        const Request request =
            requestWith({{QStringLiteral("username"), QStringLiteral("teacher.a")},
                         {QStringLiteral("password"), 1234},
                         {QStringLiteral("empty"), QString()}});
        QCOMPARE(request.requiredString(QStringLiteral("username")), QStringLiteral("teacher.a"));
        QCOMPARE(request.requiredString(QStringLiteral("empty")), QString());

        auto missing = errorOf([&] { request.requiredString(QStringLiteral("token")); });
        QVERIFY(missing);
        QCOMPARE(missing->status(), 400);
        QCOMPARE(missing->code(), QStringLiteral("BAD_REQUEST"));
        QCOMPARE(missing->message(), QStringLiteral("Missing field 'token'"));

        auto mistyped = errorOf([&] { request.requiredString(QStringLiteral("password")); });
        QVERIFY(mistyped);
        QCOMPARE(mistyped->code(), QStringLiteral("BAD_REQUEST"));
        QCOMPARE(mistyped->message(), QStringLiteral("Field 'password' must be a string"));
    }

    void optionalString() {
        const Request request =
            requestWith({{QStringLiteral("purpose"), QStringLiteral("7B Maths")},
                         {QStringLiteral("nothing"), QJsonValue::Null},
                         {QStringLiteral("number"), 3}});
        QCOMPARE(request.optionalString(QStringLiteral("purpose")),
                 std::optional<QString>(QStringLiteral("7B Maths")));
        QVERIFY(!request.optionalString(QStringLiteral("absent")));
        QVERIFY(!request.optionalString(QStringLiteral("nothing")));
        auto mistyped = errorOf([&] { request.optionalString(QStringLiteral("number")); });
        QVERIFY(mistyped);
        QCOMPARE(mistyped->code(), QStringLiteral("BAD_REQUEST"));
        QVERIFY2(mistyped->message().contains(QStringLiteral("'number'")),
                 qPrintable(mistyped->message()));
    }

    void requiredId() {
        const Request request = requestWith({{QStringLiteral("roomId"), 3},
                                             {QStringLiteral("zero"), 0},
                                             {QStringLiteral("negative"), -2},
                                             {QStringLiteral("fraction"), 2.5},
                                             {QStringLiteral("text"), QStringLiteral("3")},
                                             {QStringLiteral("nothing"), QJsonValue::Null}});
        QCOMPARE(request.requiredId(QStringLiteral("roomId")), 3);

        auto missing = errorOf([&] { request.requiredId(QStringLiteral("bookingId")); });
        QVERIFY(missing);
        QCOMPARE(missing->code(), QStringLiteral("BAD_REQUEST"));
        QCOMPARE(missing->message(), QStringLiteral("Missing field 'bookingId'"));

        for (const QString &field :
             {QStringLiteral("zero"), QStringLiteral("negative"), QStringLiteral("fraction"),
              QStringLiteral("text"), QStringLiteral("nothing")}) {
            auto error = errorOf([&] { request.requiredId(field); });
            QVERIFY2(error, qPrintable(field));
            QCOMPARE(error->status(), 400);
            QCOMPARE(error->code(), QStringLiteral("BAD_REQUEST"));
            QVERIFY2(error->message().startsWith(QStringLiteral("Field '%1' must be").arg(field)),
                     qPrintable(error->message()));
            QVERIFY2(error->message().contains(QStringLiteral("integer")),
                     qPrintable(error->message()));
        }
    }

    void optionalInt() {
        const Request request = requestWith({{QStringLiteral("minCapacity"), 20},
                                             {QStringLiteral("negative"), -5},
                                             {QStringLiteral("whole"), 4.0},
                                             {QStringLiteral("fraction"), 20.5},
                                             {QStringLiteral("text"), QStringLiteral("20")},
                                             {QStringLiteral("flag"), true},
                                             {QStringLiteral("nothing"), QJsonValue::Null}});
        QCOMPARE(request.optionalInt(QStringLiteral("minCapacity")), std::optional<qint64>(20));
        QCOMPARE(request.optionalInt(QStringLiteral("negative")), std::optional<qint64>(-5));
        QCOMPARE(request.optionalInt(QStringLiteral("whole")), std::optional<qint64>(4));
        QVERIFY(!request.optionalInt(QStringLiteral("absent")));
        QVERIFY(!request.optionalInt(QStringLiteral("nothing")));
        for (const QString &field :
             {QStringLiteral("fraction"), QStringLiteral("text"), QStringLiteral("flag")}) {
            auto error = errorOf([&] { request.optionalInt(field); });
            QVERIFY2(error, qPrintable(field));
            QCOMPARE(error->code(), QStringLiteral("BAD_REQUEST"));
            QCOMPARE(error->message(), QStringLiteral("Field '%1' must be an integer").arg(field));
        }
    }

    void requiredTime() {
        const Request request =
            requestWith({{QStringLiteral("start"), QStringLiteral("2027-03-01T09:00:00+01:00")},
                         {QStringLiteral("local"), QStringLiteral("2027-03-01T09:00:00")},
                         {QStringLiteral("date"), QStringLiteral("2027-03-01")},
                         {QStringLiteral("number"), 1700000000}});
        const QDateTime start = request.requiredTime(QStringLiteral("start"));
        QCOMPARE(start, at(2027, 3, 1, 9, 0, 3600));
        QCOMPARE(start.toUTC(), QDateTime(QDate(2027, 3, 1), QTime(8, 0), QTimeZone::utc()));

        auto missing = errorOf([&] { request.requiredTime(QStringLiteral("end")); });
        QVERIFY(missing);
        QCOMPARE(missing->code(), QStringLiteral("BAD_REQUEST"));
        QCOMPARE(missing->message(), QStringLiteral("Missing field 'end'"));

        for (const QString &field :
             {QStringLiteral("local"), QStringLiteral("date"), QStringLiteral("number")}) {
            auto error = errorOf([&] { request.requiredTime(field); });
            QVERIFY2(error, qPrintable(field));
            QCOMPARE(error->status(), 400);
            QCOMPARE(error->code(), QStringLiteral("BAD_REQUEST"));
            QVERIFY2(error->message().startsWith(QStringLiteral("Field '%1' must be").arg(field)),
                     qPrintable(error->message()));
        }
        auto noOffset = errorOf([&] { request.requiredTime(QStringLiteral("local")); });
        QVERIFY(noOffset->message().contains(QStringLiteral("offset")));
    }

    void optionalTime() {
        const Request request =
            requestWith({{QStringLiteral("from"), QStringLiteral("2027-03-01T00:00:00Z")},
                         {QStringLiteral("bad"), QStringLiteral("tomorrow")},
                         {QStringLiteral("nothing"), QJsonValue::Null}});
        QCOMPARE(request.optionalTime(QStringLiteral("from")),
                 std::optional<QDateTime>(at(2027, 3, 1, 0, 0, 0)));
        QVERIFY(!request.optionalTime(QStringLiteral("to")));
        QVERIFY(!request.optionalTime(QStringLiteral("nothing")));
        auto error = errorOf([&] { request.optionalTime(QStringLiteral("bad")); });
        QVERIFY(error);
        QVERIFY(error->message().startsWith(QStringLiteral("Field 'bad' must be")));
    }

    void optionalStringList() {
        const Request request =
            requestWith({{QStringLiteral("features"),
                          QJsonArray{QStringLiteral("projector"), QStringLiteral("piano")}},
                         {QStringLiteral("none"), QJsonArray{}},
                         {QStringLiteral("single"), QStringLiteral("projector")},
                         {QStringLiteral("mixed"), QJsonArray{QStringLiteral("projector"), 2}},
                         {QStringLiteral("nothing"), QJsonValue::Null}});
        QCOMPARE(request.optionalStringList(QStringLiteral("features")),
                 std::optional<QStringList>(
                     QStringList{QStringLiteral("projector"), QStringLiteral("piano")}));
        QCOMPARE(request.optionalStringList(QStringLiteral("none")),
                 std::optional<QStringList>(QStringList{}));
        QVERIFY(!request.optionalStringList(QStringLiteral("absent")));
        QVERIFY(!request.optionalStringList(QStringLiteral("nothing")));
        for (const QString &field : {QStringLiteral("single"), QStringLiteral("mixed")}) {
            auto error = errorOf([&] { request.optionalStringList(field); });
            QVERIFY2(error, qPrintable(field));
            QCOMPARE(error->code(), QStringLiteral("BAD_REQUEST"));
            QCOMPARE(error->message(),
                     QStringLiteral("Field '%1' must be an array of strings").arg(field));
        }
    }

    // --- Rfc3339 ---

    void rfc3339Accepts_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<int>("offset");
        QTest::newRow("plus offset")
            << QStringLiteral("2027-03-01T09:00:00+01:00") << at(2027, 3, 1, 9, 0, 3600) << 3600;
        QTest::newRow("minus half hour offset") << QStringLiteral("2027-03-01T09:00:00-05:30")
                                                << at(2027, 3, 1, 9, 0, -19800) << -19800;
        QTest::newRow("Z") << QStringLiteral("2027-03-01T08:00:00Z") << at(2027, 3, 1, 8, 0, 0)
                           << 0;
        QTest::newRow("lower-case z and t")
            << QStringLiteral("2027-03-01t08:00:00z") << at(2027, 3, 1, 8, 0, 0) << 0;
        QTest::newRow("space separator")
            << QStringLiteral("2027-03-01 08:00:00+00:00") << at(2027, 3, 1, 8, 0, 0) << 0;
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T12:00:00+02:00")
                                  << at(2028, 2, 29, 12, 0, 7200) << 7200;
        QDateTime withMs = at(2027, 3, 1, 9, 0, 3600).addMSecs(250);
        QTest::newRow("milliseconds")
            << QStringLiteral("2027-03-01T09:00:00.250+01:00") << withMs << 3600;
    }

    void rfc3339Accepts() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QFETCH(int, offset);
        const QDateTime parsed = Rfc3339::parse(text);
        QVERIFY2(parsed.isValid(), qPrintable(text));
        QCOMPARE(parsed, expected); // same instant
        QCOMPARE(parsed.offsetFromUtc(), offset);
    }

    void rfc3339Rejects_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("no offset") << QStringLiteral("2027-03-01T09:00:00");
        QTest::newRow("no offset, milliseconds") << QStringLiteral("2027-03-01T09:00:00.000");
        QTest::newRow("date only") << QStringLiteral("2027-03-01");
        QTest::newRow("time only") << QStringLiteral("09:00:00+01:00");
        QTest::newRow("no seconds") << QStringLiteral("2027-03-01T09:00+01:00");
        QTest::newRow("garbage") << QStringLiteral("next tuesday");
        QTest::newRow("empty") << QString();
        QTest::newRow("February 30") << QStringLiteral("2027-02-30T09:00:00+01:00");
        QTest::newRow("February 29, not a leap year")
            << QStringLiteral("2027-02-29T09:00:00+01:00");
        QTest::newRow("month 13") << QStringLiteral("2027-13-01T09:00:00+01:00");
        QTest::newRow("day 0") << QStringLiteral("2027-03-00T09:00:00+01:00");
        QTest::newRow("hour 25") << QStringLiteral("2027-03-01T25:00:00+01:00");
        QTest::newRow("minute 60") << QStringLiteral("2027-03-01T09:60:00+01:00");
        QTest::newRow("offset without colon") << QStringLiteral("2027-03-01T09:00:00+0100");
        QTest::newRow("offset hours only") << QStringLiteral("2027-03-01T09:00:00+01");
        QTest::newRow("offset out of range") << QStringLiteral("2027-03-01T09:00:00+25:00");
        QTest::newRow("leading space") << QStringLiteral(" 2027-03-01T09:00:00+01:00");
        QTest::newRow("trailing text") << QStringLiteral("2027-03-01T09:00:00+01:00 ");
        QTest::newRow("slashes") << QStringLiteral("2027/03/01T09:00:00+01:00");
        QTest::newRow("epoch number") << QStringLiteral("1803888000");
    }

    void rfc3339Rejects() {
        QFETCH(QString, text);
        const QDateTime parsed = Rfc3339::parse(text);
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
    }

    void rfc3339Format() {
        QCOMPARE(Rfc3339::format(at(2027, 3, 1, 9, 0, 3600)),
                 QStringLiteral("2027-03-01T09:00:00+01:00"));
        QCOMPARE(Rfc3339::format(at(2027, 3, 1, 9, 5, -19800)),
                 QStringLiteral("2027-03-01T09:05:00-05:30"));
        // UTC is written as an explicit +00:00 offset, not Z.
        QCOMPARE(Rfc3339::format(QDateTime(QDate(2027, 3, 1), QTime(8, 0), QTimeZone::utc())),
                 QStringLiteral("2027-03-01T08:00:00+00:00"));
        QCOMPARE(Rfc3339::format(at(2027, 3, 1, 8, 0, 0)),
                 QStringLiteral("2027-03-01T08:00:00+00:00"));
        QCOMPARE(Rfc3339::format(QDateTime()), QString());

        // A time zone with daylight saving keeps the offset in force at that instant.
        const QTimeZone berlin("Europe/Berlin");
        if (berlin.isValid()) {
            QCOMPARE(Rfc3339::format(QDateTime(QDate(2027, 1, 15), QTime(9, 0), berlin)),
                     QStringLiteral("2027-01-15T09:00:00+01:00"));
            QCOMPARE(Rfc3339::format(QDateTime(QDate(2027, 7, 15), QTime(9, 0), berlin)),
                     QStringLiteral("2027-07-15T09:00:00+02:00"));
        }
    }

    void rfc3339RoundTrip() {
        for (const QString &text : {QStringLiteral("2027-03-01T09:00:00+01:00"),
                                    QStringLiteral("2027-12-31T23:59:59-08:00"),
                                    QStringLiteral("2028-02-29T00:00:00+00:00")}) {
            QCOMPARE(Rfc3339::format(Rfc3339::parse(text)), text);
        }
        const QDateTime local = QDateTime(QDate(2027, 3, 1), QTime(9, 0));
        const QString text = Rfc3339::formatLocal(local);
        QCOMPARE(Rfc3339::parse(text), local);
        QCOMPARE(Rfc3339::parse(text).offsetFromUtc(), local.offsetFromUtc());
    }

    // --- Interval ---

    void intervalValidity() {
        const QDateTime nine = at(2027, 3, 1, 9, 0, 3600);
        QVERIFY(Interval(nine, nine.addSecs(60)).isValid());
        QVERIFY(!Interval(nine, nine).isValid()); // empty: start < end is required
        QVERIFY(!Interval(nine.addSecs(60), nine).isValid());
        QVERIFY(!Interval(nine, QDateTime()).isValid());
        QVERIFY(!Interval(QDateTime(), nine).isValid());
        QVERIFY(!Interval().isValid());
        QCOMPARE(Interval(nine, nine.addSecs(3000)).seconds(), 3000);
    }

    void intervalOverlap_data() {
        QTest::addColumn<QDateTime>("aStart");
        QTest::addColumn<QDateTime>("aEnd");
        QTest::addColumn<QDateTime>("bStart");
        QTest::addColumn<QDateTime>("bEnd");
        QTest::addColumn<bool>("overlap");
        const QDateTime nine = at(2027, 3, 1, 9, 0, 3600);
        const QDateTime ten = nine.addSecs(3600);
        const QDateTime eleven = ten.addSecs(3600);
        QTest::newRow("touching after") << nine << ten << ten << eleven << false;
        QTest::newRow("touching before") << ten << eleven << nine << ten << false;
        QTest::newRow("disjoint") << nine << ten << eleven << eleven.addSecs(60) << false;
        QTest::newRow("identical") << nine << ten << nine << ten << true;
        QTest::newRow("one second overlap at end")
            << nine << ten << ten.addSecs(-1) << eleven << true;
        QTest::newRow("one second overlap at start")
            << ten.addSecs(-1) << eleven << nine << ten << true;
        QTest::newRow("contained") << nine << eleven << ten << ten.addSecs(60) << true;
        QTest::newRow("containing") << ten << ten.addSecs(60) << nine << eleven << true;
        QTest::newRow("same start, shorter") << nine << ten << nine << nine.addSecs(60) << true;
        QTest::newRow("same end, shorter") << nine << ten << ten.addSecs(-60) << ten << true;
        // 09:00+01:00 is 08:00Z: offsets are compared as instants.
        QTest::newRow("other offset, touching")
            << nine << ten << at(2027, 3, 1, 9, 0, 0) << at(2027, 3, 1, 10, 0, 0) << false;
        QTest::newRow("other offset, overlapping")
            << nine << ten << at(2027, 3, 1, 8, 30, 0) << at(2027, 3, 1, 8, 45, 0) << true;
        QTest::newRow("empty interval inside") << nine << eleven << ten << ten << false;
        QTest::newRow("reversed interval") << nine << eleven << eleven << nine << false;
    }

    void intervalOverlap() {
        QFETCH(QDateTime, aStart);
        QFETCH(QDateTime, aEnd);
        QFETCH(QDateTime, bStart);
        QFETCH(QDateTime, bEnd);
        QFETCH(bool, overlap);
        const Interval a(aStart, aEnd);
        const Interval b(bStart, bEnd);
        QCOMPARE(a.overlaps(b), overlap);
        QCOMPARE(b.overlaps(a), overlap); // symmetric
    }

    void intervalEquality() {
        const QDateTime nine = at(2027, 3, 1, 9, 0, 3600);
        QVERIFY(Interval(nine, nine.addSecs(60)) == Interval(nine, nine.addSecs(60)));
        QVERIFY(Interval(nine, nine.addSecs(60)) ==
                Interval(nine.toUTC(), nine.addSecs(60).toUTC()));
        QVERIFY(!(Interval(nine, nine.addSecs(60)) == Interval(nine, nine.addSecs(61))));
    }
};

QTEST_GUILESS_MAIN(tst_Codec)
#include "tst_codec.moc"
