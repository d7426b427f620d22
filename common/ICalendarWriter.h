// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// Writes bookings as an iCalendar object (RFC 5545), for the server's calendar feed and the
// client's "Add to my calendar" .ics export alike, so both produce the same events.
//
//   QByteArray ics = ICalendarWriter::write(bookings, QDateTime::currentDateTimeUtc(),
//                                           QStringLiteral("roomclaim.school.example"),
//                                           buildingsByRoomId); // optional
//
// - The result is UTF-8 with CRLF line endings; content lines longer than 75 octets are folded
//   (CRLF + one space), never inside a UTF-8 sequence.
// - One VCALENDAR (VERSION:2.0, PRODID, CALSCALE, METHOD:PUBLISH) holding one VEVENT per booking,
//   in the order given. UID is "booking-<id>@<uidHost>" ("roomclaim" when uidHost is empty), so
//   the same booking keeps its UID in every export and feed download.
// - DTSTAMP is `stamp`; DTSTART/DTEND are in UTC ("20270301T080000Z").
// - SUMMARY is "<room>: <purpose>" (the room alone without a purpose); LOCATION is
//   "<room>, <building>" when `buildings` knows the room's building, else the room. Text values
//   are escaped (backslash, comma, semicolon, newline). DESCRIPTION carries the teacher's name
//   when the booking has one.
class ICalendarWriter {
public:
    static QByteArray write(const QList<Booking> &bookings, const QDateTime &stamp,
                            const QString &uidHost,
                            const QHash<qint64, QString> &buildings = QHash<qint64, QString>());

    // The pieces, public for tests and for anyone adding properties of their own.
    static QString escapeText(const QString &text);
    // One content line (without its line break) folded at 75 octets, each line ending in CRLF.
    static QByteArray foldLine(const QByteArray &line);
    // "20270301T080000Z"
    static QByteArray utcStamp(const QDateTime &time);
};
