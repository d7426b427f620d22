#pragma once

#include "HandlerOutcome.h"
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
    static bool isKnownType(const QString &type);
    // Where the request runs: logins on the password pool, everything else on the workers.
    static QThreadPool *poolFor(const Request &request, QThreadPool *workers);

private:
    static QJsonObject dispatch(const Request &request, const Teacher &teacher,
                                const QString &feedBase);
    static QJsonObject searchRooms(const Request &request, const Teacher &teacher);
    static QJsonObject confirmBooking(const Request &request, const Teacher &teacher);
    static QJsonObject myBookings(const Request &request, const Teacher &teacher);
    static QJsonObject listBookings(const Request &request);
};
