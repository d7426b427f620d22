#pragma once

#include "ProtocolError.h"
#include "Teacher.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

// What handling one request produced, carried from a worker thread back to the connection.
struct HandlerOutcome {
    QJsonObject result;
    std::optional<ProtocolError> error;
    std::optional<Teacher> loggedIn; // login/resume succeeded as this teacher
    QString token;
    bool loggedOut = false;
    QList<QByteArray> directEvents; // events for this connection only
};
