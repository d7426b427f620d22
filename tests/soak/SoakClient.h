// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BenchReply.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <functional>

class RoomClaimClient;
struct SoakSetup;

// One simulated teacher's window during the soak: it connects to a random instance, logs in
// (or resumes the teacher's session), then does one thing after another at random with a think
// time between, keeping the bookings and series it was told it made. When the connection goes
// away, or an answer does not come in time, the request in flight has an unknown outcome (the
// ledger says so), and the client reconnects after a short back-off and carries on. Lives on the
// main thread.
class SoakClient : public QObject {
    Q_OBJECT
public:
    SoakClient(int index, QString username, const SoakSetup *setup, quint32 seed,
               QObject *parent = nullptr);

    void start();
    // No new requests; the one in flight may still be answered.
    void stop();
    // At the very end: whatever is still in flight has an unknown outcome; closes.
    void abandon();
    bool busy() const { return m_inFlight; }
    bool loggedIn() const { return m_ready; }
    // When this client last got a correct answer (a success or a conflict), ms since the epoch.
    qint64 lastAnswerMs() const { return m_lastAnswerMs; }

private:
    struct Live {
        qint64 id = 0;
        qint64 roomId = 0;
        QDateTime start, end;
        qint64 seriesId = 0;
    };
    using ReplyHandler = std::function<void(const BenchReply &)>;

    void connectNow();
    void authenticate(bool mayResume);
    void becomeReady();
    void connectionLost(const QString &code, const QString &why);
    void dropConnection();
    void scheduleReconnect();
    void scheduleNext();
    void after(int ms, std::function<void()> action);
    void next();
    // onUnknown runs when the answer never comes (the connection went away first).
    void send(const QString &type, const QJsonObject &params, const ReplyHandler &onReply,
              const std::function<void()> &onUnknown = {});
    int minute() const;
    static Live liveFrom(const QJsonObject &booking, qint64 seriesId);
    void readCheckFailed(const QString &kind, const QString &message);

    void book();
    void cancel();
    void bookSeries();
    void cancelSeries();
    void search();
    void listDay();
    void listMine();
    void preview();

    int m_index;
    QString m_username;
    const SoakSetup *m_setup;
    QRandomGenerator m_random;
    RoomClaimClient *m_connection = nullptr;
    int m_generation = 0;
    bool m_opened = false;
    bool m_ready = false;
    bool m_stopping = false;
    bool m_inFlight = false;
    qint64 m_sequence = 0;
    QString m_inFlightType;
    std::function<void()> m_onUnknown;
    QTimer m_nextTimer; // think time, back-off: then m_nextAction
    std::function<void()> m_nextAction;
    QTimer m_answerTimer; // the request in flight, or the login, must be answered in time
    int m_failures = 0;   // consecutive failed attempts to connect and log in: the back-off
    qint64 m_churnAtMs = 0;
    qint64 m_lastAnswerMs = 0;
    QList<Live> m_live;
    QList<qint64> m_series;
};
