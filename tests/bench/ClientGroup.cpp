// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClientGroup.h"

#include "BenchClock.h"
#include "StageContext.h"
#include "TokenCache.h"

#include <QDate>
#include <QTimer>

namespace {
// Handshakes and logins one thread keeps going at once: enough to connect thousands of clients
// in seconds, few enough not to overflow the server's listen backlog.
constexpr int MaxOpening = 32;
// Password logins one thread has waiting at once. The server checks passwords on two threads
// (Argon2id, ~70 ms each, longer on a busy machine) and closes a connection that has not
// logged in within 15 s, so connections wait for their turn here, not at the server.
constexpr int MaxPasswordLogins = 4;

QString type(const char *name) {
    return QString::fromLatin1(name);
}
} // namespace

ClientGroup::ClientGroup(StageContext *context, ClientFactory factory, TokenCache *tokens,
                         QString password, quint32 seed)
    : m_context(context), m_factory(std::move(factory)), m_tokens(tokens),
      m_password(std::move(password)), m_random(seed) {}

void ClientGroup::addMember(int index, const QString &username, bool booker) {
    Member member;
    member.client = m_factory(this);
    member.index = index;
    member.username = username;
    member.booker = booker;
    const size_t m = m_members.size();
    connect(member.client, &BenchClient::opened, this, [this, m] { authenticate(m, true); });
    connect(member.client, &BenchClient::failed, this, [this, m](const QString &reason) {
        setupFailed(m, QStringLiteral("CONNECT_FAILED"), reason);
    });
    connect(member.client, &BenchClient::disconnected, this, [this, m] {
        Member &member = m_members[m];
        const bool wasReady = member.ready;
        member.ready = false;
        if (wasReady)
            m_stats.addError(QStringLiteral("DISCONNECTED"),
                             QStringLiteral("client %1 lost its connection").arg(member.index));
        else
            setupFailed(m, QStringLiteral("DISCONNECTED"),
                        QStringLiteral("closed while logging in"));
    });
    const bool listener = m_context->spec.workload == Workload::Fanout && !booker;
    member.client->setMatchBookingIds(listener);
    member.client->setEventHandler([this, m](BenchEvent event, qint64 bookingId, qint64 atNs) {
        onEvent(m, event, bookingId, atNs);
    });
    m_members.push_back(member);
}

void ClientGroup::connectMembers(int from, int to) {
    for (size_t m = 0; m < m_members.size(); ++m)
        if (m_members[m].index >= from && m_members[m].index < to)
            m_toOpen.push_back(m);
    openNext();
}

void ClientGroup::openNext() {
    while (m_opening < MaxOpening && !m_toOpen.empty()) {
        const size_t m = m_toOpen.front();
        const bool password = m_tokens->token(m_members[m].username).isEmpty();
        if (password && m_passwordLogins >= MaxPasswordLogins)
            return;
        m_toOpen.pop_front();
        ++m_opening;
        if (password) {
            m_members[m].passwordLogin = true;
            ++m_passwordLogins;
        }
        m_members[m].client->open();
    }
}

void ClientGroup::settled(size_t m) {
    if (m_members[m].passwordLogin) {
        m_members[m].passwordLogin = false;
        --m_passwordLogins;
    }
    --m_opening;
    openNext();
}

void ClientGroup::authenticate(size_t m, bool mayResume) {
    Member &member = m_members[m];
    const QString token = mayResume ? m_tokens->token(member.username) : QString();
    if (!token.isEmpty()) {
        member.client->resume(token, [this, m](const BenchReply &reply) {
            if (reply.ok)
                becomeReady(m);
            else if (reply.code == QLatin1String("AUTH_FAILED")) // expired: log in again
                authenticate(m, false);
            else
                setupFailed(m, reply.code, QStringLiteral("resume: ") + reply.message);
        });
        return;
    }
    member.client->login(member.username, m_password, [this, m](const BenchReply &reply) {
        if (!reply.ok) {
            setupFailed(
                m, reply.code,
                QStringLiteral("login as %1: %2").arg(m_members[m].username, reply.message));
            return;
        }
        m_tokens->store(m_members[m].username,
                        reply.body.value(QStringLiteral("token")).toString());
        becomeReady(m);
    });
}

