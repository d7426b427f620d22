// SPDX-License-Identifier: GPL-3.0-or-later

#include "DatabaseUrl.h"

#include <QUrl>

DatabaseUrl DatabaseUrl::parse(const QString &text, QString *error) {
    const QUrl url(text, QUrl::StrictMode);
    DatabaseUrl result;
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") &&
                           url.scheme() != QLatin1String("postgres"))) {
        *error = QStringLiteral(
            "database URL must look like postgresql://user:password@host:port/dbname");
        return {};
    }
    result.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    result.port = url.port(5432);
    result.user = url.userName();
    result.password = url.password();
    result.databaseName = url.path().mid(1);
    if (result.databaseName.isEmpty() || result.databaseName.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("database URL names no database (postgresql://user@host/dbname)");
        return {};
    }
    return result;
}

QString DatabaseUrl::toDisplayString() const {
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}
