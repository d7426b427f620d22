// SPDX-License-Identifier: GPL-3.0-or-later

#include "SoakClient.h"

#include "BenchEvent.h"
#include "Rfc3339.h"
#include "RoomClaimClient.h"
#include "SoakLedger.h"
#include "SoakSetup.h"
#include "SoakStats.h"
#include "TokenCache.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace {
// A connection must be open and logged in this long after it was started.
constexpr int LoginTimeoutMs = 20000;

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

bool overlaps(const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart,
              const QDateTime &bEnd) {
    return aStart < bEnd && bStart < aEnd;
}

QSet<qint64> idsOf(const QJsonArray &items) {
    QSet<qint64> ids;
    for (const QJsonValue &item : items)
        ids.insert(item.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}
} // namespace

SoakClient::SoakClient(int index, QString username, const SoakSetup *setup, quint32 seed,
                       QObject *parent)
    : QObject(parent), m_index(index), m_username(std::move(username)), m_setup(setup),
      m_random(seed) {
    m_nextTimer.setSingleShot(true);
    connect(&m_nextTimer, &QTimer::timeout, this, [this] {
        const std::function<void()> action = std::move(m_nextAction);
        m_nextAction = nullptr;
        if (action)
            action();
    });
    m_answerTimer.setSingleShot(true);
    connect(&m_answerTimer, &QTimer::timeout, this, [this] {
        if (m_inFlight)
            connectionLost(QStringLiteral("NO_REPLY"), QStringLiteral("no answer to %1 within %2 s")
                                                           .arg(m_inFlightType)
                                                           .arg(m_setup->requestTimeoutSeconds));
        else if (!m_ready)
            connectionLost(QStringLiteral("NO_REPLY"),
                           QStringLiteral("not logged in within %1 s").arg(LoginTimeoutMs / 1000));
    });
}

int SoakClient::minute() const {
    return int((nowMs() - m_setup->startedMs) / 60000);
}

void SoakClient::after(int ms, std::function<void()> action) {
    m_nextAction = std::move(action);
    m_nextTimer.start(std::max(0, ms));
}

void SoakClient::start() {
    m_lastAnswerMs = nowMs();
    connectNow();
}

void SoakClient::stop() {
    m_stopping = true;
    m_nextTimer.stop();
    m_nextAction = nullptr;
}

void SoakClient::abandon() {
    stop();
    if (m_inFlight) {
        m_inFlight = false;
        m_setup->stats->addUnknown(m_inFlightType, minute());
        if (m_onUnknown)
            m_onUnknown();
        m_onUnknown = nullptr;
    }
    m_answerTimer.stop();
    m_ready = false;
    dropConnection();
}

// ------------------------------------------------------------------ the connection ---

void SoakClient::connectNow() {
    if (m_stopping)
        return;
    const QUrl url = m_setup->urls.at(m_random.bounded(int(m_setup->urls.size())));
    m_connection = new RoomClaimClient(url, this);
    const int generation = ++m_generation;
    m_opened = false;
    connect(m_connection, &BenchClient::opened, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_opened = true;
        ++m_setup->stats->connects;
        authenticate(true);
    });
    connect(m_connection, &BenchClient::failed, this, [this, generation](const QString &reason) {
        if (generation == m_generation)
            connectionLost(QStringLiteral("CONNECT_FAILED"), reason);
    });
    connect(m_connection, &BenchClient::disconnected, this, [this, generation] {
        if (generation == m_generation)
            connectionLost(QStringLiteral("CONNECTION_LOST"),
                           QStringLiteral("the server closed the connection"));
    });
    SoakStats *stats = m_setup->stats;
    m_connection->setEventHandler(
        [stats](BenchEvent event, qint64, qint64) { stats->addEvent(benchEventName(event)); });
    m_answerTimer.start(LoginTimeoutMs);
    m_connection->open();
}

