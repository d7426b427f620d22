// SPDX-License-Identifier: GPL-3.0-or-later

#include "PostgresTools.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <algorithm>

QString PostgresTools::Result::firstErrorLine() const {
    const QString text = err.trimmed().isEmpty() ? QString::fromLocal8Bit(out).trimmed() : err;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        // "psql: error: connection to server ... failed: FATAL: ..." says the same thing twice.
        for (const QString &prefix :
             {QStringLiteral("psql: error: "), QStringLiteral("pg_dump: error: "),
              QStringLiteral("pg_restore: error: ")})
            if (trimmed.startsWith(prefix))
                trimmed = trimmed.mid(prefix.size());
        return trimmed;
    }
    return exitCode < 0 ? QStringLiteral("did not finish") : QStringLiteral("failed");
}

QString PostgresTools::binary(const QString &name, int major) {
    const QString root = QStringLiteral("/usr/lib/postgresql");
    if (major > 0) {
        const QString exact = QStringLiteral("%1/%2/bin/%3").arg(root).arg(major).arg(name);
        if (QFile::exists(exact))
            return exact;
    }
    QStringList versions = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString candidate = QStringLiteral("%1/%2/bin/%3").arg(root, *it, name);
        if (QFile::exists(candidate))
            return candidate;
    }
    return name;
}

PostgresTools::Result PostgresTools::run(const QString &program, const QStringList &arguments,
                                         const QByteArray &input, const QString &password,
                                         const QString &runAs, int timeoutMs) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    // Messages in English, whatever the terminal's language: they are quoted in ours.
    environment.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    // The other user may not be allowed into the current folder (e.g. /root).
    process.setWorkingDirectory(runAs.isEmpty() ? QDir::currentPath() : QStringLiteral("/"));
    if (runAs.isEmpty())
        process.start(program, arguments);
    else
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), runAs, QStringLiteral("--"), program} +
                          arguments);
    Result result;
    if (!process.waitForStarted(30000)) {
        result.err = QStringLiteral("cannot run %1: %2").arg(program, process.errorString());
        return result;
    }
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err =
            QStringLiteral("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000);
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}
