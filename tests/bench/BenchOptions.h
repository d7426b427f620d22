// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "StageSpec.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

// roomclaim-bench's command line (documented in --help; scripts/bench and people rely on it).
class BenchOptions {
public:
    enum class Backend { RoomClaim, Peer };

    // Parses the command line; false with error() set on bad input (after --help/--version
    // the process has already exited).
    bool parse(const QCoreApplication &app);
    const QString &error() const { return m_error; }

    Backend backend = Backend::RoomClaim;
    QString url;
    QList<StageSpec> stages;
    QString userFormat;
    QString password;
    int rooms = 200;
    int slotMinutes = 5;
    QDate baseDate;
    QList<qint64> serverPids;
    QString jsonFile;
    QString label;
    bool local = false;
    int localRooms = 20;
    int localTeachers = 4;

private:
    QString m_error;
};
