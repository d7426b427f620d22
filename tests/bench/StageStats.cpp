// SPDX-License-Identifier: GPL-3.0-or-later

#include "StageStats.h"

#include "BenchClock.h"

#include <algorithm>

void StageStats::addError(const QString &code, const QString &message) {
    ++errors[code];
    if (errorSamples.size() < 5)
        errorSamples << code + QStringLiteral(": ") + message;
}

void StageStats::addReply(const QString &type, const BenchReply &reply, qint64 measuredFromNs) {
    if (!reply.ok && !isConflict(reply.code)) {
        addError(reply.code, type + QStringLiteral(" — ") + reply.message);
        return;
    }
    if (reply.ok && type == QLatin1String("confirmBooking"))
        ++bookingsAll;
    if (reply.sentNs < measuredFromNs)
        return;
    if (firstSentNs == 0 || reply.sentNs < firstSentNs)
        firstSentNs = reply.sentNs;
    lastReplyNs = std::max(lastReplyNs, reply.receivedNs);
    const double ms = BenchClock::msBetween(reply.sentNs, reply.receivedNs);
    if (reply.ok) {
        roundTrips[type].add(ms);
        if (type == QLatin1String("confirmBooking"))
            ++bookingsOk;
    } else {
        ++conflicts[reply.code];
        roundTrips[type + QStringLiteral(" refused")].add(ms);
    }
}

void StageStats::merge(const StageStats &other) {
    for (auto it = other.roundTrips.begin(); it != other.roundTrips.end(); ++it)
        roundTrips[it.key()].merge(it.value());
    bookingsOk += other.bookingsOk;
    bookingsAll += other.bookingsAll;
    if (other.firstSentNs != 0 && (firstSentNs == 0 || other.firstSentNs < firstSentNs))
        firstSentNs = other.firstSentNs;
    lastReplyNs = std::max(lastReplyNs, other.lastReplyNs);
    for (auto it = other.conflicts.begin(); it != other.conflicts.end(); ++it)
        conflicts[it.key()] += it.value();
    for (auto it = other.errors.begin(); it != other.errors.end(); ++it)
        errors[it.key()] += it.value();
    for (const QString &sample : other.errorSamples)
        if (errorSamples.size() < 5)
            errorSamples << sample;
    for (auto it = other.events.begin(); it != other.events.end(); ++it)
        events[it.key()] += it.value();
    for (auto it = other.bookerReplyNs.begin(); it != other.bookerReplyNs.end(); ++it)
        bookerReplyNs.insert(it.key(), it.value());
    for (auto it = other.arrivals.begin(); it != other.arrivals.end(); ++it) {
        Arrival &mine = arrivals[it.key()];
        mine.lastNs = std::max(mine.lastNs, it->lastNs);
        mine.listeners += it->listeners;
    }
}
