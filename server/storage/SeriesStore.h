// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The series table: one row per recurring booking. Its occurrences are ordinary bookings that
// carry series_id, so the exclusion constraint on bookings guards each of them.
class SeriesStore {
public:
    struct Row {
        qint64 id = 0;
        qint64 roomId = 0;
        qint64 teacherId = 0;
        QString every; // "week" or "cycle"
        QDate until;
        QString purpose;
    };

    static qint64 insert(qint64 roomId, qint64 teacherId, const QString &every, const QDate &until,
                         const QString &purpose);
    static std::optional<Row> find(qint64 id);
    // Removes a series none of whose occurrences could be stored (within the same transaction).
    static void remove(qint64 id);
    // Cancels the series' live occurrences starting at or after from; returns their ids.
    static QList<qint64> cancelFrom(qint64 seriesId, const QDateTime &from, qint64 canceledBy,
                                    const QString &reason);
};
