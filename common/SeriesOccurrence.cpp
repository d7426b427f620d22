// SPDX-License-Identifier: GPL-3.0-or-later

#include "SeriesOccurrence.h"

#include "Rfc3339.h"

namespace {
QJsonObject intervalJson(const Interval &interval) {
    return {{QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
            {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())}};
}
} // namespace

QString SeriesOccurrence::statusName(Status status) {
    switch (status) {
    case Status::Free:
        return QStringLiteral("free");
    case Status::Booked:
        return QStringLiteral("booked");
    case Status::Locked:
        return QStringLiteral("locked");
    case Status::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QJsonObject SeriesOccurrence::toPreviewJson() const {
    QJsonObject json = intervalJson(interval);
    json.insert(QStringLiteral("status"), statusName(status));
    if (status == Status::Booked)
        json.insert(QStringLiteral("conflict"), conflict.toJson());
    if (status == Status::Locked)
        json.insert(QStringLiteral("holder"), holder);
    if (status == Status::Closed)
        json.insert(QStringLiteral("reason"), reason);
    if (!code.isEmpty() && status == Status::Free) {
        // A rule refuses this date although the room is free: say which.
        json.insert(QStringLiteral("code"), code);
        json.insert(QStringLiteral("message"), message);
    }
    return json;
}

QJsonObject SeriesOccurrence::toSkippedJson() const {
    QJsonObject json = intervalJson(interval);
    json.insert(QStringLiteral("code"), code);
    json.insert(QStringLiteral("message"), message);
    return json;
}

SeriesOccurrence SeriesOccurrence::fromJson(const QJsonObject &json) {
    SeriesOccurrence occurrence;
    occurrence.interval = Interval(Rfc3339::parse(json.value(QStringLiteral("start")).toString()),
                                   Rfc3339::parse(json.value(QStringLiteral("end")).toString()));
    const QString status = json.value(QStringLiteral("status")).toString();
    for (Status candidate : {Status::Free, Status::Booked, Status::Locked, Status::Closed}) {
        if (statusName(candidate) == status)
            occurrence.status = candidate;
    }
    occurrence.conflict = Booking::fromJson(json.value(QStringLiteral("conflict")).toObject());
    occurrence.holder = json.value(QStringLiteral("holder")).toString();
    occurrence.reason = json.value(QStringLiteral("reason")).toString();
    occurrence.code = json.value(QStringLiteral("code")).toString();
    occurrence.message = json.value(QStringLiteral("message")).toString();
    return occurrence;
}
