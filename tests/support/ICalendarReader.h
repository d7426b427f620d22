// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Reading back what the calendar feed and the client's .ics export write (RFC 5545), for the
// client suites: a small parser that insists on CRLF line endings and unfolds folded lines, and
// one HTTP GET through QNetworkAccessManager.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>
#include <QTimeZone>
#include <QtTest>
#include <memory>

namespace ICalendarReader {
// A small RFC 5545 reader: every physical line ends in CRLF; folded lines are unfolded; each
// VEVENT becomes a map of its properties (parameters kept in the name, e.g. "DTSTART").
struct Calendar {
    QString problem;
    QList<QHash<QByteArray, QByteArray>> events;

    QStringList uids() const {
        QStringList uids;
        for (const auto &event : events)
            uids << QString::fromUtf8(event.value("UID"));
        return uids;
    }
};

inline Calendar parseCalendar(const QByteArray &ics) {
    Calendar calendar;
    if (ics.isEmpty() || ics.count('\n') != ics.count("\r\n") || !ics.endsWith("\r\n")) {
        calendar.problem = QStringLiteral("a line does not end in CRLF");
        return calendar;
    }
    QList<QByteArray> logical;
    for (const QByteArray &physical : ics.chopped(2).split('\n')) {
        const QByteArray line = physical.endsWith('\r') ? physical.chopped(1) : physical;
        if (line.startsWith(' ') && !logical.isEmpty())
            logical.last() += line.mid(1);
        else
            logical << line;
    }
    if (logical.value(0) != "BEGIN:VCALENDAR" || logical.last() != "END:VCALENDAR") {
        calendar.problem = QStringLiteral("not one VCALENDAR");
        return calendar;
    }
    QHash<QByteArray, QByteArray> *event = nullptr;
    for (const QByteArray &line : std::as_const(logical)) {
        if (line == "BEGIN:VEVENT") {
            calendar.events.append(QHash<QByteArray, QByteArray>());
            event = &calendar.events.last();
        } else if (line == "END:VEVENT") {
            event = nullptr;
        } else if (event) {
            const qsizetype colon = line.indexOf(':');
            event->insert(line.left(colon), line.mid(colon + 1));
        }
    }
    return calendar;
}

// "20270301T080000Z" as a UTC time.
inline QDateTime utcFromStamp(const QByteArray &stamp) {
    QDateTime time =
        QDateTime::fromString(QString::fromLatin1(stamp), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

struct HttpResult {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

inline HttpResult httpGet(const QString &url, int timeoutMs = 15000) {
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
}
} // namespace ICalendarReader