void ClientGroup::becomeReady(size_t m) {
    m_members[m].ready = true;
    ++m_context->ready;
    settled(m);
}

void ClientGroup::setupFailed(size_t m, const QString &code, const QString &message) {
    m_stats.addError(code, QStringLiteral("client %1: %2").arg(m_members[m].index).arg(message));
    m_members[m].client->close();
    ++m_context->setupFailed;
    settled(m);
}

void ClientGroup::onEvent(size_t m, BenchEvent event, qint64 bookingId, qint64 atNs) {
    if (!m_context->started.load(std::memory_order_relaxed))
        return;
    ++m_stats.events[benchEventName(event)];
    if (event != BenchEvent::BookingCreated || bookingId <= 0 || m_members[m].booker ||
        m_context->spec.workload != Workload::Fanout)
        return;
    StageStats::Arrival &arrival = m_stats.arrivals[bookingId];
    arrival.lastNs = std::max(arrival.lastNs, atNs);
    ++arrival.listeners;
    ++m_context->fanoutArrivals;
}

bool ClientGroup::send(size_t m, const QString &requestType, const QJsonObject &params,
                       const std::function<void(const BenchReply &)> &then) {
    // Counted before looking at `stopping`: the runner sets `stopping` and then waits for
    // inFlight to reach 0, so one of the two always sees the other.
    ++m_context->inFlight;
    if (m_context->stopping || !m_members[m].ready) {
        --m_context->inFlight;
        return false;
    }
    m_members[m].client->request(
        requestType, params, [this, requestType, then](const BenchReply &reply) {
            m_stats.addReply(requestType, reply, m_context->measuredFromNs.load());
            then(reply);
            --m_context->inFlight;
        });
    return true;
}

int ClientGroup::thinkDelayMs() {
    const int think = m_context->spec.thinkMs;
    return think <= 0 ? 0 : think / 2 + int(m_random.bounded(quint32(think) + 1));
}

void ClientGroup::afterThink(size_t m, const std::function<void()> &next) {
    if (m_context->spec.thinkMs <= 0) {
        next();
        return;
    }
    // The pause is counted as in flight too, so the runner does not stop in the middle of it
    // without this client knowing.
    ++m_context->inFlight;
    QTimer::singleShot(thinkDelayMs(), this, [this, m, next] {
        if (m_members[m].ready)
            next();
        --m_context->inFlight;
    });
}

void ClientGroup::start() {
    const Workload workload = m_context->spec.workload;
    for (size_t m = 0; m < m_members.size(); ++m) {
        if (!m_members[m].ready)
            continue;
        // With a think time, clients start spread over one think time, not all at once.
        const int delay = m_context->spec.thinkMs > 0
                              ? int(m_random.bounded(quint32(m_context->spec.thinkMs) + 1))
                              : 0;
        std::function<void()> begin;
        if (workload == Workload::Spread || (workload == Workload::Fanout && m_members[m].booker))
            begin = [this, m] { nextSpread(m); };
        else if (workload == Workload::Mixed)
            begin = [this, m] { nextMixed(m); };
        else
            continue;
        ++m_context->inFlight;
        QTimer::singleShot(delay, this, [this, begin] {
            begin();
            --m_context->inFlight;
        });
    }
}

void ClientGroup::nextSpread(size_t m) {
    const qint64 slot = m_context->nextSlot->fetch_add(1);
    send(m, type("confirmBooking"), m_context->plan.bookingParams(slot),
         [this, m](const BenchReply &reply) {
             if (reply.ok && m_members[m].booker &&
                 reply.sentNs >= m_context->measuredFromNs.load())
                 m_stats.bookerReplyNs.insert(reply.bookingId, reply.receivedNs);
             afterThink(m, [this, m] { nextSpread(m); });
         });
}

