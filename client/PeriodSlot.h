// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Rfc3339.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

// One period of the bell schedule as the client keeps it: a name and the clock times.
struct PeriodSlot {
    QString name;
    QTime start;
    QTime end;

    bool operator==(const PeriodSlot &other) const {
        return name == other.name && start == other.start && end == other.end;
    }
    bool operator!=(const PeriodSlot &other) const { return !(*this == other); }

    // The "periods" of a listPeriods reply, as wall-clock times of the school day.
    static QList<PeriodSlot> listFromJson(const QJsonArray &periods) {
        QList<PeriodSlot> result;
        for (const QJsonValue &value : periods) {
            const QJsonObject period = value.toObject();
            result << PeriodSlot{period.value(QStringLiteral("name")).toString(),
                                 Rfc3339::parse(period.value(QStringLiteral("start")).toString())
                                     .toLocalTime()
                                     .time(),
                                 Rfc3339::parse(period.value(QStringLiteral("end")).toString())
                                     .toLocalTime()
                                     .time()};
        }
        return result;
    }

    // The name of the period that runs exactly from start to end, or "" when none does.
    static QString nameAt(const QList<PeriodSlot> &periods, const QTime &start, const QTime &end) {
        for (const PeriodSlot &period : periods) {
            if (period.start == start && period.end == end)
                return period.name;
        }
        return {};
    }
};
