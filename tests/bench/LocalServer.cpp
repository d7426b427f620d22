// SPDX-License-Identifier: GPL-3.0-or-later

#include "LocalServer.h"

#include <QFile>

bool LocalServer::import(const QString &option, const QString &fileName, const QString &csv) {
    const QString path = m_dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    file.close();
    const ServerProcess::Result result =
        ServerProcess::run({QStringLiteral("--db"), m_db.url(), option, path});
    if (result.exitCode != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(option, result.err.trimmed());
        return false;
    }
    return true;
}

bool LocalServer::start(int rooms, int teachers, const QString &userFormat,
                        const QString &password) {
    if (!m_db.isValid()) {
        m_error = m_db.error();
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder");
        return false;
    }
    QString roomsCsv = QStringLiteral("name,building,capacity,features\n");
    for (int i = 1; i <= rooms; ++i)
        roomsCsv += QStringLiteral("Bench room %1,Main,%2,projector\n").arg(i).arg(20 + i % 3 * 5);
    QString teachersCsv = QStringLiteral("username,name,email,role,password\n");
    for (int i = 1; i <= teachers; ++i)
        teachersCsv += QStringLiteral("%1,Bench teacher %2,,teacher,%3\n")
                           .arg(userFormat.arg(i))
                           .arg(i)
                           .arg(password);
    if (!import(QStringLiteral("--import-rooms"), QStringLiteral("rooms.csv"), roomsCsv) ||
        !import(QStringLiteral("--import-teachers"), QStringLiteral("teachers.csv"), teachersCsv))
        return false;
    // Every client comes from 127.0.0.1: the per-address limit would refuse most of them.
    if (!m_server.start(m_db.url(),
                        {QStringLiteral("--max-connections-per-address"), QStringLiteral("0")})) {
        m_error = m_server.error();
        return false;
    }
    return true;
}