void ClientGroup::nextMixed(size_t m) {
    Member &member = m_members[m];
    const auto continueWith = [this, m](const BenchReply &) {
        afterThink(m, [this, m] { nextMixed(m); });
    };
    const int step = member.step;
    member.step = (member.step + 1) % 5;
    switch (step) {
    case 0: { // what a teacher looking for a room does first
        const QDate date = m_context->plan.dateOf(member.lastSlot);
        QJsonObject params = SlotPlan::daytimeInterval(date, 8 + int(m_random.bounded(7)), 45);
        static const int capacities[] = {0, 20, 30};
        params.insert(QStringLiteral("minCapacity"), capacities[m_random.bounded(3)]);
        send(m, type("searchRooms"), params, continueWith);
        return;
    }
    case 1:
        member.lastSlot = m_context->nextSlot->fetch_add(1);
        send(m, type("confirmBooking"), m_context->plan.bookingParams(member.lastSlot),
             [this, m, continueWith](const BenchReply &reply) {
                 m_members[m].lastBooking = reply.ok ? reply.bookingId : 0;
                 continueWith(reply);
             });
        return;
    case 2: {
        const QDate date = m_context->plan.dateOf(member.lastSlot);
        QJsonObject params = SlotPlan::wholeDay(date);
        params.insert(QStringLiteral("to"),
                      SlotPlan::wholeDay(date.addDays(7)).value(QStringLiteral("from")));
        send(m, type("myBookings"), params, continueWith);
        return;
    }
    case 3: // the day grid: every booking of every room on that day (first page)
        send(m, type("listBookings"), SlotPlan::wholeDay(m_context->plan.dateOf(member.lastSlot)),
             continueWith);
        return;
    default:
        // Every other booking is canceled again, as plans change.
        if (++member.cycle % 2 == 0 && member.lastBooking > 0) {
            send(m, type("cancelBooking"), {{QStringLiteral("bookingId"), member.lastBooking}},
                 continueWith);
            member.lastBooking = 0;
        } else {
            nextMixed(m);
        }
        return;
    }
}

void ClientGroup::startHotRound(qint64 slot) {
    const int delay = m_context->spec.thinkMs;
    ++m_context->inFlight;
    QTimer::singleShot(delay, this, [this, slot] {
        const QJsonObject params = m_context->plan.bookingParams(slot);
        for (size_t m = 0; m < m_members.size(); ++m)
            if (m_members[m].ready)
                send(m, type("confirmBooking"), params,
                     [this](const BenchReply &reply) { hotReplied(reply); });
        --m_context->inFlight;
    });
}

void ClientGroup::hotReplied(const BenchReply &reply) {
    if (reply.ok)
        ++m_context->hotWins;
    if (++m_context->hotReplies < m_context->hotParticipants)
        return;
    // The last answer of the round: tally it and start the next one everywhere.
    if (reply.sentNs >= m_context->measuredFromNs.load()) {
        ++m_context->hotRounds;
        if (m_context->hotWins != 1)
            ++m_context->hotBadRounds;
    }
    m_context->hotReplies = 0;
    m_context->hotWins = 0;
    if (m_context->stopping)
        return;
    const qint64 slot = m_context->nextSlot->fetch_add(1);
    for (ClientGroup *group : std::as_const(m_context->groups))
        QMetaObject::invokeMethod(
            group, [group, slot] { group->startHotRound(slot); }, Qt::QueuedConnection);
}

StageStats ClientGroup::takeStats() {
    StageStats stats = std::move(m_stats);
    m_stats = StageStats();
    return stats;
}

void ClientGroup::closeAll() {
    for (Member &member : m_members) {
        member.ready = false;
        member.client->close();
        member.client->deleteLater();
    }
    m_members.clear();
}
