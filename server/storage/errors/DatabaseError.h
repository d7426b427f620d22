// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

// A failed SQL statement. connectionLost distinguishes "the database went away" (503) from a
// statement the database refused (sqlState says which constraint, e.g. 23P01 for an exclusion).
class DatabaseError : public std::exception {
public:
    DatabaseError(QString message, QString sqlState, bool connectionLost);

    const QString &message() const { return m_message; }
    const QString &sqlState() const { return m_sqlState; }
    bool connectionLost() const { return m_connectionLost; }
    bool isExclusionViolation() const { return m_sqlState == QLatin1String("23P01"); }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_message;
    QString m_sqlState;
    bool m_connectionLost;
    QByteArray m_what;
};
