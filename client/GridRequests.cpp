// SPDX-License-Identifier: GPL-3.0-or-later

#include "GridRequests.h"

#include "Connection.h"
#include "ReplyText.h"
#include "Rfc3339.h"

#include <QJsonArray>
#include <memory>

namespace {
struct Pending {
    GridData data;
    int outstanding = 0;
    std::function<void(const GridData &)> done;

    // Records a failure (the first one wins) and finishes once every answer is in.
    void answered(const ServerReply &reply) {
        if (!reply.ok && data.error.isEmpty())
            data.error = ReplyText::of(reply);
        if (--outstanding == 0)
            done(data);
    }
};

QJsonObject spanParams(const QDate &first, const QDate &last) {
    return {{QStringLiteral("from"), Rfc3339::formatLocal(first.startOfDay())},
            {QStringLiteral("to"), Rfc3339::formatLocal(last.addDays(1).startOfDay())}};
}
// A busy school day holds more bookings than one reply carries: follows `more` and `next`
// page by page and answers once, with every booking, after the last page.
void requestBookings(Connection *connection, const QJsonObject &params,
                     const std::shared_ptr<Pending> &pending) {
    connection->request(
        QStringLiteral("listBookings"), params,
        [connection, params, pending](const ServerReply &reply) {
            for (const QJsonValue &value : reply.body.value(QStringLiteral("bookings")).toArray())
                pending->data.bookings << Booking::fromJson(value.toObject());
            const QJsonValue next = reply.body.value(QStringLiteral("next"));
            if (reply.ok && reply.body.value(QStringLiteral("more")).toBool() && next.isDouble()) {
                QJsonObject following = params;
                following.insert(QStringLiteral("after"), next);
                requestBookings(connection, following, pending);
                return;
            }
            pending->answered(reply);
        });
}
} // namespace

void GridRequests::fetch(Connection *connection, const QDate &first, const QDate &last,
                         qint64 roomId, std::function<void(const GridData &)> done) {
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    const int days = int(first.daysTo(last)) + 1;
    pending->outstanding = 4 + days;

    connection->request(QStringLiteral("listRooms"), {}, [pending](const ServerReply &reply) {
        for (const QJsonValue &value : reply.body.value(QStringLiteral("rooms")).toArray())
            pending->data.rooms << Room::fromJson(value.toObject());
        pending->answered(reply);
    });
    connection->request(
        QStringLiteral("listCalendar"),
        {{QStringLiteral("from"), first.toString(Qt::ISODate)},
         {QStringLiteral("to"), last.toString(Qt::ISODate)}},
        [pending](const ServerReply &reply) {
            for (const QJsonValue &value : reply.body.value(QStringLiteral("days")).toArray()) {
                SchoolDay day = SchoolDay::fromJson(value.toObject());
                day.reason = ReplyText::closedReason(day.reason);
                SchoolDay &known = pending->data.days[day.date];
                // listPeriods may have said "closed" already: keep its reason.
                const bool closedByPeriods = known.date.isValid() && !known.open;
                const QString reason = known.reason;
                known = day;
                if (closedByPeriods && day.open) {
                    known.open = false;
                    known.reason = reason;
                }
            }
            // A server without a school calendar has every day open.
            pending->answered(reply.ok ? reply
                                       : ServerReply::fromFrame({{QStringLiteral("ok"), true}}));
        });
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        connection->request(
            QStringLiteral("listPeriods"), {{QStringLiteral("date"), date.toString(Qt::ISODate)}},
            [pending, date](const ServerReply &reply) {
                pending->data.periods[date] =
                    PeriodSlot::listFromJson(reply.body.value(QStringLiteral("periods")).toArray());
                SchoolDay &day = pending->data.days[date];
                if (!day.date.isValid())
                    day.date = date;
                const QString closed =
                    ReplyText::closedReason(reply.body.value(QStringLiteral("closed")).toString());
                if (!closed.isEmpty()) {
                    day.open = false;
                    day.reason = closed;
                }
                if (day.week.isEmpty())
                    day.week = reply.body.value(QStringLiteral("week")).toString();
                pending->answered(reply);
            });
    }
    QJsonObject bookingParams = spanParams(first, last);
    if (roomId > 0)
        bookingParams.insert(QStringLiteral("roomId"), roomId);
    requestBookings(connection, bookingParams, pending);
    connection->request(
        QStringLiteral("listLocks"), spanParams(first, last),
        [pending, roomId](const ServerReply &reply) {
            for (const QJsonValue &value : reply.body.value(QStringLiteral("locks")).toArray()) {
                const QJsonObject lock = value.toObject();
                GridLock entry;
                entry.roomId = lock.value(QStringLiteral("roomId")).toInteger();
                entry.interval =
                    Interval(Rfc3339::parse(lock.value(QStringLiteral("start")).toString()),
                             Rfc3339::parse(lock.value(QStringLiteral("end")).toString()));
                entry.holder = lock.value(QStringLiteral("holder")).toString();
                if (roomId == 0 || entry.roomId == roomId)
                    pending->data.locks << entry;
            }
            pending->answered(reply);
        });
}
