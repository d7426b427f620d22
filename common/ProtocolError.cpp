// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProtocolError.h"

#include "ErrorCodes.h"

#include <utility>

ProtocolError::ProtocolError(int status, QString code, QString message, QJsonObject details)
    : m_status(status), m_code(std::move(code)), m_message(std::move(message)),
      m_details(std::move(details)), m_what((m_code + QStringLiteral(": ") + m_message).toUtf8()) {}

ProtocolError ProtocolError::badRequest(const QString &message) {
    return ProtocolError(400, QString(ErrorCodes::BadRequest), message);
}

ProtocolError ProtocolError::unavailable() {
    return ProtocolError(
        503, QString(ErrorCodes::Unavailable),
        QStringLiteral("The booking database is unavailable; please try again shortly"));
}
