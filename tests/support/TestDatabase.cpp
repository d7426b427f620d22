// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestDatabase.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace {
QSqlDatabase openAt(const QUrl &url, const QString &connectionName, const QString &database) {
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    // The connection name is shared by every TestDatabase of the process: never answer for
    // another instance's database.
    if (db.isOpen() && db.databaseName() != database)
        db.close();
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(database);
    if (!db.isOpen())
        db.open();
    return db;
}
} // namespace

TestDatabase::TestDatabase() : m_adminUrl(qEnvironmentVariable("ROOMCLAIM_TEST_PG")) {
    if (m_adminUrl.isEmpty()) {
        m_error =
            QStringLiteral("ROOMCLAIM_TEST_PG is not set; run the suite through scripts/test");
        return;
    }
    const QUrl admin(m_adminUrl);
    QSqlDatabase db = openAt(admin, QStringLiteral("test-admin"), admin.path().mid(1));
    if (!db.isOpen()) {
        m_error = QStringLiteral("cannot reach the test PostgreSQL: ") + db.lastError().text();
        return;
    }
    const QString name = QStringLiteral("rc_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate() % 1000000);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        m_error = QStringLiteral("cannot create a test database: ") + query.lastError().text();
        return;
    }
    m_name = name;
}

TestDatabase::~TestDatabase() {
    if (m_name.isEmpty())
        return;
    if (QSqlDatabase::contains(QStringLiteral("test-db"))) {
        QSqlDatabase::database(QStringLiteral("test-db"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("test-db"));
    }
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("test-admin"), false);
    QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

QString TestDatabase::url() const {
    QUrl url(m_adminUrl);
    url.setPath(QLatin1Char('/') + m_name);
    return url.toString();
}

QString TestDatabase::urlVia(const QString &host, quint16 port) const {
    QUrl url(this->url());
    url.setHost(host);
    url.setPort(port);
    return url.toString();
}

QString TestDatabase::host() const {
    return QUrl(m_adminUrl).host();
}

quint16 TestDatabase::port() const {
    return quint16(QUrl(m_adminUrl).port(5432));
}

QVariant TestDatabase::scalar(const QString &sql) const {
    QSqlQuery query(openAt(QUrl(m_adminUrl), QStringLiteral("test-db"), m_name));
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool TestDatabase::exec(const QString &sql) const {
    QSqlQuery query(openAt(QUrl(m_adminUrl), QStringLiteral("test-db"), m_name));
    return query.exec(sql);
}
