// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrivateCluster.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace {
const QString Owner = QStringLiteral("postgres");

QString newestBinDir() {
    const QString configured = qEnvironmentVariable("RC_PG_BINDIR");
    if (!configured.isEmpty())
        return configured;
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
        if (QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

quint16 freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Gives the tree to postgres, so that the server (which refuses root) may use it.
bool giveToOwner(const QString &path, QString *error) {
    const passwd *owner = getpwnam(Owner.toLocal8Bit().constData());
    if (!owner) {
        *error = QStringLiteral("there is no user %1 to run PostgreSQL as").arg(Owner);
        return false;
    }
    QProcess chown;
    chown.start(QStringLiteral("chown"), {QStringLiteral("-R"), Owner + QLatin1Char(':'), path});
    if (!chown.waitForFinished(30000) || chown.exitCode() != 0) {
        *error = QStringLiteral("cannot give %1 to %2: %3")
                     .arg(path, Owner, QString::fromLocal8Bit(chown.readAllStandardError()));
        return false;
    }
    return true;
}

QSqlDatabase plainConnection(quint16 port) {
    const QString name = QStringLiteral("private-cluster-%1").arg(port);
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.close(); // every statement on a new session: it sees the settings as they are now
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(port);
    db.setUserName(Owner);
    db.setDatabaseName(QStringLiteral("postgres"));
    db.open();
    return db;
}
} // namespace

PrivateCluster::PrivateCluster(const QStringList &settings)
    : m_dir(QDir::tempPath() + QStringLiteral("/rc-private-pg-XXXXXX")), m_binDir(newestBinDir()) {
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString();
        return;
    }
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL server binaries not found (install postgresql)");
        return;
    }
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port for PostgreSQL");
        return;
    }
    if (geteuid() == 0 && !giveToOwner(m_dir.path(), &m_error))
        return;
    if (!runAsOwner(binary(QStringLiteral("initdb")),
                    {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), Owner,
                     QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                     QStringLiteral("--auth=trust"), QStringLiteral("--no-sync")},
                    120000))
        return;
    // Durability is not wanted here; the socket stays in the folder, never in /var/run.
    QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 "
                                     "-c fsync=off -c synchronous_commit=off")
                          .arg(m_port)
                          .arg(m_dir.path());
    for (const QString &setting : settings)
        options += QStringLiteral(" -c ") + setting;
    m_running = runAsOwner(binary(QStringLiteral("pg_ctl")),
                           {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
                            m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"),
                            QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                            options, QStringLiteral("start")},
                           90000);
    if (!m_running) {
        QFile log(m_dir.filePath(QStringLiteral("log")));
        if (log.open(QIODevice::ReadOnly))
            m_error += QStringLiteral("\n") + QString::fromLocal8Bit(log.readAll().right(2000));
    }
}

PrivateCluster::~PrivateCluster() {
    const QString name = QStringLiteral("private-cluster-%1").arg(m_port);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    if (m_running)
        runAsOwner(binary(QStringLiteral("pg_ctl")),
                   {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
                    QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                   60000);
}

bool PrivateCluster::restart(const QString &mode) {
    if (!m_running) {
        m_error = QStringLiteral("the cluster is not running");
        return false;
    }
    // pg_ctl keeps the options it was started with (postmaster.opts); the log goes on. Even
    // when this fails the cluster may run, so the destructor still stops it.
    return runAsOwner(binary(QStringLiteral("pg_ctl")),
                      {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
                       m_dir.filePath(QStringLiteral("log")), QStringLiteral("-m"), mode,
                       QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                       QStringLiteral("restart")},
                      90000);
}

QString PrivateCluster::url(const QString &database) const {
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(Owner).arg(m_port).arg(database);
}

bool PrivateCluster::exec(const QString &sql) {
    QSqlQuery query(plainConnection(m_port));
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

QVariant PrivateCluster::scalar(const QString &sql) {
    QSqlQuery query(plainConnection(m_port));
    if (!query.exec(sql) || !query.next()) {
        m_error = query.lastError().text();
        return {};
    }
    return query.value(0);
}

QString PrivateCluster::binary(const QString &name) const {
    return m_binDir + QLatin1Char('/') + name;
}

bool PrivateCluster::runAsOwner(const QString &program, const QStringList &arguments,
                                int timeoutMs) {
    QProcess process;
    process.setWorkingDirectory(m_dir.path()); // postgres may not enter the caller's folder
    if (geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), Owner, QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2%3")
                      .arg(QFileInfo(program).fileName(), process.errorString(),
                           QStringLiteral("\n") +
                               QString::fromLocal8Bit(process.readAllStandardError() +
                                                      process.readAllStandardOutput()));
        return false;
    }
    return true;
}
