// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoomClaimClient.h"

#include "BenchClock.h"
#include "FrameScan.h"

#include <QJsonDocument>

RoomClaimClient::RoomClaimClient(const QUrl &url, QObject *parent)
    : BenchClient(parent), m_url(url) {
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_opened = true;
        emit opened();
    });
    // A connection that never opened fails once, whether Qt reports an error, a close or both.
    auto failOnce = [this] {
        if (m_failed)
            return;
        m_failed = true;
        emit failed(m_socket.errorString());
    };
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, failOnce] {
                if (!m_opened)
                    failOnce();
            });
    connect(&m_socket, &QWebSocket::disconnected, this, [this, failOnce] {
        if (m_opened)
            emit disconnected();
        else
            failOnce();
        m_opened = false;
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RoomClaimClient::onText);
}

void RoomClaimClient::open() {
    m_socket.open(m_url);
}

void RoomClaimClient::close() {
    m_opened = false;
    m_failed = true; // closing on purpose is no failure
    m_socket.abort();
}

void RoomClaimClient::login(const QString &username, const QString &password,
                            const ReplyHandler &handler) {
    request(QStringLiteral("login"),
            {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}},
            handler);
}

void RoomClaimClient::resume(const QString &token, const ReplyHandler &handler) {
    request(QStringLiteral("resume"), {{QStringLiteral("token"), token}}, handler);
}

void RoomClaimClient::request(const QString &type, const QJsonObject &params,
                              const ReplyHandler &handler) {
    const qint64 id = m_nextId++;
    QJsonObject frame = params;
    frame.insert(QStringLiteral("id"), id);
    frame.insert(QStringLiteral("type"), type);
    const QString text = QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    m_pending.insert(id, {BenchClock::nowNs(), handler});
    m_socket.sendTextMessage(text);
}

void RoomClaimClient::onText(const QString &frame) {
    const qint64 receivedNs = BenchClock::nowNs();
    // Replies carry "re"; events carry "event" and never "re".
    const qint64 re = FrameScan::number(frame, QLatin1String("\"re\":"));
    if (re > 0) {
        onReply(re, frame, receivedNs);
        return;
    }
    const QStringView name = FrameScan::string(frame, QLatin1String("\"event\":"));
    if (name.isEmpty())
        return; // e.g. {"re": null, …}: nothing the driver sent goes unanswered that way
    const BenchEvent event = benchEventFromName(name);
    const qint64 bookingId =
        matchBookingIds() && event == BenchEvent::BookingCreated ? FrameScan::bookingId(frame) : 0;
    deliverEvent(event, bookingId, receivedNs);
}

void RoomClaimClient::onReply(qint64 id, const QString &frame, qint64 receivedNs) {
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    BenchReply reply;
    reply.sentNs = pending.sentNs;
    reply.receivedNs = receivedNs;
    reply.body = QJsonDocument::fromJson(frame.toUtf8()).object();
    reply.ok = reply.body.value(QStringLiteral("ok")).toBool();
    if (!reply.ok) {
        reply.code = reply.body.value(QStringLiteral("code")).toString(QStringLiteral("NO_CODE"));
        reply.message = reply.body.value(QStringLiteral("message")).toString();
    }
    reply.bookingId = reply.body.value(QStringLiteral("booking"))
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    if (pending.handler)
        pending.handler(reply);
}
