// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DatabaseUrl.h"
#include "PostgresAdmin.h"
#include "ServerConfigFile.h"
#include "SetupOptions.h"

#include <QStringList>

// roomclaim-server --setup: on the local PostgreSQL the role (with a generated password) and
// the database it owns, the config file that names them, the schema, the first admin account
// and, with --init-tls, the school's certificates. Every step first looks at what is there: a
// second run changes nothing and says so, step by step. Everything is checked before anything
// is made; a failure later undoes what this run made.
class ServerSetup {
public:
    // Returns the exit status: 0, or 1 after one line on stderr.
    static int run(SetupOptions options);

private:
    explicit ServerSetup(SetupOptions options);

    int execute();
    // Checks before anything is made.
    bool readAdminPassword();
    bool inspectConfig();
    bool inspectPostgres();
    // Each makes its part or finds it there, and reports it.
    bool makeCertificates();
    bool makeRole();
    bool makeDatabase();
    bool writeConfig();
    bool makeSchema();
    bool makeAdmin();

    void report(const QString &step, const QString &outcome, bool changed);
    bool fail(const QString &message);
    void undo();
    DatabaseUrl serverUrl() const;
    QString tlsFile(const char *name) const;

    SetupOptions m_options;
    PostgresAdmin m_postgres;
    ServerConfigFile m_config;
    QString m_adminPassword;
    bool m_adminPasswordGenerated = false;
    QString m_rolePassword;
    // What the existing config file says: nothing yet (or the package's placeholder), or this
    // very database with its password.
    bool m_configExisted = false;
    bool m_configHasUrl = false;
    QString m_configOriginal;
    bool m_roleExists = false;
    bool m_databaseExists = false;
    // Made by this run, for undo().
    bool m_madeRole = false;
    bool m_madeDatabase = false;
    bool m_wroteConfig = false;
    QStringList m_madeFiles;
    int m_changed = 0;
    int m_unchanged = 0;
    QString m_error;
};
