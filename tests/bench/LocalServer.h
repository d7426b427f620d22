// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QTemporaryDir>

// A private roomclaim-server on a fresh database of the test PostgreSQL (ROOMCLAIM_TEST_PG):
// rooms and teachers imported through the server's own CSV imports, as a school's IT would.
class LocalServer {
public:
    bool start(int rooms, int teachers, const QString &userFormat, const QString &password);
    const QString &error() const { return m_error; }
    QString url() const { return m_server.url(); }
    qint64 processId() const { return m_server.processId(); }

private:
    bool import(const QString &option, const QString &fileName, const QString &csv);

    TestDatabase m_db;
    ServerProcess m_server;
    QTemporaryDir m_dir;
    QString m_error;
};
