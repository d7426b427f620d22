// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BenchEvent.h"
#include "BenchReply.h"

#include <QObject>
#include <functional>

// One simulated teacher's connection. Subclasses speak one backend's protocol (RoomClaim's
// WebSocket protocol, or the web design's HTTP + Socket.IO); the workloads only see requests by
// their RoomClaim type name, replies and events. Lives and is used on one thread.
class BenchClient : public QObject {
    Q_OBJECT
public:
    using ReplyHandler = std::function<void(const BenchReply &)>;
    // kind, the booking's id (bookingCreated only, when matching is on), arrival time.
    using EventHandler = std::function<void(BenchEvent, qint64, qint64)>;

    using QObject::QObject;

    // Connects; emits opened() or failed().
    virtual void open() = 0;
    virtual void close() = 0;
    // Logs in with a password; the reply's body carries "token" on success.
    virtual void login(const QString &username, const QString &password,
                       const ReplyHandler &handler) = 0;
    // Logs in with a token an earlier login handed out (cheap: no password hash).
    virtual void resume(const QString &token, const ReplyHandler &handler) = 0;
    // A request by its RoomClaim protocol type (confirmBooking, searchRooms, …).
    virtual void request(const QString &type, const QJsonObject &params,
                         const ReplyHandler &handler) = 0;
    // Requests sent and not answered yet.
    virtual int pending() const = 0;

    void setEventHandler(EventHandler handler) { m_eventHandler = std::move(handler); }
    // Whether events need their booking id (costs a scan of each frame).
    void setMatchBookingIds(bool match) { m_matchBookingIds = match; }

signals:
    void opened();
    void failed(const QString &reason);
    // The connection went away after it had opened.
    void disconnected();

protected:
    void deliverEvent(BenchEvent event, qint64 bookingId, qint64 atNs) {
        if (m_eventHandler)
            m_eventHandler(event, bookingId, atNs);
    }
    bool matchBookingIds() const { return m_matchBookingIds; }

private:
    EventHandler m_eventHandler;
    bool m_matchBookingIds = false;
};
