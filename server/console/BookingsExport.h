// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QSet>
#include <optional>

class QThreadPool;

// Writes the bookings of a date range and filters to a CSV file, reading a week at a time on
// the workers (Background::run) so progress moves and a stop takes effect quickly; the file is
// written on a worker too. Reports on the thread that started it.
class BookingsExport : public QObject {
    Q_OBJECT
public:
    explicit BookingsExport(QThreadPool *pool, QObject *parent = nullptr);

    // Starts the export; false while one is still running. No id: all rooms / all teachers.
    bool start(const QString &path, const QDate &first, const QDate &last,
               std::optional<qint64> roomId, std::optional<qint64> teacherId);
    // Asks the running export to stop before the next week; it finishes without a file.
    void stop();
    bool isRunning() const { return m_job.has_value(); }

signals:
    void progressed(int daysDone, int totalDays);
    void finished(bool ok, const QString &message);

private:
    struct Job {
        QString path;
        QDate first;
        QDate last;
        std::optional<qint64> roomId;
        std::optional<qint64> teacherId;
        QList<Booking> bookings;
        QSet<qint64> seen;
        bool stopRequested = false;
    };

    // Reads the week from day on, then the next, then writes the file.
    void readFrom(const QDate &day);
    void writeFile();
    void finish(bool ok, const QString &message);

    QThreadPool *m_pool;
    std::optional<Job> m_job;
};
