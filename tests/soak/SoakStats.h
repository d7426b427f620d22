// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QMap>
#include <QStringList>

struct BenchReply;

// What the soak's clients saw, counted as it happens (every client runs on the main thread).
class SoakStats {
public:
    static bool isConflict(const QString &code);
    // Answers a client may get while an instance or the database is restarted.
    static bool isExpectedUnderFaults(const QString &code);

    // minute: of the run, for the timeline.
    void addReply(const QString &type, const BenchReply &reply, int minute);
    void addUnknown(const QString &type, int minute);
    void addDriverError(const QString &code, const QString &message, int minute);
    void addReadCheckFailure(const QString &kind, const QString &message);
    void addEvent(const QString &name) { ++m_events[name]; }

    qint64 bookingsAcked = 0;       // confirmBooking successes
    qint64 seriesAcked = 0;         // confirmSeries successes that created a series
    qint64 seriesBookingsAcked = 0; // bookings those series created
    qint64 seriesDatesSkipped = 0;  // dates a freeOnly series skipped
    qint64 cancellationsAcked = 0;  // bookings named canceled by cancelBooking/cancelSeries
    qint64 connects = 0, passwordLogins = 0, resumes = 0;
    qint64 lostConnections = 0, plannedReconnects = 0, connectFailures = 0;
    int stuckClients = 0;
    QMap<int, int> connectedByMinute; // clients logged in, sampled once a minute

    qint64 okTotal() const;
    qint64 conflictTotal() const;
    qint64 readCheckFailures() const;
    qint64 unexpectedErrors() const;
    QJsonObject toJson() const;
    void print() const;

private:
    QMap<QString, qint64> m_ok;        // by request type
    QMap<QString, qint64> m_conflicts; // "type CODE"
    QMap<QString, qint64> m_errors;    // by code, the driver's own included
    QStringList m_errorSamples;
    QMap<QString, qint64> m_unknown; // requests sent whose answer never came, by type
    QMap<QString, qint64> m_readChecks;
    QStringList m_readCheckSamples;
    QMap<QString, qint64> m_events;
    QMap<int, qint64> m_okByMinute, m_failedByMinute;
};