void SoakClient::authenticate(bool mayResume) {
    const int generation = m_generation;
    const QString token = mayResume ? m_setup->tokens->token(m_username) : QString();
    const auto refused = [this](const QString &what, const BenchReply &reply) {
        m_setup->stats->addDriverError(reply.code, what + QStringLiteral(": ") + reply.message,
                                       minute());
        ++m_failures;
        m_answerTimer.stop();
        dropConnection();
        scheduleReconnect();
    };
    if (!token.isEmpty()) {
        m_connection->resume(token, [this, generation, refused](const BenchReply &reply) {
            if (generation != m_generation)
                return;
            if (reply.ok) {
                ++m_setup->stats->resumes;
                becomeReady();
            } else if (reply.code == QLatin1String("AUTH_FAILED")) {
                authenticate(false); // the session is gone: log in again
            } else {
                refused(QStringLiteral("resume"), reply);
            }
        });
        return;
    }
    m_connection->login(m_username, m_setup->password,
                        [this, generation, refused](const BenchReply &reply) {
                            if (generation != m_generation)
                                return;
                            if (!reply.ok) {
                                refused(QStringLiteral("login"), reply);
                                return;
                            }
                            ++m_setup->stats->passwordLogins;
                            m_setup->tokens->store(
                                m_username, reply.body.value(QStringLiteral("token")).toString());
                            becomeReady();
                        });
}

void SoakClient::becomeReady() {
    m_ready = true;
    m_failures = 0;
    m_answerTimer.stop();
    m_lastAnswerMs = nowMs();
    if (m_setup->churnMaxSeconds > 0) {
        const int seconds =
            m_setup->churnMinSeconds +
            m_random.bounded(m_setup->churnMaxSeconds - m_setup->churnMinSeconds + 1);
        m_churnAtMs = nowMs() + qint64(seconds) * 1000;
    }
    scheduleNext();
}

void SoakClient::connectionLost(const QString &code, const QString &why) {
    if (!m_connection)
        return;
    if (m_opened && m_ready)
        ++m_setup->stats->lostConnections;
    else
        ++m_setup->stats->connectFailures;
    m_setup->stats->addDriverError(code, why, minute());
    if (m_inFlight) {
        m_inFlight = false;
        m_setup->stats->addUnknown(m_inFlightType, minute());
        if (m_onUnknown)
            m_onUnknown();
        m_onUnknown = nullptr;
    }
    if (!m_ready)
        ++m_failures;
    m_ready = false;
    m_answerTimer.stop();
    dropConnection();
    scheduleReconnect();
}

void SoakClient::dropConnection() {
    if (!m_connection)
        return;
    ++m_generation; // answers and signals of the old connection are ignored from now on
    disconnect(m_connection, nullptr, this, nullptr);
    // Closed from the event loop, not here: this may run inside the connection's own reply.
    RoomClaimClient *connection = m_connection;
    QTimer::singleShot(0, connection, [connection] {
        connection->close();
        connection->deleteLater();
    });
    m_connection = nullptr;
    m_opened = false;
}

void SoakClient::scheduleReconnect() {
    if (m_stopping)
        return;
    // 0.25 s, doubling with each failure up to 4 s, plus up to 0.5 s so that the clients of a
    // restarted instance do not all come back in the same instant.
    const int backoff = std::min(4000, 250 << std::min(m_failures, 4));
    after(backoff + int(m_random.bounded(500)), [this] { connectNow(); });
}

// ------------------------------------------------------------------- the workload ---

void SoakClient::scheduleNext() {
    if (m_stopping || !m_ready)
        return;
    const int think = m_setup->thinkMs;
    after(think <= 0 ? 0 : think / 2 + int(m_random.bounded(think + 1)), [this] { next(); });
}

