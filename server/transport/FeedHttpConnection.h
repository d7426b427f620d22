// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;
class QThreadPool;

// One connection to the calendar feed: reads one request head within the limits of
// FeedHttpServer, answers it, and closes. The feed itself is made on the worker pool (it reads
// the database), so a slow database never stalls the thread serving the WebSockets.
class FeedHttpConnection : public QObject {
    Q_OBJECT
public:
    FeedHttpConnection(QTcpSocket *socket, QThreadPool *workers, const QString &uidHost,
                       QObject *parent = nullptr);

private:
    void onReadyRead();
    void handleHead(const QByteArray &head);
    void fetchFeed(const QString &secret, bool headOnly);
    // Sends the response; lingering reads (and drops) what the client still sends, so that
    // closing does not reset the connection before the client has read the answer.
    void respond(int status, const QByteArray &contentType, const QByteArray &body,
                 bool headOnly = false, const QByteArray &extraHeaders = {}, bool linger = false);
    void finish();

    QTcpSocket *m_socket;
    QThreadPool *m_workers;
    QString m_uidHost;
    QByteArray m_buffer;
    QTimer m_deadline;
    QTimer m_lingerQuiet;
    bool m_answered = false;  // the request is read; nothing more is taken as a request
    bool m_responded = false; // the response is on its way
};
