// SPDX-License-Identifier: GPL-3.0-or-later

#include "SeriesRequests.h"

#include "ProtocolError.h"
#include "RepeatRule.h"
#include "SeriesService.h"

#include <QJsonArray>

namespace {
struct SeriesParams {
    qint64 roomId = 0;
    Interval first;
    RepeatRule rule;
    QString purpose;
};

SeriesParams seriesParams(const Request &request) {
    SeriesParams params;
    params.roomId = request.requiredId(QStringLiteral("roomId"));
    params.first = Interval(request.requiredTime(QStringLiteral("start")),
                            request.requiredTime(QStringLiteral("end")));
    if (!params.first.isValid())
        throw ProtocolError::badRequest(QStringLiteral("'end' must be after 'start'"));
    params.rule = RepeatRule::fromJson(request.params().value(QStringLiteral("repeat")));
    params.purpose = request.optionalString(QStringLiteral("purpose")).value_or(QString());
    return params;
}

SeriesService::Policy policyOf(const Request &request) {
    const QJsonValue policy = request.params().value(QStringLiteral("policy"));
    if (policy == QJsonValue(QStringLiteral("freeOnly")))
        return SeriesService::Policy::FreeOnly;
    if (policy == QJsonValue(QStringLiteral("allOrNothing")))
        return SeriesService::Policy::AllOrNothing;
    throw ProtocolError::badRequest(
        QStringLiteral("Field 'policy' must be \"freeOnly\" or \"allOrNothing\""));
}

QJsonArray bookingsJson(const QList<Booking> &bookings) {
    QJsonArray array;
    for (const Booking &booking : bookings)
        array.append(booking.toJson());
    return array;
}
} // namespace

QJsonObject SeriesRequests::previewSeries(const Request &request, const Teacher &teacher) {
    const SeriesParams params = seriesParams(request);
    QJsonArray occurrences;
    for (const SeriesOccurrence &occurrence :
         SeriesService::preview(teacher, params.roomId, params.first, params.rule))
        occurrences.append(occurrence.toPreviewJson());
    return {{QStringLiteral("occurrences"), occurrences}};
}

QJsonObject SeriesRequests::confirmSeries(const Request &request, const Teacher &teacher) {
    const SeriesParams params = seriesParams(request);
    const SeriesService::Policy policy = policyOf(request);
    const std::optional<QString> requestId = request.optionalString(QStringLiteral("requestId"));
    return SeriesService::confirm(teacher, params.roomId, params.first, params.rule, params.purpose,
                                  policy, requestId)
        .toReplyJson();
}

QJsonObject SeriesRequests::cancelSeries(const Request &request, const Teacher &teacher) {
    const qint64 seriesId = request.requiredId(QStringLiteral("seriesId"));
    const QDateTime from =
        request.optionalTime(QStringLiteral("from")).value_or(QDateTime::currentDateTime());
    const QString reason = request.optionalString(QStringLiteral("reason")).value_or(QString());
    return {{QStringLiteral("bookings"),
             bookingsJson(SeriesService::cancel(teacher, seriesId, from, reason))}};
}
