// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BenchClient.h"
#include "HttpClient.h"

#include <QUrl>
#include <QWebSocket>

// A teacher's connection to the web design (tests/bench/peer): requests as HTTP calls on one
// keep-alive connection, events over Socket.IO on its WebSocket transport (Engine.IO v4:
// the server opens with `0{…}`, the client joins the namespace with `40{"token":…}` and is
// answered `40{…}`, events arrive as `42["name",{…}]`, and the server's ping `2` is answered
// `3`). Request types are RoomClaim's, mapped to the design's REST routes.
class PeerClient : public BenchClient {
    Q_OBJECT
public:
    explicit PeerClient(const QUrl &url, QObject *parent = nullptr);

    void open() override;
    void close() override;
    void login(const QString &username, const QString &password,
               const ReplyHandler &handler) override;
    void resume(const QString &token, const ReplyHandler &handler) override;
    void request(const QString &type, const QJsonObject &params,
                 const ReplyHandler &handler) override;
    int pending() const override { return m_http.pending(); }

private:
    void http(const QByteArray &method, const QByteArray &target, const QJsonObject &body,
              const ReplyHandler &handler);
    // Joins Socket.IO with the token; handler hears when the namespace answered.
    void joinEvents(const QString &token, const ReplyHandler &handler);
    void onText(const QString &frame);

    QUrl m_url;
    HttpClient m_http;
    QWebSocket m_socket;
    QString m_token;
    ReplyHandler m_joined;
    qint64 m_joinSentNs = 0;
    bool m_opened = false;
    bool m_closing = false;
};
