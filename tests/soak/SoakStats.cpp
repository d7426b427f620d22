// SPDX-License-Identifier: GPL-3.0-or-later

#include "SoakStats.h"

#include "BenchReply.h"

#include <QJsonArray>
#include <algorithm>
#include <cstdio>

namespace {
QJsonObject toObject(const QMap<QString, qint64> &map) {
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

qint64 total(const QMap<QString, qint64> &map) {
    qint64 sum = 0;
    for (qint64 value : map)
        sum += value;
    return sum;
}

void printMap(const char *title, const QMap<QString, qint64> &map) {
    std::printf("%s:", title);
    if (map.isEmpty())
        std::printf(" none");
    for (auto it = map.begin(); it != map.end(); ++it)
        std::printf(" %s %lld;", qPrintable(it.key()), static_cast<long long>(it.value()));
    std::printf("\n");
}
} // namespace

bool SoakStats::isConflict(const QString &code) {
    return code == QLatin1String("LOCK_HELD") || code == QLatin1String("BOOKING_CONFLICT") ||
           code == QLatin1String("SERIES_CONFLICT");
}

bool SoakStats::isExpectedUnderFaults(const QString &code) {
    return code == QLatin1String("UNAVAILABLE") || code == QLatin1String("CONNECTION_LOST") ||
           code == QLatin1String("CONNECT_FAILED") || code == QLatin1String("NO_REPLY");
}

void SoakStats::addReply(const QString &type, const BenchReply &reply, int minute) {
    if (reply.ok) {
        ++m_ok[type];
        ++m_okByMinute[minute];
    } else if (isConflict(reply.code)) {
        ++m_conflicts[type + QLatin1Char(' ') + reply.code];
        ++m_okByMinute[minute]; // a conflict is a correct answer
    } else {
        addDriverError(reply.code, type + QStringLiteral(": ") + reply.message, minute);
    }
}

void SoakStats::addUnknown(const QString &type, int minute) {
    ++m_unknown[type];
    ++m_failedByMinute[minute];
}

void SoakStats::addDriverError(const QString &code, const QString &message, int minute) {
    ++m_errors[code];
    ++m_failedByMinute[minute];
    if (!isExpectedUnderFaults(code) && m_errorSamples.size() < 10)
        m_errorSamples << code + QStringLiteral(" — ") + message;
}

void SoakStats::addReadCheckFailure(const QString &kind, const QString &message) {
    ++m_readChecks[kind];
    if (m_readCheckSamples.size() < 10)
        m_readCheckSamples << kind + QStringLiteral(": ") + message;
}

qint64 SoakStats::okTotal() const {
    return total(m_ok);
}

qint64 SoakStats::conflictTotal() const {
    return total(m_conflicts);
}

qint64 SoakStats::readCheckFailures() const {
    return total(m_readChecks);
}

qint64 SoakStats::unexpectedErrors() const {
    qint64 sum = 0;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        if (!isExpectedUnderFaults(it.key()))
            sum += it.value();
    return sum;
}

QJsonObject SoakStats::toJson() const {
    QJsonArray timeline;
    int last = 0;
    for (auto it = m_okByMinute.begin(); it != m_okByMinute.end(); ++it)
        last = std::max(last, it.key());
    for (auto it = m_failedByMinute.begin(); it != m_failedByMinute.end(); ++it)
        last = std::max(last, it.key());
    for (int minute = 0; minute <= last; ++minute)
        timeline.append(
            QJsonObject{{QStringLiteral("minute"), minute},
                        {QStringLiteral("answered"), m_okByMinute.value(minute)},
                        {QStringLiteral("failed"), m_failedByMinute.value(minute)},
                        {QStringLiteral("connected"), connectedByMinute.value(minute, -1)}});
    return {{QStringLiteral("ok"), toObject(m_ok)},
            {QStringLiteral("okTotal"), okTotal()},
            {QStringLiteral("conflicts"), toObject(m_conflicts)},
            {QStringLiteral("conflictTotal"), conflictTotal()},
            {QStringLiteral("errors"), toObject(m_errors)},
            {QStringLiteral("unexpectedErrors"), unexpectedErrors()},
            {QStringLiteral("errorSamples"), QJsonArray::fromStringList(m_errorSamples)},
            {QStringLiteral("unknownOutcome"), toObject(m_unknown)},
            {QStringLiteral("readCheckFailures"), toObject(m_readChecks)},
            {QStringLiteral("readCheckSamples"), QJsonArray::fromStringList(m_readCheckSamples)},
            {QStringLiteral("events"), toObject(m_events)},
            {QStringLiteral("bookingsAcked"), bookingsAcked},
            {QStringLiteral("seriesAcked"), seriesAcked},
            {QStringLiteral("seriesBookingsAcked"), seriesBookingsAcked},
            {QStringLiteral("seriesDatesSkipped"), seriesDatesSkipped},
            {QStringLiteral("cancellationsAcked"), cancellationsAcked},
            {QStringLiteral("connects"), connects},
            {QStringLiteral("passwordLogins"), passwordLogins},
            {QStringLiteral("resumes"), resumes},
            {QStringLiteral("lostConnections"), lostConnections},
            {QStringLiteral("plannedReconnects"), plannedReconnects},
            {QStringLiteral("connectFailures"), connectFailures},
            {QStringLiteral("stuckClients"), stuckClients},
            {QStringLiteral("timeline"), timeline}};
}

void SoakStats::print() const {
    std::printf("answered requests: %lld (%lld successes, %lld conflicts)\n",
                static_cast<long long>(okTotal() + conflictTotal()),
                static_cast<long long>(okTotal()), static_cast<long long>(conflictTotal()));
    printMap("successes by request", m_ok);
    printMap("conflicts", m_conflicts);
    printMap("errors by code", m_errors);
    printMap("answer never came (outcome unknown)", m_unknown);
    std::printf("acknowledged: %lld bookings, %lld series with %lld bookings (%lld dates "
                "skipped), %lld cancellations\n",
                static_cast<long long>(bookingsAcked), static_cast<long long>(seriesAcked),
                static_cast<long long>(seriesBookingsAcked),
                static_cast<long long>(seriesDatesSkipped),
                static_cast<long long>(cancellationsAcked));
    std::printf("connections: %lld opened (%lld password logins, %lld resumes), %lld lost, %lld "
                "reconnections on purpose, %lld attempts failed\n",
                static_cast<long long>(connects), static_cast<long long>(passwordLogins),
                static_cast<long long>(resumes), static_cast<long long>(lostConnections),
                static_cast<long long>(plannedReconnects), static_cast<long long>(connectFailures));
    printMap("events received", m_events);
    printMap("read checks failed", m_readChecks);
    for (const QString &sample : m_readCheckSamples)
        std::printf("  %s\n", qPrintable(sample));
    if (!m_errorSamples.isEmpty()) {
        std::printf("unexpected errors (first %lld):\n",
                    static_cast<long long>(m_errorSamples.size()));
        for (const QString &sample : m_errorSamples)
            std::printf("  %s\n", qPrintable(sample));
    }
    std::printf("clients stuck at the end: %d\n", stuckClients);
    std::printf("per minute (answered / failed / logged in):");
    const QJsonArray timeline = toJson().value(QStringLiteral("timeline")).toArray();
    for (const QJsonValue &value : timeline) {
        const QJsonObject minute = value.toObject();
        std::printf(" %d: %lld/%lld/%d;", minute.value(QStringLiteral("minute")).toInt(),
                    static_cast<long long>(minute.value(QStringLiteral("answered")).toInteger()),
                    static_cast<long long>(minute.value(QStringLiteral("failed")).toInteger()),
                    minute.value(QStringLiteral("connected")).toInt());
    }
    std::printf("\n");
    std::fflush(stdout);
}