void SoakClient::send(const QString &type, const QJsonObject &params, const ReplyHandler &onReply,
                      const std::function<void()> &onUnknown) {
    const qint64 sequence = ++m_sequence;
    m_inFlight = true;
    m_inFlightType = type;
    m_onUnknown = onUnknown;
    m_answerTimer.start(m_setup->requestTimeoutSeconds * 1000);
    const int generation = m_generation;
    m_connection->request(
        type, params, [this, sequence, generation, type, onReply](const BenchReply &reply) {
            if (generation != m_generation || sequence != m_sequence || !m_inFlight)
                return;
            m_inFlight = false;
            m_onUnknown = nullptr;
            m_answerTimer.stop();
            if (reply.ok || SoakStats::isConflict(reply.code))
                m_lastAnswerMs = nowMs();
            m_setup->stats->addReply(type, reply, minute());
            onReply(reply);
            scheduleNext();
        });
}

void SoakClient::next() {
    if (m_stopping || !m_ready || m_inFlight)
        return;
    if (m_churnAtMs > 0 && nowMs() >= m_churnAtMs) {
        // A teacher closes the window and opens it again later: a new connection, resumed.
        ++m_setup->stats->plannedReconnects;
        m_churnAtMs = 0;
        m_ready = false;
        dropConnection();
        connectNow();
        return;
    }
    if (m_live.size() >= m_setup->maxLive) {
        if (!m_series.isEmpty() && m_random.bounded(4) == 0)
            cancelSeries();
        else
            cancel();
        return;
    }
    const int roll = int(m_random.bounded(100));
    if (roll < 28)
        book();
    else if (roll < 40)
        m_live.isEmpty() ? book() : cancel();
    else if (roll < 45)
        bookSeries();
    else if (roll < 47)
        m_series.isEmpty() ? search() : cancelSeries();
    else if (roll < 63)
        search();
    else if (roll < 77)
        listDay();
    else if (roll < 91)
        listMine();
    else
        preview();
}

SoakClient::Live SoakClient::liveFrom(const QJsonObject &booking, qint64 seriesId) {
    Live live;
    live.id = booking.value(QStringLiteral("id")).toInteger();
    live.roomId = booking.value(QStringLiteral("roomId")).toInteger();
    live.start = Rfc3339::parse(booking.value(QStringLiteral("start")).toString());
    live.end = Rfc3339::parse(booking.value(QStringLiteral("end")).toString());
    live.seriesId = seriesId;
    return live;
}

void SoakClient::readCheckFailed(const QString &kind, const QString &message) {
    m_setup->stats->addReadCheckFailure(
        kind, QStringLiteral("client %1 (%2): %3").arg(m_index).arg(m_username, message));
}

void SoakClient::book() {
    const qint64 roomId = m_setup->plan.randomRoom(m_random);
    const auto [start, end] = m_setup->plan.randomInterval(m_random, false);
    QJsonObject params = SoakPlan::interval(start, end);
    params.insert(QStringLiteral("roomId"), roomId);
    params.insert(QStringLiteral("purpose"), QStringLiteral("soak"));
    SoakLedger *ledger = m_setup->ledger;
    const auto unknown = [ledger, roomId, start = start, end = end] {
        ledger->bookUnknown("book?", roomId, start, end);
    };
    send(
        QStringLiteral("confirmBooking"), params,
        [this, ledger, roomId, start = start, end = end, unknown](const BenchReply &reply) {
            if (!reply.ok) {
                // A conflict changed nothing; any other failure (503 while the database was
                // away) may have come after a commit the server could not see.
                if (!SoakStats::isConflict(reply.code))
                    unknown();
                return;
            }
            const Live live = liveFrom(reply.body.value(QStringLiteral("booking")).toObject(), 0);
            ++m_setup->stats->bookingsAcked;
            ledger->booked(live.id, live.roomId, live.start, live.end, 0);
            if (live.id <= 0 || live.roomId != roomId || live.start != start || live.end != end)
                readCheckFailed(
                    QStringLiteral("confirmBooking"),
                    QStringLiteral("booked room %1 %2-%3, the reply names %4 %5-%6")
                        .arg(roomId)
                        .arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate))
                        .arg(live.roomId)
                        .arg(live.start.toString(Qt::ISODate), live.end.toString(Qt::ISODate)));
            m_live << live;
        },
        unknown);
}

