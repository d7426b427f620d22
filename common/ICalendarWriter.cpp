// SPDX-License-Identifier: GPL-3.0-or-later

#include "ICalendarWriter.h"

#include <QTimeZone>

namespace {
constexpr int MaxLineOctets = 75;

// A byte that continues a UTF-8 sequence (10xxxxxx); a fold must not land before one.
bool isContinuationByte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

QString summaryOf(const Booking &booking) {
    const QString purpose = booking.purpose.trimmed();
    return purpose.isEmpty() ? booking.roomName : booking.roomName + QStringLiteral(": ") + purpose;
}

QString locationOf(const Booking &booking, const QHash<qint64, QString> &buildings) {
    const QString building = buildings.value(booking.roomId).trimmed();
    return building.isEmpty() ? booking.roomName
                              : booking.roomName + QStringLiteral(", ") + building;
}
} // namespace

QByteArray ICalendarWriter::write(const QList<Booking> &bookings, const QDateTime &stamp,
                                  const QString &uidHost, const QHash<qint64, QString> &buildings) {
    const QString host = uidHost.trimmed().isEmpty() ? QStringLiteral("roomclaim") : uidHost;
    QByteArray out;
    const auto line = [&out](const QByteArray &content) { out += foldLine(content); };
    const auto text = [](const QString &value) { return escapeText(value).toUtf8(); };

    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//RoomClaim//RoomClaim " ROOMCLAIM_VERSION "//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for (const Booking &booking : bookings) {
        line("BEGIN:VEVENT");
        line("UID:" + text(QStringLiteral("booking-%1@%2").arg(booking.id).arg(host)));
        line("DTSTAMP:" + utcStamp(stamp));
        line("DTSTART:" + utcStamp(booking.interval.start()));
        line("DTEND:" + utcStamp(booking.interval.end()));
        line("SUMMARY:" + text(summaryOf(booking)));
        line("LOCATION:" + text(locationOf(booking, buildings)));
        if (!booking.teacherName.isEmpty())
            line("DESCRIPTION:" + text(booking.teacherName));
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

QString ICalendarWriter::escapeText(const QString &text) {
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            // CRLF and a lone CR are one line break each.
            escaped += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            // RFC 5545 forbids control characters in TEXT; drop them rather than break the line.
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray ICalendarWriter::foldLine(const QByteArray &line) {
    QByteArray out;
    out.reserve(line.size() + line.size() / MaxLineOctets * 3 + 2);
    int pos = 0;
    int room = MaxLineOctets; // the first line has 75 octets; later ones 74 after their space
    while (line.size() - pos > room) {
        int cut = pos + room;
        while (cut > pos && isContinuationByte(line.at(cut)))
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = MaxLineOctets - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray ICalendarWriter::utcStamp(const QDateTime &time) {
    return time.toTimeZone(QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toLatin1();
}
