// SPDX-License-Identifier: GPL-3.0-or-later

// The message codec both ways. A text frame as a client sends it (MessageCodec::decodeRequest,
// as ClientSession does), the failure frame the server answers a bad one with, an accepted
// request encoded again, and the same text read by the teacher client as a reply or an event
// (MessageCodec::parseObject and the fromJson of every object the protocol carries).

#include "FuzzSupport.h"

#include "Booking.h"
#include "FreeRoom.h"
#include "MessageCodec.h"
#include "Room.h"
#include "SchoolDay.h"
#include "SeriesOccurrence.h"
#include "Teacher.h"

#include <QJsonArray>
#include <QStringDecoder>

namespace {
QString show(const QByteArray &bytes) {
    return QString::fromUtf8(bytes);
}

// Whatever a client sent, the answer is one compact JSON object in valid UTF-8 (a WebSocket
// peer closes the connection on a text frame that is not), naming the request when it could.
void checkFailureFrame(const QByteArray &frame, qint64 id, const ProtocolError &error) {
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(frame); // decoding happens on conversion
    (void)decoded;
    FUZZ_CHECK(!utf8.hasError(), QStringLiteral("failure frame is not UTF-8: ") + show(frame));
    FUZZ_CHECK(!frame.contains('\n'), show(frame));
    QJsonObject object;
    FUZZ_CHECK(MessageCodec::parseObject(frame, &object), show(frame));
    FUZZ_CHECK(object.value(QStringLiteral("ok")) == QJsonValue(false), show(frame));
    FUZZ_CHECK(object.value(QStringLiteral("status")).toInt() == error.status(), show(frame));
    FUZZ_CHECK(object.value(QStringLiteral("code")).toString() == error.code(), show(frame));
    FUZZ_CHECK(!object.value(QStringLiteral("message")).toString().isEmpty(), show(frame));
    if (id > 0)
        FUZZ_CHECK(object.value(QStringLiteral("re")).toInteger() == id, show(frame));
    else
        FUZZ_CHECK(object.value(QStringLiteral("re")).isNull(), show(frame));
}

// The client's side: any object (and the objects and arrays inside it) read as each type.
void readAsClient(const QJsonObject &object, int depth) {
    (void)Booking::fromJson(object);
    (void)Room::fromJson(object);
    (void)FreeRoom::fromJson(object);
    (void)SchoolDay::fromJson(object);
    (void)SeriesOccurrence::fromJson(object);
    (void)Teacher::fromJson(object);
    if (depth >= 3)
        return;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isObject()) {
            readAsClient(value.toObject(), depth + 1);
        } else if (value.isArray()) {
            const QJsonArray items = value.toArray();
            for (const QJsonValue &item : items)
                if (item.isObject())
                    readAsClient(item.toObject(), depth + 1);
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // Larger frames never reach the codec: the WebSocket closes the connection (1009).
    if (size > size_t(MessageCodec::MaxFrameBytes))
        return 0;
    const QString frame = FuzzSupport::text(data, size);
    qint64 id = 0;
    try {
        const Request request = MessageCodec::decodeRequest(frame, &id);
        FUZZ_CHECK(id >= 1 && request.id() == id, frame);
        FUZZ_CHECK(!request.type().isEmpty(), frame);
        FUZZ_CHECK(!request.params().contains(QStringLiteral("id")) &&
                       !request.params().contains(QStringLiteral("type")),
                   frame);
        // Encoding is stable: what the client sends decodes to a request that encodes to the
        // same bytes again.
        const QByteArray encoded =
            MessageCodec::encodeRequest(id, request.type(), request.params());
        qint64 againId = 0;
        const Request again = MessageCodec::decodeRequest(QString::fromUtf8(encoded), &againId);
        FUZZ_CHECK(againId == id && again.type() == request.type(), show(encoded));
        FUZZ_CHECK(MessageCodec::encodeRequest(againId, again.type(), again.params()) == encoded,
                   show(encoded));
        // A reply carrying what the request sent is still one object naming the request.
        QJsonObject reply;
        FUZZ_CHECK(
            MessageCodec::parseObject(MessageCodec::encodeReply(id, request.params()), &reply),
            frame);
        FUZZ_CHECK(reply.value(QStringLiteral("re")).toInteger() == id &&
                       reply.value(QStringLiteral("ok")) == QJsonValue(true),
                   frame);
    } catch (const ProtocolError &error) {
        FUZZ_CHECK(error.status() == 400, frame);
        FUZZ_CHECK(id >= 0, frame);
        checkFailureFrame(MessageCodec::encodeFailure(id, error), id, error);
    }

    QJsonObject object;
    if (MessageCodec::parseObject(frame.toUtf8(), &object))
        readAsClient(object, 0);
    return 0;
}
