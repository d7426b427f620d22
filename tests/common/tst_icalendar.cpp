// SPDX-License-Identifier: GPL-3.0-or-later

#include "ICalendarWriter.h"

#include <QtTest>

namespace {
Booking bookingOf(qint64 id, const QString &room, const QString &purpose, const QDateTime &start) {
    Booking booking;
    booking.id = id;
    booking.roomId = id * 10;
    booking.roomName = room;
    booking.teacherName = QStringLiteral("Teacher A");
    booking.purpose = purpose;
    booking.interval = Interval(start, start.addSecs(3600));
    return booking;
}

// Undoes folding: a CRLF followed by one space or tab joins the lines.
QList<QByteArray> unfold(const QByteArray &ics) {
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    joined.replace("\r\n\t", "");
    QList<QByteArray> lines = joined.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1); // the CR
    return lines;
}

QByteArray valueOf(const QList<QByteArray> &lines, const QByteArray &name) {
    for (const QByteArray &line : lines) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1);
    }
    return QByteArray();
}
} // namespace

class tst_ICalendar : public QObject {
    Q_OBJECT
private slots:
    void escapesText() {
        QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("a,b;c\\d")),
                 QStringLiteral("a\\,b\\;c\\\\d"));
        QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("one\ntwo\r\nthree\rfour")),
                 QStringLiteral("one\\ntwo\\nthree\\nfour"));
        QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("tab\there")),
                 QStringLiteral("tabhere"));
        QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("Größe: 7B")),
                 QStringLiteral("Größe: 7B"));
    }

    void shortLinesAreNotFolded() {
        QCOMPARE(ICalendarWriter::foldLine("SUMMARY:short"), QByteArray("SUMMARY:short\r\n"));
        const QByteArray exactly75(75, 'x');
        QCOMPARE(ICalendarWriter::foldLine(exactly75), exactly75 + "\r\n");
    }

    void longLinesFoldAt75Octets() {
        const QByteArray line = "SUMMARY:" + QByteArray(300, 'y');
        const QByteArray folded = ICalendarWriter::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        QVERIFY(physical.size() > 1);
        for (int i = 0; i < physical.size(); ++i) {
            QByteArray part = physical.at(i);
            if (part.endsWith('\r'))
                part.chop(1);
            QVERIFY2(part.size() <= 75, part.constData());
            if (i > 0)
                QVERIFY(part.startsWith(' '));
        }
        QCOMPARE(unfold(folded).value(0), line);
    }

    void foldingKeepsUtf8SequencesWhole() {
        // Two-octet characters after an odd prefix: a naive cut at 75 would split one.
        const QByteArray line = "SUMMARY:" + QString(100, QChar(0x00E4)).toUtf8();
        const QByteArray folded = ICalendarWriter::foldLine(line);
        for (const QByteArray &part : folded.split('\n')) {
            QByteArray text = part;
            if (text.endsWith('\r'))
                text.chop(1);
            if (text.startsWith(' '))
                text.remove(0, 1);
            QVERIFY(text.size() <= 75);
            QVERIFY2(QString::fromUtf8(text).toUtf8() == text, "a fold split a UTF-8 character");
        }
        QCOMPARE(unfold(folded).value(0), line);
    }

    void writesACalendar() {
        const QDateTime start(QDate(2027, 3, 1), QTime(9, 0), QTimeZone(3600));
        const QList<Booking> bookings{
            bookingOf(12, QStringLiteral("Lab A"),
                      QStringLiteral("9C Chemistry; practical, part 2"), start),
            bookingOf(13, QStringLiteral("Room 101"), QString(), start.addDays(1))};
        const QDateTime stamp(QDate(2027, 2, 1), QTime(12, 30), QTimeZone::utc());
        const QByteArray ics =
            ICalendarWriter::write(bookings, stamp, QStringLiteral("school.example"),
                                   {{120, QStringLiteral("Science, North")}});

        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), 2);
        const QList<QByteArray> lines = unfold(ics);
        QCOMPARE(valueOf(lines, "VERSION"), QByteArray("2.0"));
        QVERIFY(valueOf(lines, "PRODID").contains("RoomClaim"));
        QCOMPARE(valueOf(lines, "UID"), QByteArray("booking-12@school.example"));
        QCOMPARE(valueOf(lines, "DTSTAMP"), QByteArray("20270201T123000Z"));
        QCOMPARE(valueOf(lines, "DTSTART"), QByteArray("20270301T080000Z"));
        QCOMPARE(valueOf(lines, "DTEND"), QByteArray("20270301T090000Z"));
        QCOMPARE(valueOf(lines, "SUMMARY"),
                 QByteArray("Lab A: 9C Chemistry\\; practical\\, part 2"));
        QCOMPARE(valueOf(lines, "LOCATION"), QByteArray("Lab A\\, Science\\, North"));
        QVERIFY(lines.contains("UID:booking-13@school.example"));
        QVERIFY(lines.contains("SUMMARY:Room 101"));
        QVERIFY(lines.contains("LOCATION:Room 101"));
    }

    void emptyHostFallsBackToRoomclaim() {
        const QDateTime start(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc());
        const QByteArray ics = ICalendarWriter::write(
            {bookingOf(7, QStringLiteral("Hall"), QStringLiteral("Assembly"), start)}, start,
            QString());
        QVERIFY(ics.contains("UID:booking-7@roomclaim\r\n"));
    }

    void emptyCalendarIsValid() {
        const QByteArray ics =
            ICalendarWriter::write({}, QDateTime::currentDateTimeUtc(), QStringLiteral("x"));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(!ics.contains("VEVENT"));
    }
};

QTEST_GUILESS_MAIN(tst_ICalendar)
#include "tst_icalendar.moc"
