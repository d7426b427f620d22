// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

class QCoreApplication;

// roomclaim-soak's command line (roomclaim-soak --help; scripts/soak relies on it).
class SoakOptions {
public:
    // Parses the command line; false with error() set on bad input.
    bool parse(const QCoreApplication &app);
    const QString &error() const { return m_error; }

    QList<QUrl> urls;
    int clients = 48;
    int teachers = 8;
    QString userFormat;
    QString password;
    int seconds = 120;
    int thinkMs = 400;
    int rooms = 12;
    int days = 10;
    int maxLive = 12;
    int churnMinSeconds = 60;
    int churnMaxSeconds = 240;
    int requestTimeoutSeconds = 30;
    int stuckSeconds = 45;
    int reportSeconds = 60;
    QDate baseDate;
    QString ledgerFile;
    QString jsonFile;
    quint32 seed = 1;

private:
    QString m_error;
};
