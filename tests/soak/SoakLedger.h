// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFile>
#include <QString>

class QDateTime;

// What the server acknowledged, and what it may or may not have done, one line per fact, written
// and flushed as it happens (a driver that dies still leaves what it was told):
//
//   booked ID ROOM START END SERIES   a confirmBooking/confirmSeries reply named this booking
//                                     (START, END: seconds since the epoch; SERIES 0 for none)
//   canceled ID                       a cancelBooking/cancelSeries reply named it canceled
//   cancel? ID                        a cancelBooking sent whose answer never came
//   seriesCancel? SERIES              a cancelSeries sent whose answer never came
//   book? ROOM START END              a confirmBooking sent whose answer never came
//   series? ROOM START END            a confirmSeries sent whose answer never came (first date)
//
// scripts/soak reads it back against the bookings table.
class SoakLedger {
public:
    // An empty file name keeps nothing.
    bool open(const QString &fileName);
    const QString &error() const { return m_error; }

    void booked(qint64 id, qint64 roomId, const QDateTime &start, const QDateTime &end,
                qint64 seriesId);
    void canceled(qint64 id);
    void cancelUnknown(qint64 id);
    void seriesCancelUnknown(qint64 seriesId);
    void bookUnknown(const char *what, qint64 roomId, const QDateTime &start, const QDateTime &end);

private:
    void write(const QString &line);

    QFile m_file;
    QString m_error;
};
