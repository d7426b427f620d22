// SPDX-License-Identifier: GPL-3.0-or-later

#include "Migrator.h"
#include "PasswordHasher.h"
#include "PrivateCluster.h"
#include "ReplyChecks.h"
#include "ServerProcess.h"
#include "TestClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <memory>
#include <unistd.h>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// roomclaim-server with these arguments, `input` on its standard input and extra environment.
Run server(const QStringList &arguments, const QByteArray &input = {},
           const QStringList &environment = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ROOMCLAIM_DB"));
    for (const QString &pair : environment)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ROOMCLAIM_SERVER_EXE), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QString both(const Run &run) {
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

void writeFile(const QString &path, const QByteArray &data) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

QString configUrl(const QString &configFile) {
    return QSettings(configFile, QSettings::IniFormat)
        .value(QStringLiteral("database/url"))
        .toString();
}
} // namespace

// roomclaim-server --setup against a fresh PostgreSQL of the test's own (a private cluster, as a
// school server's): what it makes, that a second run changes nothing and says so, the questions
// of the interactive mode, and the refusals that leave everything as it was.
class tst_Setup : public QObject {
    Q_OBJECT

    std::unique_ptr<PrivateCluster> m_cluster;
    QTemporaryDir m_dir;

    // The first column of the first row in `database` of the private cluster, as postgres.
    QString scalarIn(const QString &database, const QString &sql) {
        const QString name = QStringLiteral("setup-check");
        QString result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_cluster->port());
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    result = query.value(0).toString();
                else
                    result = QStringLiteral("(failed: %1)").arg(sql);
            } else {
                result = QStringLiteral("(cannot open %1)").arg(database);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    QString roles() {
        return m_cluster
            ->scalar(QStringLiteral("SELECT string_agg(rolname || ':' || rolcanlogin || ':' || "
                                    "coalesce(rolpassword, ''), ',' ORDER BY rolname) FROM "
                                    "pg_authid WHERE rolname NOT LIKE 'pg\\_%'"))
            .toString();
    }
    QString databases() {
        return m_cluster
            ->scalar(QStringLiteral("SELECT string_agg(datname || ':' || pg_get_userbyid(datdba), "
                                    "',' ORDER BY datname) FROM pg_database"))
            .toString();
    }
    bool roleExists(const QString &role) {
        return m_cluster
                   ->scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'")
                                .arg(role))
                   .toInt() == 1;
    }
    bool databaseExists(const QString &name) {
        return m_cluster
                   ->scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'")
                                .arg(name))
                   .toInt() == 1;
    }

    // Everything a set-up of `database` may touch: catalog, schema, accounts and files.
    QStringList state(const QString &database, const QStringList &files) {
        QStringList state{
            roles(),
            databases(),
            scalarIn(database, QStringLiteral("SELECT string_agg(version || ' ' || name || ' ' "
                                              "|| applied_at, ',' ORDER BY version) FROM "
                                              "schema_migrations")),
            scalarIn(database, QStringLiteral("SELECT string_agg(concat_ws('|', id, username, "
                                              "role, password_hash, active), ',' ORDER BY id) "
                                              "FROM teachers")),
            scalarIn(database, QStringLiteral("SELECT count(*) FROM audit_log")),
            scalarIn(database, QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname) "
                                              "FROM pg_class WHERE relnamespace = "
                                              "'public'::regnamespace"))};
        for (const QString &path : files) {
            const QFileInfo info(path);
            state << path + QLatin1Char(' ') + QString::fromLatin1(fileBytes(path).toBase64()) +
                         QLatin1Char(' ') +
                         QString::number(info.lastModified().toMSecsSinceEpoch()) +
                         QLatin1Char(' ') + QString::number(int(info.permissions()), 16) +
                         QLatin1Char(' ') + info.group();
        }
        return state;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<PrivateCluster>();
        QVERIFY2(m_cluster->isValid(), qPrintable(m_cluster->error()));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void setupTwiceChangesNothing() {
        const QString config = path(QStringLiteral("etc/server.conf"));
        const QString tls = path(QStringLiteral("etc/tls"));
        const QString passwordFile = path(QStringLiteral("admin-password"));
        writeFile(passwordFile, "head-teacher-1\n");
        const QStringList arguments{QStringLiteral("--setup"),
                                    QStringLiteral("--yes"),
                                    QStringLiteral("--pg-admin"),
                                    m_cluster->url(),
                                    QStringLiteral("--config"),
                                    config,
                                    QStringLiteral("--db-name"),
                                    QStringLiteral("school"),
                                    QStringLiteral("--db-user"),
                                    QStringLiteral("school_app"),
                                    QStringLiteral("--admin-user"),
                                    QStringLiteral("head"),
                                    QStringLiteral("--admin-password-file"),
                                    passwordFile,
                                    QStringLiteral("--init-tls"),
                                    tls,
                                    QStringLiteral("--host"),
                                    QStringLiteral("roomclaim.school.test,127.0.0.1")};

        const Run first = server(arguments);
        QVERIFY2(first.exitCode == 0, qPrintable(both(first)));
        for (const QString &line :
             {QStringLiteral("PostgreSQL role school_app: created, with a generated password"),
              QStringLiteral("database school: created, owned by school_app"),
              QStringLiteral("config %1: created").arg(config),
              QStringLiteral("schema: created at version %1").arg(Migrator::latestVersion()),
              QStringLiteral("admin account head: created, with the password given"),
              QStringLiteral("TLS certificates in %1: created").arg(tls)})
            QVERIFY2(first.out.contains(line), qPrintable(line + QLatin1Char('\n') + both(first)));
        QVERIFY2(first.out.contains(QLatin1String("Set-up complete: 6 made, 0 already there.")),
                 qPrintable(both(first)));

        // The config: a URL with a generated password, readable by owner and group only, and
        // the certificates in [tls].
        const QUrl url(configUrl(config));
        QCOMPARE(url.userName(), QStringLiteral("school_app"));
        QCOMPARE(url.path(), QStringLiteral("/school"));
        QCOMPARE(url.port(), int(m_cluster->port()));
        QVERIFY2(url.password().size() >= 24, qPrintable(url.toString()));
        // Owner, group and others (not the "user" bits, which depend on who looks).
        QCOMPARE(int(QFileInfo(config).permissions() & 0x7077),
                 int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        QSettings ini(config, QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("tls/cert")).toString(),
                 tls + QStringLiteral("/server.crt"));
        QCOMPARE(ini.value(QStringLiteral("tls/key")).toString(),
                 tls + QStringLiteral("/server.key"));
        QCOMPARE(scalarIn(QStringLiteral("school"),
                          QStringLiteral("SELECT max(version) FROM schema_migrations")),
                 QString::number(Migrator::latestVersion()));
        const QString hash = scalarIn(
            QStringLiteral("school"),
            QStringLiteral("SELECT password_hash FROM teachers WHERE username = 'head' AND role = "
                           "'admin'"));
        QVERIFY2(PasswordHasher::verify(QStringLiteral("head-teacher-1"), hash), qPrintable(hash));

        const QStringList files{
            config, tls + QStringLiteral("/school-ca.crt"), tls + QStringLiteral("/school-ca.key"),
            tls + QStringLiteral("/server.crt"), tls + QStringLiteral("/server.key")};
        const QStringList before = state(QStringLiteral("school"), files);

        // Second run: every step is found there, nothing is touched, and it says so.
        const Run second = server(arguments);
        QVERIFY2(second.exitCode == 0, qPrintable(both(second)));
        for (const QString &line :
             {QStringLiteral("PostgreSQL role school_app: already there"),
              QStringLiteral("database school: already there, owned by school_app"),
              QStringLiteral("config %1: already there").arg(config),
              QStringLiteral("schema: already at version %1").arg(Migrator::latestVersion()),
              QStringLiteral("admin account head: already there"),
              QStringLiteral("TLS certificates in %1: already there").arg(tls)})
            QVERIFY2(second.out.contains(line),
                     qPrintable(line + QLatin1Char('\n') + both(second)));
        QVERIFY2(!second.out.contains(QLatin1String(": created")), qPrintable(both(second)));
        QVERIFY2(second.out.contains(QLatin1String(
                     "Set-up complete: nothing changed, everything was already there")),
                 qPrintable(both(second)));
        QCOMPARE(state(QStringLiteral("school"), files), before);

        // The server runs from what the set-up wrote, and the admin logs in.
        ServerProcess process;
        QVERIFY2(process.start(url.toString(), {QStringLiteral("--config"), config}),
                 qPrintable(process.error()));
        // The config names certificates: the server speaks TLS, with the school CA made above.
        TestClient client;
        client.setTrustedCertificates(
            QSslCertificate::fromPath(tls + QStringLiteral("/school-ca.crt")));
        QVERIFY2(client.open(process.secureUrl()), qPrintable(process.output()));
        VERIFY_OK(client.login(QStringLiteral("head"), QStringLiteral("head-teacher-1")));
    }

    void interactiveSetupAsksWithDefaults() {
        const QString config = path(QStringLiteral("asked/server.conf"));
        // Config file, database, role, admin (Enter: the default), its password, no TLS, go.
        const QByteArray answers =
            config.toUtf8() + "\nasked_db\nasked_app\n\nasked-password-1\n\ny\n";
        const Run run = server(
            {QStringLiteral("--setup"), QStringLiteral("--pg-admin"), m_cluster->url()}, answers);
        QVERIFY2(run.exitCode == 0, qPrintable(both(run)));
        for (const QString &prompt :
             {QStringLiteral("Config file to write [/etc/roomclaim/server.conf]: "),
              QStringLiteral("PostgreSQL database [roomclaim]: "),
              QStringLiteral("PostgreSQL role the server logs in as [roomclaim]: "),
              QStringLiteral("Admin account's username [admin]: "),
              QStringLiteral("Go ahead (y/n) [y]: ")})
            QVERIFY2(run.out.contains(prompt), qPrintable(prompt + QLatin1Char('\n') + both(run)));
        QVERIFY(run.out.contains(QLatin1String("database asked_db: created, owned by asked_app")));
        QCOMPARE(QUrl(configUrl(config)).userName(), QStringLiteral("asked_app"));
        const QString hash =
            scalarIn(QStringLiteral("asked_db"),
                     QStringLiteral("SELECT password_hash FROM teachers WHERE username = 'admin'"));
        QVERIFY2(PasswordHasher::verify(QStringLiteral("asked-password-1"), hash),
                 qPrintable(hash));

        // Again, pressing Enter at every question: the config's database and role are the
        // defaults now, so nothing changes.
        const Run again =
            server({QStringLiteral("--setup"), QStringLiteral("--pg-admin"), m_cluster->url()},
                   config.toUtf8() + "\n\n\n\n\n\n\n");
        QVERIFY2(again.exitCode == 0, qPrintable(both(again)));
        QVERIFY2(again.out.contains(QLatin1String("PostgreSQL database [asked_db]: ")),
                 qPrintable(both(again)));
        QVERIFY2(again.out.contains(QLatin1String("nothing changed")), qPrintable(both(again)));

        // An answer that is no PostgreSQL name is asked again; 'n' at the end changes nothing.
        const Run cancelled =
            server({QStringLiteral("--setup"), QStringLiteral("--pg-admin"), m_cluster->url()},
                   path(QStringLiteral("cancelled/server.conf")).toUtf8() +
                       "\nBad-Name\nnever_db\n\n\n\n\nn\n");
        QCOMPARE(cancelled.exitCode, 1);
        QVERIFY2(cancelled.out.contains(QLatin1String("use lower-case letters")),
                 qPrintable(both(cancelled)));
        QVERIFY2(cancelled.err.contains(QLatin1String("set-up cancelled; nothing was changed")),
                 qPrintable(both(cancelled)));
        QVERIFY(!databaseExists(QStringLiteral("never_db")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("cancelled/server.conf"))));

        // Input that ends before the questions do is no answer.
        const Run ended =
            server({QStringLiteral("--setup"), QStringLiteral("--pg-admin"), m_cluster->url()},
                   "x.conf\n");
        QCOMPARE(ended.exitCode, 1);
        QVERIFY2(ended.err.contains(QLatin1String("the input ended")), qPrintable(both(ended)));
    }

    void localSocketAsPostgresUser() {
        if (::geteuid() != 0)
            QSKIP("only root can act as the operating-system user postgres");
        // The default: no --pg-admin. psql runs as postgres through runuser on the socket
        // (PGHOST and PGPORT point at the private cluster, as they could at a school's).
        const QString config = path(QStringLiteral("local/server.conf"));
        const QStringList environment{QStringLiteral("PGHOST=") + m_cluster->socketDirectory(),
                                      QStringLiteral("PGPORT=") +
                                          QString::number(m_cluster->port())};
        const QStringList arguments{QStringLiteral("--setup"),   QStringLiteral("--yes"),
                                    QStringLiteral("--config"),  config,
                                    QStringLiteral("--db-name"), QStringLiteral("local_db"),
                                    QStringLiteral("--db-user"), QStringLiteral("local_app")};
        const Run run = server(arguments, {}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(both(run)));
        QVERIFY2(run.out.contains(QLatin1String("reached as postgres on the local socket")),
                 qPrintable(both(run)));
        // A generated admin password is shown once, and it works.
        const QRegularExpression shown(
            QStringLiteral("admin account admin: created, password (\\S+) "));
        const QRegularExpressionMatch match = shown.match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(both(run)));
        const QString hash =
            scalarIn(QStringLiteral("local_db"),
                     QStringLiteral("SELECT password_hash FROM teachers WHERE username = 'admin'"));
        QVERIFY(PasswordHasher::verify(match.captured(1), hash));
        const QUrl url(configUrl(config));
        QCOMPARE(url.host(), QStringLiteral("localhost"));
        QCOMPARE(url.port(), int(m_cluster->port()));

        const Run again = server(arguments, {}, environment);
        QVERIFY2(again.exitCode == 0, qPrintable(both(again)));
        QVERIFY2(again.out.contains(QLatin1String("nothing changed")), qPrintable(both(again)));
        // The password is shown only when the account is made.
        QVERIFY2(!shown.match(again.out).hasMatch(), qPrintable(both(again)));
    }

    void setupRestoresABackup() {
        // A school's server, with a room of its own, backed up.
        const QString sourceConfig = path(QStringLiteral("source/server.conf"));
        const Run source =
            server({QStringLiteral("--setup"), QStringLiteral("--yes"),
                    QStringLiteral("--pg-admin"), m_cluster->url(), QStringLiteral("--config"),
                    sourceConfig, QStringLiteral("--db-name"), QStringLiteral("source_db"),
                    QStringLiteral("--db-user"), QStringLiteral("source_app")});
        QVERIFY2(source.exitCode == 0, qPrintable(both(source)));
        QCOMPARE(scalarIn(QStringLiteral("source_db"),
                          QStringLiteral("INSERT INTO rooms (name, capacity) VALUES ('Hall', 200) "
                                         "RETURNING name")),
                 QStringLiteral("Hall"));
        const QString backup = path(QStringLiteral("source.rcbackup"));
        const Run packed =
            server({QStringLiteral("--config"), sourceConfig, QStringLiteral("--backup"), backup});
        QVERIFY2(packed.exitCode == 0, qPrintable(both(packed)));

        // The new machine: set up and filled from the backup in one go; the backup's admin is
        // the admin.
        const QString config = path(QStringLiteral("copy/server.conf"));
        const QStringList arguments{QStringLiteral("--setup"),    QStringLiteral("--yes"),
                                    QStringLiteral("--pg-admin"), m_cluster->url(),
                                    QStringLiteral("--config"),   config,
                                    QStringLiteral("--db-name"),  QStringLiteral("copy_db"),
                                    QStringLiteral("--db-user"),  QStringLiteral("copy_app"),
                                    QStringLiteral("--restore"),  backup};
        const Run restored = server(arguments);
        QVERIFY2(restored.exitCode == 0, qPrintable(both(restored)));
        QVERIFY2(
            restored.out.contains(QStringLiteral("backup %1: restored, 0 bookings, 0 series, 1 "
                                                 "teachers, 1 rooms")
                                      .arg(backup)),
            qPrintable(both(restored)));
        QVERIFY2(restored.out.contains(QLatin1String("admin account admin: already there")),
                 qPrintable(both(restored)));
        QCOMPARE(scalarIn(QStringLiteral("copy_db"),
                          QStringLiteral("SELECT string_agg(name, ',') FROM rooms")),
                 QStringLiteral("Hall"));
        QCOMPARE(scalarIn(QStringLiteral("copy_db"),
                          QStringLiteral("SELECT password_hash FROM teachers")),
                 scalarIn(QStringLiteral("source_db"),
                          QStringLiteral("SELECT password_hash FROM teachers")));
        // Everything restored belongs to the new role.
        QCOMPARE(scalarIn(QStringLiteral("copy_db"),
                          QStringLiteral("SELECT string_agg(DISTINCT pg_get_userbyid(relowner), "
                                         "',') FROM pg_class WHERE relnamespace = "
                                         "'public'::regnamespace")),
                 QStringLiteral("copy_app"));
        // Again: the database holds the school now, so nothing is restored over it.
        const Run again = server(arguments);
        QVERIFY2(again.exitCode == 0, qPrintable(both(again)));
        QVERIFY2(again.out.contains(QLatin1String("not restored: the database already holds a "
                                                  "schema")),
                 qPrintable(both(again)));
        QVERIFY2(again.out.contains(QLatin1String("nothing changed")), qPrintable(both(again)));

        // A backup whose dump is damaged fails after the role, the database and the config were
        // made: all three are taken back.
        const QString damaged = path(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(damaged));
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("-xf"), backup, QStringLiteral("-C"), damaged});
        QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);
        writeFile(damaged + QStringLiteral("/roomclaim.dump"), "PGDMP but not really");
        const QString damagedBackup = path(QStringLiteral("damaged.rcbackup"));
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("-cf"), damagedBackup, QStringLiteral("-C"), damaged,
                   QStringLiteral("manifest.ini"), QStringLiteral("roomclaim.dump")});
        QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);
        const QString undoConfig = path(QStringLiteral("undo/server.conf"));
        const Run failed = server(
            {QStringLiteral("--setup"), QStringLiteral("--yes"), QStringLiteral("--pg-admin"),
             m_cluster->url(), QStringLiteral("--config"), undoConfig, QStringLiteral("--db-name"),
             QStringLiteral("undo_db"), QStringLiteral("--db-user"), QStringLiteral("undo_app"),
             QStringLiteral("--restore"), damagedBackup});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QLatin1String("pg_restore failed")), qPrintable(both(failed)));
        QVERIFY2(
            failed.err.contains(QLatin1String("removed the database undo_db made by this run")),
            qPrintable(both(failed)));
        QVERIFY(!databaseExists(QStringLiteral("undo_db")));
        QVERIFY(!roleExists(QStringLiteral("undo_app")));
        QVERIFY(!QFileInfo::exists(undoConfig));

        // Something that is no backup at all is found before anything is made.
        const Run junk = server(
            {QStringLiteral("--setup"), QStringLiteral("--yes"), QStringLiteral("--pg-admin"),
             m_cluster->url(), QStringLiteral("--config"), undoConfig, QStringLiteral("--db-name"),
             QStringLiteral("undo_db"), QStringLiteral("--db-user"), QStringLiteral("undo_app"),
             QStringLiteral("--restore"), sourceConfig});
        QCOMPARE(junk.exitCode, 1);
        QVERIFY2(junk.err.contains(QLatin1String("is not a RoomClaim backup")) &&
                     junk.err.contains(QLatin1String("nothing was changed")),
                 qPrintable(both(junk)));
        QVERIFY(!databaseExists(QStringLiteral("undo_db")));
    }

    void packageConfigIsFilledIn() {
        // The package's server.conf: a placeholder URL among the administrator's own settings.
        const QString config = path(QStringLiteral("package/server.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(config).absolutePath()));
        const QByteArray original =
            "; RoomClaim server settings.\n\n[database]\n; postgresql://user:password@host:port/"
            "dbname\nurl=postgresql://roomclaim:change-me@localhost/roomclaim\n\n[server]\n"
            "listen=0.0.0.0:7400\nworkers=4\n\n[tls]\n;cert=/etc/roomclaim/tls/server.crt\n";
        writeFile(config, original);
        const QStringList arguments{QStringLiteral("--setup"),    QStringLiteral("--yes"),
                                    QStringLiteral("--pg-admin"), m_cluster->url(),
                                    QStringLiteral("--config"),   config,
                                    QStringLiteral("--db-name"),  QStringLiteral("package_db"),
                                    QStringLiteral("--db-user"),  QStringLiteral("package_app")};
        const Run run = server(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(both(run)));
        QVERIFY2(run.out.contains(QStringLiteral("config %1: filled in (database URL").arg(config)),
                 qPrintable(both(run)));
        const QString text = QString::fromUtf8(fileBytes(config));
        QVERIFY2(!text.contains(QLatin1String("change-me")), qPrintable(text));
        for (const QString &kept :
             {QStringLiteral("; RoomClaim server settings."),
              QStringLiteral("; postgresql://user:password@host:port/dbname"),
              QStringLiteral("workers=4"), QStringLiteral(";cert=/etc/roomclaim/tls/server.crt")})
            QVERIFY2(text.contains(kept), qPrintable(text));
        QCOMPARE(QUrl(configUrl(config)).userName(), QStringLiteral("package_app"));
        const Run again = server(arguments);
        QVERIFY2(again.out.contains(QLatin1String("nothing changed")), qPrintable(both(again)));
    }

    void badInputChangesNothing() {
        const QString rolesBefore = roles();
        const QString databasesBefore = databases();
        const QString fresh = path(QStringLiteral("bad/server.conf"));
        auto setup = [&](const QStringList &extra, const QString &config) {
            return server(QStringList{QStringLiteral("--setup"), QStringLiteral("--yes"),
                                      QStringLiteral("--config"), config,
                                      QStringLiteral("--db-name"), QStringLiteral("bad_db"),
                                      QStringLiteral("--db-user"), QStringLiteral("bad_app")} +
                          extra);
        };

        // PostgreSQL that does not answer.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        const Run unreachable =
            setup({QStringLiteral("--pg-admin"),
                   QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(closedPort)},
                  fresh);
        QCOMPARE(unreachable.exitCode, 1);
        QCOMPARE(unreachable.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(unreachable.err.contains(QLatin1String("nothing was changed")),
                 qPrintable(both(unreachable)));
        QVERIFY(!QFileInfo::exists(fresh));

        // A config that already points at another database.
        const QString elsewhere = path(QStringLiteral("bad/elsewhere.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(elsewhere).absolutePath()));
        const QByteArray other =
            "[database]\nurl=postgresql://other:secret@db.example:5432/other\n";
        writeFile(elsewhere, other);
        const Run pointsElsewhere =
            setup({QStringLiteral("--pg-admin"), m_cluster->url()}, elsewhere);
        QCOMPARE(pointsElsewhere.exitCode, 1);
        QVERIFY2(
            pointsElsewhere.err.contains(QLatin1String("already points at "
                                                       "postgresql://other@db.example:5432/other")),
            qPrintable(both(pointsElsewhere)));
        QCOMPARE(fileBytes(elsewhere), other);

        // A role that exists without a config holding its password.
        QVERIFY(m_cluster->exec(QStringLiteral("CREATE ROLE orphan_app LOGIN")));
        const Run orphan =
            server({QStringLiteral("--setup"), QStringLiteral("--yes"),
                    QStringLiteral("--pg-admin"), m_cluster->url(), QStringLiteral("--config"),
                    fresh, QStringLiteral("--db-name"), QStringLiteral("orphan_db"),
                    QStringLiteral("--db-user"), QStringLiteral("orphan_app")});
        QCOMPARE(orphan.exitCode, 1);
        QVERIFY2(orphan.err.contains(QLatin1String("role orphan_app already exists")),
                 qPrintable(both(orphan)));
        QVERIFY(!databaseExists(QStringLiteral("orphan_db")));
        QVERIFY(m_cluster->exec(QStringLiteral("DROP ROLE orphan_app")));

        // A config that cannot be written: its folder would have to be inside a file.
        const QString notAFolder = path(QStringLiteral("bad/plain-file"));
        writeFile(notAFolder, "x");
        const Run unwritable = setup({QStringLiteral("--pg-admin"), m_cluster->url()},
                                     notAFolder + QStringLiteral("/server.conf"));
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(QLatin1String("cannot write")),
                 qPrintable(both(unwritable)));

        // An admin password that is too short.
        const QString shortPassword = path(QStringLiteral("bad/short"));
        writeFile(shortPassword, "abc\n");
        const Run tooShort = setup({QStringLiteral("--pg-admin"), m_cluster->url(),
                                    QStringLiteral("--admin-password-file"), shortPassword},
                                   fresh);
        QCOMPARE(tooShort.exitCode, 1);
        QVERIFY2(tooShort.err.contains(QLatin1String("fewer than 6 characters")),
                 qPrintable(both(tooShort)));

        // Options that make no sense: usage errors, exit status 2.
        const Run badName =
            setup({QStringLiteral("--db-name"), QStringLiteral("Robert'); DROP")}, fresh);
        QCOMPARE(badName.exitCode, 2);
        QVERIFY2(badName.err.contains(QLatin1String("bad --db-name")), qPrintable(both(badName)));
        const Run yesAlone = server({QStringLiteral("--yes")});
        QCOMPARE(yesAlone.exitCode, 2);
        QVERIFY2(yesAlone.err.contains(QLatin1String("--yes is only used with --setup")),
                 qPrintable(both(yesAlone)));
        const Run stdinTwice =
            server({QStringLiteral("--setup"), QStringLiteral("--config"), fresh,
                    QStringLiteral("--admin-password-file"), QStringLiteral("-")});
        QCOMPARE(stdinTwice.exitCode, 2);
        const Run withDb =
            setup({QStringLiteral("--db"), QStringLiteral("postgresql://a@b/c")}, fresh);
        QCOMPARE(withDb.exitCode, 2);

        QVERIFY(!QFileInfo::exists(fresh));
        QCOMPARE(roles(), rolesBefore);
        QCOMPARE(databases(), databasesBefore);
    }
};

QTEST_GUILESS_MAIN(tst_Setup)
#include "tst_setup.moc"
