// SPDX-License-Identifier: GPL-3.0-or-later

#include "FeedRequests.h"

#include "CalendarFeedService.h"
#include "ErrorCodes.h"
#include "FavouriteService.h"
#include "LockService.h"
#include "ProtocolError.h"
#include "Rfc3339.h"

namespace {
QJsonArray idsJson(const QList<qint64> &ids) {
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

std::optional<bool> optionalBool(const Request &request, const QString &field) {
    const QJsonValue value = request.params().value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool())
        throw ProtocolError::badRequest(
            QStringLiteral("Field '%1' must be true or false").arg(field));
    return value.toBool();
}
} // namespace

QJsonObject FeedRequests::listFavourites(const Teacher &teacher) {
    return {{QStringLiteral("roomIds"), idsJson(FavouriteService::favourites(teacher.id))}};
}

QJsonObject FeedRequests::setFavourite(const Request &request, const Teacher &teacher) {
    const qint64 roomId = request.requiredId(QStringLiteral("roomId"));
    const std::optional<bool> favourite = optionalBool(request, QStringLiteral("favourite"));
    if (!favourite)
        throw ProtocolError::badRequest(QStringLiteral("Missing field 'favourite'"));
    return {{QStringLiteral("roomIds"),
             idsJson(FavouriteService::setFavourite(teacher.id, roomId, *favourite))}};
}

QJsonObject FeedRequests::listLocks(const Request &request) {
    const Interval span(request.requiredTime(QStringLiteral("from")),
                        request.requiredTime(QStringLiteral("to")));
    if (!span.isValid())
        throw ProtocolError::badRequest(QStringLiteral("'to' must be after 'from'"));
    if (span.start().daysTo(span.end()) > MaxLockDays)
        throw ProtocolError::badRequest(
            QStringLiteral("A listing may span at most %1 days").arg(MaxLockDays));
    QJsonArray locks;
    for (const LockInfo &lock : LockService::list(span))
        locks.append(
            QJsonObject{{QStringLiteral("roomId"), lock.roomId},
                        {QStringLiteral("start"), Rfc3339::formatLocal(lock.interval.start())},
                        {QStringLiteral("end"), Rfc3339::formatLocal(lock.interval.end())},
                        {QStringLiteral("holder"), lock.holderName}});
    return {{QStringLiteral("locks"), locks}};
}

QJsonObject FeedRequests::calendarFeed(const Request &request, const Teacher &teacher,
                                       const QString &feedBase) {
    const bool reset = optionalBool(request, QStringLiteral("reset")).value_or(false);
    if (feedBase.isEmpty())
        throw ProtocolError(503, QString(ErrorCodes::Unavailable),
                            QStringLiteral("The calendar feed is turned off on this server"));
    const QString secret = CalendarFeedService::secret(teacher.id, reset);
    return {{QStringLiteral("url"), QStringLiteral("%1/feed/%2.ics").arg(feedBase, secret)}};
}
