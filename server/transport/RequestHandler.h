// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "HandlerOutcome.h"
#include "JsonWriter.h"
#include "Request.h"
#include "Teacher.h"

#include <optional>

class QThreadPool;

// Answers one request of protocol v1. Runs on a worker thread with that thread's database
// connection; never touches sockets.
class RequestHandler {
public:
    // feedBase: where this connection reaches the calendar feed (empty when it is off);
    // peerAddress: the client's address, for the login throttle.
    static HandlerOutcome handle(const Request &request, const std::optional<Teacher> &teacher,
                                 const QString &token, const QString &feedBase = QString(),
                                 const QString &peerAddress = QString());
    // Encodes the reply (failure or result) into outcome->reply and frees the result's JSON, on
    // the calling (worker) thread.
    static void encodeReply(qint64 requestId, HandlerOutcome *outcome);
    static bool isKnownType(const QString &type);
    // Where the request runs: logins on the password pool, everything else on the workers.
    static QThreadPool *poolFor(const Request &request, QThreadPool *workers);

private:
    static QJsonObject dispatch(const Request &request, const Teacher &teacher,
                                const QString &feedBase);
    // listRooms, searchRooms, myBookings and listBookings, written as JSON text into *members;
    // false for any other request.
    static bool writeListing(const Request &request, const Teacher &teacher, QByteArray *members);
    static void searchRooms(const Request &request, const Teacher &teacher, JsonWriter &json);
    static QJsonObject confirmBooking(const Request &request, const Teacher &teacher);
    static void myBookings(const Request &request, const Teacher &teacher, JsonWriter &json);
    static void listBookings(const Request &request, JsonWriter &json);
};
