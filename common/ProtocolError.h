// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

#include <exception>

// A failure reply of protocol v1: HTTP-like status, stable code, human message, extra details.
class ProtocolError : public std::exception {
public:
    ProtocolError(int status, QString code, QString message, QJsonObject details = {});

    int status() const { return m_status; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QJsonObject &details() const { return m_details; }
    const char *what() const noexcept override { return m_what.constData(); }

    static ProtocolError badRequest(const QString &message);
    static ProtocolError unavailable();

private:
    int m_status;
    QString m_code;
    QString m_message;
    QJsonObject m_details;
    QByteArray m_what;
};
