// SPDX-License-Identifier: GPL-3.0-or-later

#include "StageRunner.h"

#include "BenchClock.h"
#include "StageContext.h"

#include <QCoreApplication>
#include <QThread>
#include <memory>

namespace {
// Runs `done` checks every few milliseconds until it holds or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs) {
    const qint64 deadline = BenchClock::nowNs() + qint64(timeoutMs) * 1000000;
    while (!done()) {
        if (BenchClock::nowNs() > deadline)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(5);
    }
    return true;
}

void sleepMs(int ms) {
    waitUntil([] { return false; }, ms);
}

template <typename F> void onGroupThread(ClientGroup *group, F &&call) {
    QMetaObject::invokeMethod(group, std::forward<F>(call), Qt::BlockingQueuedConnection);
}

template <typename F> void postToGroup(ClientGroup *group, F &&call) {
    QMetaObject::invokeMethod(group, std::forward<F>(call), Qt::QueuedConnection);
}
} // namespace

StageResult StageRunner::run(const StageSpec &spec) {
    StageResult result;
    result.spec = spec;
    auto context = std::make_unique<StageContext>();
    context->spec = spec;
    context->plan = m_setup.plan;
    context->nextSlot = m_setup.nextSlot;

    // fanout: client 0 books, on a thread of its own so that listeners' events never delay
    // the moment its reply is seen; the listeners share the other threads.
    const bool fanout = spec.workload == Workload::Fanout;
    const int total = spec.clients + (fanout ? 1 : 0);
    const int threadCount = std::max(1, std::min(spec.threads, spec.clients)) + (fanout ? 1 : 0);
    QList<QThread *> threads;
    for (int t = 0; t < threadCount; ++t) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("bench-%1").arg(t));
        auto *group = new ClientGroup(context.get(), m_setup.factory, m_setup.tokens,
                                      m_setup.password, quint32(1000 + t));
        group->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, group, &QObject::deleteLater);
        thread->start();
        threads << thread;
        context->groups << group;
    }
    const int teachers = std::max(1, spec.teachers);
    for (int t = 0; t < threadCount; ++t) {
        ClientGroup *group = context->groups.at(t);
        onGroupThread(group, [&, t, group] {
            for (int i = 0; i < total; ++i) {
                const int owner =
                    fanout ? (i == 0 ? 0 : 1 + (i - 1) % (threadCount - 1)) : i % threadCount;
                if (owner == t)
                    group->addMember(i, m_setup.userFormat.arg(i % teachers + 1), fanout && i == 0);
            }
        });
    }

    const ProcessUsage serverIdle = ProcessUsage::sum(m_setup.serverPids);
    // The first connection of each teacher logs in with the password; the others resume.
    const int firstPass = std::min(total, teachers);
    const auto connectRange = [&](int from, int to) {
        for (ClientGroup *group : std::as_const(context->groups))
            postToGroup(group, [group, from, to] { group->connectMembers(from, to); });
        waitUntil([&] { return context->ready + context->setupFailed >= to; }, 60000 + to * 20);
    };
    connectRange(0, firstPass);
    if (total > firstPass)
        connectRange(firstPass, total);
    result.connected = context->ready;
    result.setupFailed = context->setupFailed;
    result.listeners = fanout ? std::max(0, result.connected - 1) : 0;

    // CPU is counted from here: the logins before (Argon2id) are not the workload's.
    result.serverIdle = serverIdle;
    result.serverBefore = ProcessUsage::sum(m_setup.serverPids);
    result.driverBefore = ProcessUsage::self();
    double busyBefore = 0, totalBefore = 0;
    ProcessUsage::machineCpu(&busyBefore, &totalBefore);
    const qint64 startNs = BenchClock::nowNs();
    context->measuredFromNs = startNs + qint64(spec.warmupMs) * 1000000;
    context->hotParticipants = result.connected;
    context->started = true;

    if (spec.workload == Workload::Idle) {
        sleepMs(spec.durationMs);
    } else {
        for (ClientGroup *group : std::as_const(context->groups))
            postToGroup(group, [group] { group->start(); });
        if (spec.workload == Workload::Hot && result.connected > 0) {
            const qint64 slot = context->nextSlot->fetch_add(1);
            for (ClientGroup *group : std::as_const(context->groups))
                postToGroup(group, [group, slot] { group->startHotRound(slot); });
        }
        sleepMs(spec.durationMs);
    }
    context->stopping = true;
    if (!waitUntil([&] { return context->inFlight == 0; }, 60000))
        result.unanswered = context->inFlight;
    if (fanout) {
        // Events still on their way: wait until no more arrive for half a second.
        qint64 seen = -1;
        waitUntil(
            [&] {
                const qint64 now = context->fanoutArrivals;
                const bool quiet = now == seen;
                seen = now;
                return quiet;
            },
            10000);
        sleepMs(500);
    }
    const qint64 endNs = BenchClock::nowNs();
    result.serverAfter = ProcessUsage::sum(m_setup.serverPids);
    result.driverAfter = ProcessUsage::self();
    double busyAfter = 0, totalAfter = 0;
    ProcessUsage::machineCpu(&busyAfter, &totalAfter);
    result.machineBusySeconds = busyAfter - busyBefore;
    result.machineTotalSeconds = totalAfter - totalBefore;

    for (ClientGroup *group : std::as_const(context->groups)) {
        StageStats stats;
        onGroupThread(group, [&stats, group] { stats = group->takeStats(); });
        result.stats.merge(stats);
    }
    result.hotRounds = context->hotRounds;
    result.hotBadRounds = context->hotBadRounds;
    const qint64 measuredFrom = context->measuredFromNs;
    result.measuredSeconds = result.stats.lastReplyNs > measuredFrom
                                 ? double(result.stats.lastReplyNs - measuredFrom) / 1e9
                                 : 0;
    result.wallSeconds = double((fanout || spec.workload == Workload::Idle
                                     ? endNs
                                     : std::max(result.stats.lastReplyNs, startNs)) -
                                startNs) /
                         1e9;
    if (fanout) {
        for (auto it = result.stats.bookerReplyNs.begin(); it != result.stats.bookerReplyNs.end();
             ++it) {
            const StageStats::Arrival arrival = result.stats.arrivals.value(it.key());
            result.fanoutMissing += std::max(0, result.listeners - arrival.listeners);
            if (arrival.listeners > 0)
                result.fanout.add(BenchClock::msBetween(it.value(), arrival.lastNs));
        }
    }

    for (ClientGroup *group : std::as_const(context->groups))
        onGroupThread(group, [group] { group->closeAll(); });
    for (QThread *thread : std::as_const(threads)) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    // Let the server notice the closed connections before the next stage measures it.
    sleepMs(spec.clients > 1000 ? 2000 : 300);
    return result;
}