void SoakClient::cancel() {
    if (m_live.isEmpty()) {
        book();
        return;
    }
    const Live live = m_live.takeAt(m_random.bounded(int(m_live.size())));
    SoakLedger *ledger = m_setup->ledger;
    const qint64 id = live.id;
    send(
        QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), id}},
        [this, ledger, id](const BenchReply &reply) {
            if (reply.ok) {
                ++m_setup->stats->cancellationsAcked;
                ledger->canceled(id);
            } else {
                ledger->cancelUnknown(id); // as for confirmBooking: it may have committed
            }
        },
        [ledger, id] { ledger->cancelUnknown(id); });
}

void SoakClient::bookSeries() {
    const qint64 roomId = m_setup->plan.randomRoom(m_random);
    const auto [start, end] = m_setup->plan.randomInterval(m_random, true);
    const int dates = 2 + int(m_random.bounded(4));
    QJsonObject params = SoakPlan::interval(start, end);
    params.insert(QStringLiteral("roomId"), roomId);
    params.insert(QStringLiteral("purpose"), QStringLiteral("soak series"));
    params.insert(QStringLiteral("repeat"),
                  QJsonObject{{QStringLiteral("every"), QStringLiteral("week")},
                              {QStringLiteral("until"),
                               start.date().addDays(7 * (dates - 1)).toString(Qt::ISODate)}});
    params.insert(QStringLiteral("policy"), m_random.bounded(2) == 0
                                                ? QStringLiteral("freeOnly")
                                                : QStringLiteral("allOrNothing"));
    SoakLedger *ledger = m_setup->ledger;
    const auto unknown = [ledger, roomId, start = start, end = end] {
        ledger->bookUnknown("series?", roomId, start, end);
    };
    send(
        QStringLiteral("confirmSeries"), params,
        [this, ledger, unknown](const BenchReply &reply) {
            if (!reply.ok) {
                if (!SoakStats::isConflict(reply.code))
                    unknown();
                return;
            }
            const qint64 seriesId = reply.body.value(QStringLiteral("seriesId")).toInteger();
            const QJsonArray bookings = reply.body.value(QStringLiteral("bookings")).toArray();
            m_setup->stats->seriesDatesSkipped +=
                reply.body.value(QStringLiteral("skipped")).toArray().size();
            for (const QJsonValue &value : bookings) {
                const Live live = liveFrom(value.toObject(), seriesId);
                ledger->booked(live.id, live.roomId, live.start, live.end, seriesId);
                ++m_setup->stats->seriesBookingsAcked;
                m_live << live;
            }
            if (seriesId > 0) {
                ++m_setup->stats->seriesAcked;
                m_series << seriesId;
            } else if (!bookings.isEmpty()) {
                readCheckFailed(QStringLiteral("confirmSeries"),
                                QStringLiteral("bookings without a series id"));
            }
        },
        unknown);
}

void SoakClient::cancelSeries() {
    if (m_series.isEmpty()) {
        cancel();
        return;
    }
    const qint64 seriesId = m_series.takeAt(m_random.bounded(int(m_series.size())));
    QSet<qint64> mine;
    for (qsizetype i = m_live.size() - 1; i >= 0; --i)
        if (m_live.at(i).seriesId == seriesId)
            mine.insert(m_live.takeAt(i).id);
    SoakLedger *ledger = m_setup->ledger;
    send(
        QStringLiteral("cancelSeries"), {{QStringLiteral("seriesId"), seriesId}},
        [this, ledger, seriesId, mine](const BenchReply &reply) {
            if (!reply.ok) {
                ledger->seriesCancelUnknown(seriesId);
                return;
            }
            const QJsonArray bookings = reply.body.value(QStringLiteral("bookings")).toArray();
            for (const QJsonValue &value : bookings) {
                ++m_setup->stats->cancellationsAcked;
                ledger->canceled(value.toObject().value(QStringLiteral("id")).toInteger());
            }
            // Every date of the series this client still held must be among those canceled.
            const QSet<qint64> canceled = idsOf(bookings);
            for (qint64 id : mine)
                if (!canceled.contains(id))
                    readCheckFailed(QStringLiteral("cancelSeries"),
                                    QStringLiteral("series %1: booking %2 was not canceled")
                                        .arg(seriesId)
                                        .arg(id));
        },
        [ledger, seriesId] { ledger->seriesCancelUnknown(seriesId); });
}

