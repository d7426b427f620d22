#pragma once

#include "HandlerOutcome.h"
#include "Request.h"
#include "Teacher.h"

#include <optional>

// Answers one request of protocol v1. Runs on a worker thread with that thread's database
// connection; never touches sockets.
class RequestHandler {
public:
    // feedBase: where this connection reaches the calendar feed (empty when it is off).
    static HandlerOutcome handle(const Request &request, const std::optional<Teacher> &teacher,
                                 const QString &token, const QString &feedBase = QString());
    static bool isKnownType(const QString &type);

private:
    static QJsonObject dispatch(const Request &request, const Teacher &teacher,
                                const QString &feedBase);
    static QJsonObject searchRooms(const Request &request, const Teacher &teacher);
    static QJsonObject confirmBooking(const Request &request, const Teacher &teacher);
    static QJsonObject myBookings(const Request &request, const Teacher &teacher);
    static QJsonObject listBookings(const Request &request);
};
