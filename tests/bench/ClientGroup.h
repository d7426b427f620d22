// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BenchClient.h"
#include "StageStats.h"

#include <QObject>
#include <QRandomGenerator>
#include <deque>
#include <functional>
#include <vector>

struct StageContext;
class TokenCache;

// The clients one driver thread serves, and the workload each of them runs. Lives on its own
// thread; every method runs there (the stage runner calls them through queued invocations).
class ClientGroup : public QObject {
    Q_OBJECT
public:
    using ClientFactory = std::function<BenchClient *(QObject *parent)>;

    ClientGroup(StageContext *context, ClientFactory factory, TokenCache *tokens, QString password,
                quint32 seed);

    // index: the client's number in the stage; it logs in as `username`. booker: the fanout
    // workload's only booking client.
    void addMember(int index, const QString &username, bool booker);
    // Connects and logs in the members whose index is in [from, to).
    void connectMembers(int from, int to);
    void start();
    // hot: every member of this group confirms the same slot now (after the think time).
    void startHotRound(qint64 slot);
    StageStats takeStats();
    void closeAll();

private:
    struct Member {
        BenchClient *client = nullptr;
        int index = 0;
        QString username;
        bool booker = false;
        bool ready = false;
        bool passwordLogin = false; // counted in m_passwordLogins while it logs in
        int step = 0;               // mixed: where in its cycle of requests the client is
        int cycle = 0;
        qint64 lastBooking = 0; // mixed: the booking to cancel
        qint64 lastSlot = 0;
    };

    void openNext();
    void authenticate(size_t m, bool mayResume);
    void becomeReady(size_t m);
    void settled(size_t m);
    void setupFailed(size_t m, const QString &code, const QString &message);
    void onEvent(size_t m, BenchEvent event, qint64 bookingId, qint64 atNs);

    // Sends a request unless the stage is stopping; false when it did not.
    bool send(size_t m, const QString &type, const QJsonObject &params,
              const std::function<void(const BenchReply &)> &then);
    void afterThink(size_t m, const std::function<void()> &next);
    int thinkDelayMs();
    void nextSpread(size_t m);
    void nextMixed(size_t m);
    void hotReplied(const BenchReply &reply);

    StageContext *m_context;
    ClientFactory m_factory;
    TokenCache *m_tokens;
    QString m_password;
    QRandomGenerator m_random;
    std::vector<Member> m_members;
    std::deque<size_t> m_toOpen;
    int m_opening = 0;
    int m_passwordLogins = 0;
    StageStats m_stats;
};
