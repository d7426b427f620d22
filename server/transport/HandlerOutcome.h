// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OutgoingFrame.h"
#include "ProtocolError.h"
#include "Teacher.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

// What handling one request produced, carried from a worker thread back to the connection.
struct HandlerOutcome {
    QJsonObject result;
    // Instead of result, for the listings: the result's members, already JSON text.
    QByteArray resultJson;
    // The reply, encoded on the worker (RequestHandler::encodeReply): the connection's thread
    // only writes it.
    OutgoingFrame reply;
    std::optional<ProtocolError> error;
    std::optional<Teacher> loggedIn; // login/resume succeeded as this teacher
    QString token;
    bool loggedOut = false;
    QList<QByteArray> directEvents; // events for this connection only
};
