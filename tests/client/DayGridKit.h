// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Helpers of the day-grid suite: open the Day tab on a date, and book through a raw client.

#include "BookingGrid.h"
#include "ClientTestKit.h"
#include "DayView.h"
#include "Rfc3339.h"
#include "TestClient.h"
#include "ViewTabs.h"

#include <QJsonArray>

namespace DayGridKit {

inline bool isOk(const QJsonObject &reply) {
    return reply.value(QStringLiteral("ok")).toBool();
}

// Opens the Day tab on a date (through the search panel's date) and waits for its grid.
inline bool showDay(ClientTestKit::Seat &seat, const QDate &date) {
    DayView *day = seat.window->viewTabs()->dayView();
    seat.window->viewTabs()->showDay();
    const int before = day->loadsCompleted();
    seat.window->searchPanel()->setDate(date);
    return QTest::qWaitFor(
        [&] {
            return day->date() == date && day->loadsCompleted() > before &&
                   !day->titleText().isEmpty() &&
                   day->grid()->isVisible() == day->messageText().isEmpty();
        },
        ClientTestKit::Patience);
}

// A period (by index) of a date, as the server's bell schedule has it.
inline Interval periodInterval(TestClient &client, const QDate &date, int period) {
    const QJsonObject reply = client.request(
        QStringLiteral("listPeriods"), {{QStringLiteral("date"), date.toString(Qt::ISODate)}});
    const QJsonObject slot = reply.value(QStringLiteral("periods")).toArray().at(period).toObject();
    return Interval(Rfc3339::parse(slot.value(QStringLiteral("start")).toString()),
                    Rfc3339::parse(slot.value(QStringLiteral("end")).toString()));
}

// A booking by a raw client of a room in a period (by index) of a date.
inline QJsonObject book(TestClient &client, qint64 roomId, const QDate &date, int period,
                        const QString &purpose) {
    const Interval interval = periodInterval(client, date, period);
    return client.request(QStringLiteral("confirmBooking"),
                          {{QStringLiteral("roomId"), roomId},
                           {QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
                           {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())},
                           {QStringLiteral("purpose"), purpose}});
}

} // namespace DayGridKit
