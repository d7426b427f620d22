// SPDX-License-Identifier: GPL-3.0-or-later

#include "PeerClient.h"

#include "BenchClock.h"
#include "FrameScan.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace {
QByteArray query(const QJsonObject &params, const QStringList &keys) {
    QByteArray text;
    for (const QString &key : keys) {
        if (!params.contains(key))
            continue;
        const QJsonValue value = params.value(key);
        text += (text.isEmpty() ? "?" : "&") + key.toLatin1() + '=' +
                QUrl::toPercentEncoding(value.isDouble() ? QString::number(value.toInteger())
                                                         : value.toString());
    }
    return text;
}

BenchReply failure(const QString &code, const QString &message, qint64 sentNs) {
    BenchReply reply;
    reply.code = code;
    reply.message = message;
    reply.sentNs = sentNs;
    reply.receivedNs = BenchClock::nowNs();
    return reply;
}
} // namespace

PeerClient::PeerClient(const QUrl &url, QObject *parent)
    : BenchClient(parent), m_url(url), m_http(url.host(), quint16(url.port(80)), this) {
    connect(&m_http, &HttpClient::connected, this, [this] {
        if (!m_opened) {
            m_opened = true;
            emit opened();
        }
    });
    connect(&m_http, &HttpClient::failed, this, [this](const QString &reason) {
        if (!m_opened)
            emit failed(reason);
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &PeerClient::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_joined) {
            const ReplyHandler joined = std::exchange(m_joined, {});
            joined(
                failure(QStringLiteral("SOCKETIO_FAILED"), m_socket.errorString(), m_joinSentNs));
        } else if (!m_closing) {
            emit disconnected();
        }
    });
}

void PeerClient::open() {
    m_http.open();
}

void PeerClient::close() {
    m_closing = true;
    m_http.abort();
    m_socket.abort();
}

void PeerClient::login(const QString &username, const QString &password,
                       const ReplyHandler &handler) {
    http("POST", "/api/login",
         {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}},
         [this, handler](const BenchReply &reply) {
             if (!reply.ok) {
                 handler(reply);
                 return;
             }
             joinEvents(reply.body.value(QStringLiteral("token")).toString(), handler);
         });
}

void PeerClient::resume(const QString &token, const ReplyHandler &handler) {
    joinEvents(token, handler);
}

void PeerClient::joinEvents(const QString &token, const ReplyHandler &handler) {
    m_token = token;
    m_joined = handler;
    m_joinSentNs = BenchClock::nowNs();
    QUrl url = m_url;
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                         : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/socket.io/"));
    url.setQuery(QStringLiteral("EIO=4&transport=websocket"));
    m_socket.open(url);
}

void PeerClient::onText(const QString &frame) {
    const qint64 receivedNs = BenchClock::nowNs();
    if (frame.startsWith(QLatin1String("42["))) {
        const qsizetype open = frame.indexOf(u'"');
        const qsizetype close = open < 0 ? -1 : frame.indexOf(u'"', open + 1);
        if (close < 0)
            return;
        const BenchEvent event =
            benchEventFromName(QStringView(frame).mid(open + 1, close - open - 1));
        const qint64 bookingId = matchBookingIds() && event == BenchEvent::BookingCreated
                                     ? FrameScan::bookingId(frame)
                                     : 0;
        deliverEvent(event, bookingId, receivedNs);
    } else if (frame == QLatin1String("2")) {
        m_socket.sendTextMessage(QStringLiteral("3")); // Engine.IO ping → pong
    } else if (frame.startsWith(u'0')) {
        // Engine.IO open: join the default namespace with the session token.
        m_socket.sendTextMessage(
            QStringLiteral("40") +
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("token"), m_token}})
                                  .toJson(QJsonDocument::Compact)));
    } else if (frame.startsWith(QLatin1String("40")) && m_joined) {
        BenchReply reply;
        reply.ok = true;
        reply.sentNs = m_joinSentNs;
        reply.receivedNs = receivedNs;
        reply.body = {{QStringLiteral("token"), m_token}};
        std::exchange(m_joined, {})(reply);
    } else if (frame.startsWith(QLatin1String("44")) && m_joined) {
        std::exchange(m_joined, {})(failure(QStringLiteral("AUTH_FAILED"), frame, m_joinSentNs));
    }
}

void PeerClient::http(const QByteArray &method, const QByteArray &target, const QJsonObject &body,
                      const ReplyHandler &handler) {
    const qint64 sentNs = BenchClock::nowNs();
    const QByteArray headers =
        m_token.isEmpty() ? QByteArray() : "Authorization: Bearer " + m_token.toLatin1() + "\r\n";
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_http.send(method, target, headers, payload,
                [handler, sentNs](const HttpClient::Response &response) {
                    if (response.status == 0) {
                        handler(failure(QStringLiteral("HTTP_FAILED"), response.error, sentNs));
                        return;
                    }
                    BenchReply reply;
                    reply.sentNs = sentNs;
                    reply.receivedNs = BenchClock::nowNs();
                    reply.body = QJsonDocument::fromJson(response.body).object();
                    reply.ok = response.status >= 200 && response.status < 300;
                    if (!reply.ok) {
                        reply.code = reply.body.value(QStringLiteral("code"))
                                         .toString(QStringLiteral("HTTP_%1").arg(response.status));
                        reply.message = reply.body.value(QStringLiteral("message")).toString();
                    }
                    reply.bookingId = reply.body.value(QStringLiteral("booking"))
                                          .toObject()
                                          .value(QStringLiteral("id"))
                                          .toInteger();
                    handler(reply);
                });
}

void PeerClient::request(const QString &type, const QJsonObject &params,
                         const ReplyHandler &handler) {
    if (type == QLatin1String("confirmBooking")) {
        http("POST", "/api/room-bookings", params, handler);
    } else if (type == QLatin1String("cancelBooking")) {
        http("DELETE",
             "/api/room-bookings/" +
                 QByteArray::number(params.value(QStringLiteral("bookingId")).toInteger()),
             {}, handler);
    } else if (type == QLatin1String("searchRooms")) {
        http("GET",
             "/api/rooms/search" + query(params, {QStringLiteral("start"), QStringLiteral("end"),
                                                  QStringLiteral("minCapacity")}),
             {}, handler);
    } else if (type == QLatin1String("listBookings")) {
        http("GET", "/api/bookings" + query(params, {QStringLiteral("from"), QStringLiteral("to")}),
             {}, handler);
    } else if (type == QLatin1String("myBookings")) {
        http("GET",
             "/api/my-bookings" + query(params, {QStringLiteral("from"), QStringLiteral("to")}), {},
             handler);
    } else if (type == QLatin1String("listRooms")) {
        http("GET", "/api/rooms", {}, handler);
    } else {
        handler(failure(QStringLiteral("UNSUPPORTED"),
                        QStringLiteral("the web design has no %1").arg(type), BenchClock::nowNs()));
    }
}