void SoakClient::search() {
    const auto [start, end] = m_setup->plan.randomInterval(m_random, false);
    QJsonObject params = SoakPlan::interval(start, end);
    params.insert(QStringLiteral("minCapacity"), m_random.bounded(2) == 0 ? 0 : 20);
    send(QStringLiteral("searchRooms"), params,
         [this, start = start, end = end](const BenchReply &reply) {
             if (!reply.ok)
                 return;
             // A room this client holds for an overlapping interval is not free.
             const QSet<qint64> free = idsOf(reply.body.value(QStringLiteral("rooms")).toArray());
             for (const Live &live : std::as_const(m_live))
                 if (overlaps(live.start, live.end, start, end) && free.contains(live.roomId))
                     readCheckFailed(
                         QStringLiteral("searchRooms"),
                         QStringLiteral("room %1 offered as free for %2-%3 while booking "
                                        "%4 holds it")
                             .arg(live.roomId)
                             .arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate))
                             .arg(live.id));
         });
}

void SoakClient::listDay() {
    const QDate date = m_setup->plan.randomDay(m_random);
    const QDateTime from(date, QTime(0, 0));
    const QDateTime to(date.addDays(1), QTime(0, 0));
    QJsonObject params = SoakPlan::span(from, to);
    const qint64 roomId = m_random.bounded(2) == 0 ? m_setup->plan.randomRoom(m_random) : 0;
    if (roomId > 0)
        params.insert(QStringLiteral("roomId"), roomId);
    send(QStringLiteral("listBookings"), params, [this, from, to, roomId](const BenchReply &reply) {
        if (!reply.ok || reply.body.value(QStringLiteral("more")).toBool())
            return;
        const QSet<qint64> listed = idsOf(reply.body.value(QStringLiteral("bookings")).toArray());
        for (const Live &live : std::as_const(m_live))
            if (overlaps(live.start, live.end, from, to) &&
                (roomId == 0 || live.roomId == roomId) && !listed.contains(live.id))
                readCheckFailed(QStringLiteral("listBookings"),
                                QStringLiteral("booking %1 missing from the listing of %2")
                                    .arg(live.id)
                                    .arg(from.date().toString(Qt::ISODate)));
    });
}

void SoakClient::listMine() {
    send(QStringLiteral("myBookings"),
         SoakPlan::span(m_setup->plan.windowStart(), m_setup->plan.windowEnd()),
         [this](const BenchReply &reply) {
             if (!reply.ok || reply.body.value(QStringLiteral("more")).toBool())
                 return;
             const QSet<qint64> listed =
                 idsOf(reply.body.value(QStringLiteral("bookings")).toArray());
             for (const Live &live : std::as_const(m_live))
                 if (!listed.contains(live.id))
                     readCheckFailed(QStringLiteral("myBookings"),
                                     QStringLiteral("booking %1 missing").arg(live.id));
         });
}

void SoakClient::preview() {
    const qint64 roomId = m_setup->plan.randomRoom(m_random);
    const auto [start, end] = m_setup->plan.randomInterval(m_random, true);
    QJsonObject params = SoakPlan::interval(start, end);
    params.insert(QStringLiteral("roomId"), roomId);
    params.insert(
        QStringLiteral("repeat"),
        QJsonObject{{QStringLiteral("every"), QStringLiteral("week")},
                    {QStringLiteral("until"), start.date().addDays(21).toString(Qt::ISODate)}});
    send(QStringLiteral("previewSeries"), params, [](const BenchReply &) {});
}
