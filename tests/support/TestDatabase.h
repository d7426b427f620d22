// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// A fresh, empty PostgreSQL database for one test suite, created through the administrative
// URL in ROOMCLAIM_TEST_PG and dropped again at the end.
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return !m_name.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &name() const { return m_name; }
    // postgresql://user:password@host:port/<name>
    QString url() const;
    // The same database reached through another host and port (e.g. a TcpProxy).
    QString urlVia(const QString &host, quint16 port) const;
    QString host() const;
    quint16 port() const;

    // Runs one SQL statement on the test database and returns the first column of the first row.
    QVariant scalar(const QString &sql) const;
    bool exec(const QString &sql) const;

private:
    QString m_adminUrl;
    QString m_name;
    QString m_error;
};
