// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"

#include "AuditLog.h"

#include "CertificateFactory.h"
#include "Teacher.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimeZone>
#include <functional>
#include <utility>

namespace {
bool parseHostPort(const QString &text, QHostAddress *addressOut, quint16 *portOut) {
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return false;
    if (!ok || port > 65535)
        return false;
    *addressOut = address;
    *portOut = quint16(port);
    return true;
}

bool parseListen(const QString &text, ServerSettings *settings) {
    return parseHostPort(text, &settings->listenAddress, &settings->listenPort);
}

// "off", or HOST:PORT.
bool parseFeedListen(const QString &text, ServerSettings *settings) {
    if (text.trimmed().compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
        settings->feedEnabled = false;
        return true;
    }
    QHostAddress address;
    quint16 port = 0;
    if (!parseHostPort(text.trimmed(), &address, &port))
        return false;
    settings->feedEnabled = true;
    settings->feedAddress = address;
    settings->feedPort = port;
    return true;
}

bool parsePublicUrl(const QString &text, ServerSettings *settings) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.hasQuery() || url.hasFragment())
        return false;
    settings->feedPublicUrl = url;
    return true;
}

// A whole number from 0 to max, where 0 means no limit.
bool parseLimit(const QString &text, qint64 max, qint64 *value) {
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (!ok || number < 0 || number > max)
        return false;
    *value = number;
    return true;
}

bool parseRule(const QString &text, std::optional<int> *value) {
    qint64 number = 0;
    if (!parseLimit(text, 100000, &number))
        return false;
    *value = int(number);
    return true;
}

bool parsePositive(const QString &text, int *value) {
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 1)
        return false;
    *value = number;
    return true;
}
} // namespace

CommandLine::Outcome CommandLine::parseInitTls(const QString &directory, const QString &hosts,
                                               bool initTlsGiven, ServerSettings *settings,
                                               QString *message) {
    if (!initTlsGiven) {
        *message = QStringLiteral("--host is only used with --init-tls (see --help)");
        return Outcome::ExitUsage;
    }
    if (directory.trimmed().isEmpty()) {
        *message = QStringLiteral("--init-tls needs a folder (see --help)");
        return Outcome::ExitUsage;
    }
    QStringList names;
    for (const QString &name : hosts.split(QLatin1Char(','))) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!CertificateFactory::isValidHost(trimmed)) {
            *message = QStringLiteral("bad --host '%1': expected a host name such as "
                                      "roomclaim.school.example or an IP address")
                           .arg(trimmed);
            return Outcome::ExitUsage;
        }
        if (!names.contains(trimmed, Qt::CaseInsensitive))
            names << trimmed;
    }
    if (names.isEmpty()) {
        *message = QStringLiteral("--init-tls needs --host NAME[,NAME...]: the names and "
                                  "addresses teachers reach the server by (see --help)");
        return Outcome::ExitUsage;
    }
    settings->initTlsDirectory = QFileInfo(directory).absoluteFilePath();
    settings->initTlsHosts = names;
    return Outcome::Run;
}

