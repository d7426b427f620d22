// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

// The answer to one request: the result on success, or the server's (or the connection's own)
// failure with a status, a stable code and a message fit to show a teacher.
struct ServerReply {
    bool ok = false;
    int status = 0;
    QString code;
    QString message;
    QJsonObject body;

    static ServerReply fromFrame(const QJsonObject &frame) {
        ServerReply reply;
        reply.ok = frame.value(QStringLiteral("ok")).toBool();
        reply.status = frame.value(QStringLiteral("status")).toInt(reply.ok ? 200 : 500);
        reply.code = frame.value(QStringLiteral("code")).toString();
        reply.message = frame.value(QStringLiteral("message")).toString();
        reply.body = frame;
        return reply;
    }
    static ServerReply failure(const QString &code, const QString &message) {
        ServerReply reply;
        reply.status = 0;
        reply.code = code;
        reply.message = message;
        return reply;
    }
};
