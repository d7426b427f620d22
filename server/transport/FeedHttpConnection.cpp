// SPDX-License-Identifier: GPL-3.0-or-later

#include "FeedHttpConnection.h"

#include "Background.h"
#include "CalendarFeedService.h"
#include "FeedHttpServer.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThreadPool>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcFeed)

namespace {
constexpr int LingerQuietMs = 250;

// Wrong, reset and guessed secrets, and unknown paths, all get exactly this.
const QByteArray NotFoundBody = "Not found\n";

QByteArray reasonOf(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

qsizetype headEnd(const QByteArray &buffer, int *terminatorLength) {
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        *terminatorLength = 4;
        return crlf;
    }
    *terminatorLength = 2;
    return lf;
}

bool isToken(const QByteArray &text) {
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return token.match(QString::fromLatin1(text)).hasMatch();
}
} // namespace

FeedHttpConnection::FeedHttpConnection(QTcpSocket *socket, QThreadPool *workers,
                                       const QString &uidHost, QObject *parent)
    : QObject(parent), m_socket(socket), m_workers(workers), m_uidHost(uidHost) {
    m_socket->setParent(this);
    m_socket->setReadBufferSize(FeedHttpServer::MaxHeadBytes * 2);
    connect(m_socket, &QTcpSocket::readyRead, this, &FeedHttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &FeedHttpConnection::finish);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });
    // A client that is silent or slow gets a 408; one that then does not read it is cut off.
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_answered)
            respond(408, "text/plain; charset=utf-8", "Request timeout\n", false, {}, true);
        else
            finish();
    });
    m_deadline.start(FeedHttpServer::RequestTimeoutMs);
    m_lingerQuiet.setSingleShot(true);
    connect(&m_lingerQuiet, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void FeedHttpConnection::onReadyRead() {
    if (m_answered) {
        // After the request (or while lingering after the answer): drop what still arrives;
        // once answered, close when it goes quiet. The deadline bounds all of this.
        m_socket->readAll();
        if (m_responded)
            m_lingerQuiet.start(LingerQuietMs);
        return;
    }
    m_buffer += m_socket->read(FeedHttpServer::MaxHeadBytes + 4 - m_buffer.size());
    int terminator = 0;
    const qsizetype end = headEnd(m_buffer, &terminator);
    if (end >= 0 && end + terminator <= FeedHttpServer::MaxHeadBytes) {
        handleHead(m_buffer.left(end));
        return;
    }
    if (m_buffer.size() > FeedHttpServer::MaxHeadBytes) {
        // No line end within the limit: the request line (its URL) is too long; otherwise the
        // headers are.
        if (m_buffer.indexOf('\n') < 0)
            respond(414, "text/plain; charset=utf-8", "URI too long\n", false, {}, true);
        else
            respond(431, "text/plain; charset=utf-8", "Request headers too large\n", false, {},
                    true);
    }
}

void FeedHttpConnection::handleHead(const QByteArray &head) {
    const qsizetype lineEnd = head.indexOf('\n');
    const QByteArray requestLine = (lineEnd < 0 ? head : head.left(lineEnd)).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/') ||
        !parts.at(2).startsWith("HTTP/1.")) {
        respond(400, "text/plain; charset=utf-8", "Bad request\n", false, {}, true);
        return;
    }
    const QByteArray &method = parts.at(0);
    const bool headOnly = method == "HEAD";
    if (method != "GET" && !headOnly) {
        respond(405, "text/plain; charset=utf-8", "Method not allowed\n", false,
                "Allow: GET, HEAD\r\n", true);
        return;
    }
    const QByteArray &target = parts.at(1);
    const qsizetype query = target.indexOf('?');
    const QByteArray path = query < 0 ? target : target.left(query);
    static const QRegularExpression feedPath(QStringLiteral("^/feed/([A-Za-z0-9_-]{1,%1})\\.ics$")
                                                 .arg(CalendarFeedService::MaxSecretLength));
    const QRegularExpressionMatch match = feedPath.match(QString::fromLatin1(path));
    if (!match.hasMatch()) {
        respond(404, "text/plain; charset=utf-8", NotFoundBody, headOnly);
        return;
    }
    fetchFeed(match.captured(1), headOnly);
}

void FeedHttpConnection::fetchFeed(const QString &secret, bool headOnly) {
    m_answered = true; // nothing more is read as a request
    // A connection closed meanwhile gets nothing; the read has happened all the same.
    Background::run(
        m_workers, this,
        [secret, uidHost = m_uidHost] { return CalendarFeedService::calendar(secret, uidHost); },
        [this, headOnly](const Background::Result<std::optional<QByteArray>> &result) {
            std::optional<QByteArray> calendar;
            try {
                calendar = result.value();
            } catch (const std::exception &error) {
                // A DatabaseError, or anything else the read threw: the teacher's calendar
                // program simply tries again later.
                qCWarning(lcFeed).noquote() << "feed failed:" << error.what();
                respond(503, "text/plain; charset=utf-8",
                        "The calendar is unavailable; try again later\n", headOnly);
                return;
            }
            if (!calendar)
                respond(404, "text/plain; charset=utf-8", NotFoundBody, headOnly);
            else
                respond(200, "text/calendar; charset=utf-8", *calendar, headOnly,
                        "Cache-Control: private, no-cache\r\n"
                        "Content-Disposition: inline; filename=\"roomclaim.ics\"\r\n");
        });
}

void FeedHttpConnection::respond(int status, const QByteArray &contentType, const QByteArray &body,
                                 bool headOnly, const QByteArray &extraHeaders, bool linger) {
    m_answered = true;
    m_responded = true;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonOf(status) +
                          "\r\nContent-Type: " + contentType +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n" +
                          extraHeaders + "\r\n";
    if (!headOnly)
        response += body;
    m_socket->write(response);
    // The answer must go out in bounded time too; then the connection ends whatever happens.
    m_deadline.start(FeedHttpServer::RequestTimeoutMs);
    m_socket->readAll();
    if (linger)
        m_lingerQuiet.start(LingerQuietMs);
    else
        m_socket->disconnectFromHost();
}

void FeedHttpConnection::finish() {
    m_deadline.stop();
    m_lingerQuiet.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    deleteLater();
}