CommandLine::Outcome CommandLine::parseSetup(const QCommandLineParser &parser,
                                             ServerSettings *settings, QString *message) {
    // What a set-up cannot take: it makes the URL itself, and runs nothing else.
    for (const char *other : {"db", "migrate", "import-rooms", "import-teachers", "import-periods",
                              "import-calendar", "demo", "backup", "tls-cert", "tls-key"}) {
        if (parser.isSet(QLatin1String(other))) {
            *message = QStringLiteral("--%1 cannot be used with --setup (see --help)")
                           .arg(QLatin1String(other));
            return Outcome::ExitUsage;
        }
    }
    SetupOptions options;
    options.interactive = !parser.isSet(QStringLiteral("yes"));
    const auto valueOf = [&parser](const char *name, const QString &fallback) {
        return parser.isSet(QLatin1String(name)) ? parser.value(QLatin1String(name)).trimmed()
                                                 : fallback;
    };
    if (parser.isSet(QStringLiteral("config")))
        options.configFile = QFileInfo(parser.value(QStringLiteral("config"))).absoluteFilePath();
    options.databaseName = valueOf("db-name", options.databaseName);
    options.roleName = valueOf("db-user", options.roleName);
    options.adminUser = valueOf("admin-user", options.adminUser);
    options.superuserUrl = valueOf("pg-admin", {});
    options.adminPasswordFile = valueOf("admin-password-file", {});
    if (parser.isSet(QStringLiteral("restore")))
        options.restoreFile = QFileInfo(parser.value(QStringLiteral("restore"))).absoluteFilePath();
    for (const auto &[option, value] :
         {std::pair{"db-name", options.databaseName}, std::pair{"db-user", options.roleName}}) {
        if (!SetupOptions::isValidSqlName(value)) {
            *message = QStringLiteral("bad --%1 '%2': use lower-case letters, digits and _ only, "
                                      "starting with a letter (at most 63)")
                           .arg(QLatin1String(option), value);
            return Outcome::ExitUsage;
        }
    }
    if (options.interactive && options.adminPasswordFile == QLatin1String("-")) {
        *message = QStringLiteral("--admin-password-file - needs --yes: without it the questions "
                                  "read standard input");
        return Outcome::ExitUsage;
    }
    if (!Teacher::isValidUsername(options.adminUser)) {
        *message = QStringLiteral("bad --admin-user '%1': letters, digits and . _ - @ only")
                       .arg(options.adminUser);
        return Outcome::ExitUsage;
    }
    if (!options.superuserUrl.isEmpty()) {
        const QUrl url(options.superuserUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") &&
                               url.scheme() != QLatin1String("postgres"))) {
            *message = QStringLiteral("bad --pg-admin: expected "
                                      "postgresql://user[:password]@host[:port][/database]");
            return Outcome::ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("init-tls")) || parser.isSet(QStringLiteral("host"))) {
        ServerSettings tls;
        const Outcome outcome = parseInitTls(
            parser.value(QStringLiteral("init-tls")), parser.value(QStringLiteral("host")),
            parser.isSet(QStringLiteral("init-tls")), &tls, message);
        if (outcome != Outcome::Run)
            return outcome;
        options.tlsDirectory = tls.initTlsDirectory;
        options.tlsHosts = tls.initTlsHosts;
    }
    settings->setup = options;
    return Outcome::Run;
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments, ServerSettings *settings,
                                        QString *message) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RoomClaim booking server"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("Show the version."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("PostgreSQL URL postgresql://user[:password]@host[:port]/dbname (or env "
                       "ROOMCLAIM_DB, or [database] url in the config file)."),
        QStringLiteral("URL"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 0.0.0.0:7400; port 0 picks a free port)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption feedListen(
        QStringLiteral("feed-listen"),
        QStringLiteral("Address of the calendar feed's HTTP server (default: the --listen host "
                       "and port + 1; 'off' turns it off; or [feed] listen in the config file)."),
        QStringLiteral("HOST:PORT|off"));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QStringLiteral("Run as a service, without the console window."));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("INI settings file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption migrate(QStringLiteral("migrate"),
                                     QStringLiteral("Bring the schema up to date, then exit."));
    const QCommandLineOption importRooms(
        QStringLiteral("import-rooms"),
        QStringLiteral("Import rooms from CSV (name,building,capacity,features), then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption importTeachers(
        QStringLiteral("import-teachers"),
        QStringLiteral("Import teachers from CSV (username,name,email,role,password), then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption importPeriods(
        QStringLiteral("import-periods"),
        QStringLiteral("Replace the bell schedule from CSV (weekdays,name,start,end), then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption importCalendar(
        QStringLiteral("import-calendar"),
        QStringLiteral("Replace the terms and closed days from CSV (kind,name,first,last,weeks), "
                       "then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption timeZone(
        QStringLiteral("time-zone"),
        QStringLiteral("The school's time zone, e.g. Europe/London (default: the system's; or "
                       "[school] timeZone in the config file)."),
        QStringLiteral("ZONE"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Create the demo school if the database is empty."));
    const QCommandLineOption lockTtl(
        QStringLiteral("lock-ttl"),
        QStringLiteral("Seconds a booking lock lives at most (default 30)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption lockCleanup(
        QStringLiteral("lock-cleanup"),
        QStringLiteral("Seconds between removals of expired locks (default 60)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption lockAnnounceDelay(
        QStringLiteral("lock-announce-delay"),
        QStringLiteral("Milliseconds a confirmation holds its lock before everyone is told "
                       "(roomLocked); 0 tells at once (default 150)."),
        QStringLiteral("MS"));
    const QCommandLineOption workers(
        QStringLiteral("workers"),
        QStringLiteral("Worker threads, each with its own database connection (default 8)."),
        QStringLiteral("N"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Open connections in all, 0 for no limit (default 800; kept below the "
                       "open-file limit; or [limits] connections)."),
        QStringLiteral("N"));
    const QCommandLineOption maxPerAddress(
        QStringLiteral("max-connections-per-address"),
        QStringLiteral("Open connections from one address, 0 for no limit (default 50; or "
                       "[limits] connectionsPerAddress)."),
        QStringLiteral("N"));
    const QCommandLineOption loginTimeout(
        QStringLiteral("login-timeout"),
        QStringLiteral("Seconds a connection may stay without logging in, 0 for no limit "
                       "(default 15; or [limits] loginTimeout)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate (intermediates may follow): the server then speaks only "
                       "wss:// and the feed HTTPS; needs --tls-key (or [tls] cert)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"),
        QStringLiteral("PEM private key of --tls-cert, unencrypted (or [tls] key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption initTls(
        QStringLiteral("init-tls"),
        QStringLiteral("Write a school CA and a server certificate for --host into DIR (never "
                       "overwriting; an existing school CA signs the new certificate), then "
                       "exit. With --setup: made unless there, and named in the config's [tls]."),
        QStringLiteral("DIR"));
    const QCommandLineOption host(
        QStringLiteral("host"),
        QStringLiteral("With --init-tls: the names and addresses teachers reach the server by, "
                       "comma-separated."),
        QStringLiteral("NAME[,NAME...]"));
    const QCommandLineOption setup(
        QStringLiteral("setup"),
        QStringLiteral("Set up this machine's PostgreSQL and the server, asking for each value "
                       "(see --yes): the role --db-user with a generated password, the database "
                       "--db-name it owns, the config file (--config, default "
                       "/etc/roomclaim/server.conf, mode 0640, group roomclaim), the schema, the "
                       "admin account --admin-user and, with --init-tls, the certificates; then "
                       "exit. Each step says 'created' or 'already there': a second run changes "
                       "nothing."));
    const QCommandLineOption yes(
        QStringLiteral("yes"),
        QStringLiteral("With --setup: ask nothing; take the options given and the defaults."));
    const QCommandLineOption dbName(
        QStringLiteral("db-name"),
        QStringLiteral("With --setup: the database to create (default roomclaim)."),
        QStringLiteral("NAME"));
    const QCommandLineOption dbUser(
        QStringLiteral("db-user"),
        QStringLiteral("With --setup: the PostgreSQL role the server logs in as (default "
                       "roomclaim)."),
        QStringLiteral("NAME"));
    const QCommandLineOption pgAdmin(
        QStringLiteral("pg-admin"),
        QStringLiteral("With --setup: a PostgreSQL role that may create roles and databases, "
                       "postgresql://user[:password]@host[:port][/database] (default: the local "
                       "socket as the system user postgres, through runuser when run as root; "
                       "PGHOST and PGPORT are honoured)."),
        QStringLiteral("URL"));
    const QCommandLineOption adminUser(
        QStringLiteral("admin-user"),
        QStringLiteral("With --setup: the admin account to create (default admin)."),
        QStringLiteral("NAME"));
    const QCommandLineOption adminPasswordFile(
        QStringLiteral("admin-password-file"),
        QStringLiteral("With --setup: the admin account's password, the first line of FILE ('-': "
                       "standard input); default: generated and shown once."),
        QStringLiteral("FILE"));
    const QCommandLineOption backup(
        QStringLiteral("backup"),
        QStringLiteral("Write the database (pg_dump, custom format) and the config file without "
                       "its password into FILE, a tar file that must not exist yet; then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption restore(
        QStringLiteral("restore"),
        QStringLiteral("Restore a --backup FILE into the database of --db, ROOMCLAIM_DB or "
                       "--config, which must be empty, and bring it up to date; then exit. With "
                       "--setup: into the database the set-up creates."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {help,          version,      db,          listen,         feedListen,    headless,
         config,        migrate,      importRooms, importTeachers, importPeriods, importCalendar,
         timeZone,      demo,         lockTtl,     lockCleanup,    workers,       maxConnections,
         maxPerAddress, loginTimeout, tlsCert,     tlsKey,         initTls,       host});
    parser.addOption(lockAnnounceDelay);
    parser.addOptions(
        {setup, yes, dbName, dbUser, pgAdmin, adminUser, adminPasswordFile, backup, restore});

    if (!parser.parse(arguments)) {
        *message = parser.errorText() + QStringLiteral(" (see --help)");
        return Outcome::ExitError;
    }
    if (parser.isSet(help)) {
        // Without a QCoreApplication yet, Qt cannot name the program in the usage line.
        *message = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                             QFileInfo(arguments.value(0)).fileName());
        return Outcome::ExitOk;
    }
    if (parser.isSet(version)) {
        *message = QStringLiteral("roomclaim-server %1").arg(QStringLiteral(ROOMCLAIM_VERSION));
        return Outcome::ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = QStringLiteral("unexpected argument '%1' (see --help)")
                       .arg(parser.positionalArguments().first());
        return Outcome::ExitError;
    }

    if (parser.isSet(setup))
        return parseSetup(parser, settings, message);
    for (const QCommandLineOption *setupOnly :
         {&yes, &dbName, &dbUser, &pgAdmin, &adminUser, &adminPasswordFile}) {
        if (parser.isSet(*setupOnly)) {
            *message = QStringLiteral("--%1 is only used with --setup (see --help)")
                           .arg(setupOnly->names().constFirst());
            return Outcome::ExitUsage;
        }
    }
    if (parser.isSet(initTls) || parser.isSet(host))
        return parseInitTls(parser.value(initTls),
                            parser.isSet(host) ? parser.value(host) : QString(),
                            parser.isSet(initTls), settings, message);

    // Lowest precedence first: config file, then environment, then command line.
    QString dbUrl, listenText, ttlText, cleanupText, workersText, zoneText, feedText, publicUrlText;
    QString announceText;
    // Limits (docs/security.md): each from its config key, overridden by its option if it has one.
    struct Limit {
        QString configKey;
        const QCommandLineOption *option;
        qint64 max;
        std::function<void(qint64)> apply;
        QString text;
        QString source; // what a bad value is reported as: the option or the config key
    };
    QList<Limit> limits{{QStringLiteral("limits/connections"),
                         &maxConnections,
                         1000000,
                         [settings](qint64 v) { settings->maxConnections = int(v); },
                         {},
                         {}},
                        {QStringLiteral("limits/connectionsPerAddress"),
                         &maxPerAddress,
                         1000000,
                         [settings](qint64 v) { settings->maxConnectionsPerAddress = int(v); },
                         {},
                         {}},
                        {QStringLiteral("limits/loginTimeout"),
                         &loginTimeout,
                         86400,
                         [settings](qint64 v) { settings->session.loginTimeoutSeconds = int(v); },
                         {},
                         {}},
                        {QStringLiteral("limits/unsentBytes"),
                         nullptr,
                         qint64(1) << 40,
                         [settings](qint64 v) { settings->session.maxUnsentBytes = v; },
                         {},
                         {}},
                        {QStringLiteral("limits/pendingBytes"),
                         nullptr,
                         qint64(1) << 40,
                         [settings](qint64 v) { settings->session.maxPendingBytes = v; },
                         {},
                         {}},
                        {QStringLiteral("database/statementTimeout"),
                         nullptr,
                         86400,
                         [settings](qint64 v) { settings->statementTimeoutSeconds = int(v); },
                         {},
                         {}},
                        {QStringLiteral("database/lockTimeout"),
                         nullptr,
                         86400,
                         [settings](qint64 v) { settings->lockTimeoutSeconds = int(v); },
                         {},
                         {}}};
    if (parser.isSet(config)) {
        const QString file = parser.value(config);
        if (!QFileInfo(file).isReadable()) {
            *message = QStringLiteral("cannot read config file '%1'").arg(file);
            return Outcome::ExitError;
        }
        QSettings ini(file, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError) {
            *message = QStringLiteral("config file '%1' is not a valid INI file").arg(file);
            return Outcome::ExitError;
        }
        dbUrl = ini.value(QStringLiteral("database/url")).toString();
        listenText = ini.value(QStringLiteral("server/listen")).toString();
        ttlText = ini.value(QStringLiteral("locks/ttl")).toString();
        cleanupText = ini.value(QStringLiteral("locks/cleanup")).toString();
        announceText = ini.value(QStringLiteral("locks/announceDelay")).toString();
        workersText = ini.value(QStringLiteral("server/workers")).toString();
        zoneText = ini.value(QStringLiteral("school/timeZone")).toString();
        feedText = ini.value(QStringLiteral("feed/listen")).toString();
        publicUrlText = ini.value(QStringLiteral("feed/publicUrl")).toString();
        // Relative to the config file, wherever the server is started from.
        const QDir configDir = QFileInfo(file).absoluteDir();
        for (const auto &[key, target] :
             {std::pair{QStringLiteral("tls/cert"), &settings->tlsCertificateFile},
              std::pair{QStringLiteral("tls/key"), &settings->tlsKeyFile}}) {
            const QString path = ini.value(key).toString().trimmed();
            if (!path.isEmpty())
                *target = QDir::cleanPath(configDir.absoluteFilePath(path));
        }
        for (Limit &limit : limits) {
            limit.text = ini.value(limit.configKey).toString();
            limit.source = limit.configKey;
        }
        for (const auto &[key, target] :
             {std::pair{QStringLiteral("booking/maxDaysAhead"), &settings->maxDaysAhead},
              std::pair{QStringLiteral("booking/maxActiveBookings"),
                        &settings->maxActiveBookings}}) {
            if (!ini.contains(key))
                continue;
            const QString text = ini.value(key).toString();
            if (!parseRule(text, target)) {
                *message = QStringLiteral("bad %1 '%2' in '%3': expected a whole number from 0 "
                                          "(no limit) to 100000")
                               .arg(key, text, file);
                return Outcome::ExitError;
            }
        }
        if (ini.contains(QStringLiteral("audit/retentionDays"))) {
            const QString text = ini.value(QStringLiteral("audit/retentionDays")).toString();
            bool ok = false;
            const int days = text.trimmed().toInt(&ok);
            if (!ok || days < AuditLog::MinRetentionDays || days > AuditLog::MaxRetentionDays) {
                *message = QStringLiteral("bad audit/retentionDays '%1' in '%2': expected a whole "
                                          "number of days from %3 to %4")
                               .arg(text, file)
                               .arg(AuditLog::MinRetentionDays)
                               .arg(AuditLog::MaxRetentionDays);
                return Outcome::ExitError;
            }
            settings->auditRetentionDays = days;
        }
    }
    if (qEnvironmentVariableIsSet("ROOMCLAIM_DB"))
        dbUrl = qEnvironmentVariable("ROOMCLAIM_DB");
    auto take = [&](const QCommandLineOption &option, QString &target) {
        if (parser.isSet(option))
            target = parser.value(option);
    };
    take(db, dbUrl);
    take(listen, listenText);
    take(feedListen, feedText);
    take(lockTtl, ttlText);
    take(lockCleanup, cleanupText);
    take(lockAnnounceDelay, announceText);
    take(workers, workersText);
    take(timeZone, zoneText);
    for (const auto &[option, target] : {std::pair{&tlsCert, &settings->tlsCertificateFile},
                                         std::pair{&tlsKey, &settings->tlsKeyFile}}) {
        if (parser.isSet(*option))
            *target = QFileInfo(parser.value(*option)).absoluteFilePath();
    }
    if (settings->tlsCertificateFile.isEmpty() != settings->tlsKeyFile.isEmpty()) {
        *message = settings->tlsKeyFile.isEmpty()
                       ? QStringLiteral("--tls-cert needs --tls-key as well (or [tls] key in "
                                        "the config file)")
                       : QStringLiteral("--tls-key needs --tls-cert as well (or [tls] cert in "
                                        "the config file)");
        return Outcome::ExitError;
    }
    for (Limit &limit : limits) {
        if (limit.option && parser.isSet(*limit.option)) {
            limit.text = parser.value(*limit.option);
            limit.source = QStringLiteral("--") + limit.option->names().constFirst();
        }
    }
    for (const Limit &limit : std::as_const(limits)) {
        qint64 value = 0;
        if (limit.text.isEmpty())
            continue;
        if (!parseLimit(limit.text, limit.max, &value)) {
            *message =
                QStringLiteral("bad %1 '%2': expected a whole number from 0 (no limit) to %3")
                    .arg(limit.source, limit.text)
                    .arg(limit.max);
            return Outcome::ExitError;
        }
        limit.apply(value);
    }

    if (dbUrl.isEmpty()) {
        *message = QStringLiteral("no database given: use --db URL, ROOMCLAIM_DB or a config file");
        return Outcome::ExitError;
    }
    QString urlError;
    settings->database = DatabaseUrl::parse(dbUrl, &urlError);
    if (!settings->database.isValid()) {
        *message = QStringLiteral("bad --db: ") + urlError;
        return Outcome::ExitError;
    }
    if (!listenText.isEmpty() && !parseListen(listenText, settings)) {
        *message = QStringLiteral("bad --listen '%1': expected HOST:PORT, e.g. 0.0.0.0:7400")
                       .arg(listenText);
        return Outcome::ExitError;
    }
    if (!feedText.isEmpty() && !parseFeedListen(feedText, settings)) {
        *message =
            QStringLiteral("bad --feed-listen '%1': expected HOST:PORT, e.g. 0.0.0.0:7401, or off")
                .arg(feedText);
        return Outcome::ExitError;
    }
    if (!publicUrlText.isEmpty() && !parsePublicUrl(publicUrlText, settings)) {
        *message = QStringLiteral("bad feed/publicUrl '%1': expected an http or https URL, e.g. "
                                  "https://roomclaim.school.example:7401")
                       .arg(publicUrlText);
        return Outcome::ExitError;
    }
    if (!ttlText.isEmpty() && !parsePositive(ttlText, &settings->lockTtlSeconds)) {
        *message = QStringLiteral("bad --lock-ttl '%1': expected a positive number of seconds")
                       .arg(ttlText);
        return Outcome::ExitError;
    }
    if (!cleanupText.isEmpty() && !parsePositive(cleanupText, &settings->lockCleanupSeconds)) {
        *message = QStringLiteral("bad --lock-cleanup '%1': expected a positive number of seconds")
                       .arg(cleanupText);
        return Outcome::ExitError;
    }
    if (!announceText.isEmpty()) {
        bool ok = false;
        const int delay = announceText.trimmed().toInt(&ok);
        if (!ok || delay < 0 || delay > 60000) {
            *message = QStringLiteral("bad --lock-announce-delay '%1': expected milliseconds "
                                      "from 0 to 60000")
                           .arg(announceText);
            return Outcome::ExitError;
        }
        settings->lockAnnounceDelayMs = delay;
    }
    if (!workersText.isEmpty() && !parsePositive(workersText, &settings->workerThreads)) {
        *message =
            QStringLiteral("bad --workers '%1': expected a positive number").arg(workersText);
        return Outcome::ExitError;
    }
    if (!zoneText.isEmpty() && !QTimeZone(zoneText.trimmed().toUtf8()).isValid()) {
        *message = QStringLiteral("bad --time-zone '%1': expected a zone name like Europe/London")
                       .arg(zoneText);
        return Outcome::ExitError;
    }
    if (parser.isSet(backup) && parser.isSet(restore)) {
        *message = QStringLiteral("--backup and --restore cannot be used together");
        return Outcome::ExitUsage;
    }
    if (parser.isSet(config))
        settings->configFile = QFileInfo(parser.value(config)).absoluteFilePath();
    settings->backupFile = parser.value(backup);
    settings->restoreFile = parser.value(restore);
    settings->timeZone = zoneText.trimmed();
    settings->headless = parser.isSet(headless);
    settings->migrateOnly = parser.isSet(migrate);
    settings->demo = parser.isSet(demo);
    settings->importRoomsFile = parser.value(importRooms);
    settings->importTeachersFile = parser.value(importTeachers);
    settings->importPeriodsFile = parser.value(importPeriods);
    settings->importCalendarFile = parser.value(importCalendar);
    return Outcome::Run;
}
