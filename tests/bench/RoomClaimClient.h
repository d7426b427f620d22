// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BenchClient.h"

#include <QHash>
#include <QUrl>
#include <QWebSocket>

// A teacher's connection to a RoomClaim server: protocol v1 over one WebSocket.
class RoomClaimClient : public BenchClient {
    Q_OBJECT
public:
    explicit RoomClaimClient(const QUrl &url, QObject *parent = nullptr);

    void open() override;
    void close() override;
    void login(const QString &username, const QString &password,
               const ReplyHandler &handler) override;
    void resume(const QString &token, const ReplyHandler &handler) override;
    void request(const QString &type, const QJsonObject &params,
                 const ReplyHandler &handler) override;
    int pending() const override { return int(m_pending.size()); }

private:
    struct Pending {
        qint64 sentNs = 0;
        ReplyHandler handler;
    };
    void onText(const QString &frame);
    void onReply(qint64 id, const QString &frame, qint64 receivedNs);

    QUrl m_url;
    QWebSocket m_socket;
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    bool m_opened = false;
    bool m_failed = false;
};
