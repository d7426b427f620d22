// SPDX-License-Identifier: GPL-3.0-or-later

#include "DatabaseError.h"

#include <utility>

DatabaseError::DatabaseError(QString message, QString sqlState, bool connectionLost)
    : m_message(std::move(message)), m_sqlState(std::move(sqlState)),
      m_connectionLost(connectionLost), m_what(m_message.toUtf8()) {}
