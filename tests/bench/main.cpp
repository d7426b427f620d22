// roomclaim-bench: round-trip and event-latency figures of a real server on a real database.
// It prints numbers and asserts nothing about speed; it fails only when a request fails.

#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {
int fail(const QString &message) {
    std::fprintf(stderr, "roomclaim-bench: %s\n", qPrintable(message));
    return 1;
}

QString compact(const QJsonObject &frame) {
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

void printFigures(const char *label, QList<double> values) {
    if (values.isEmpty()) {
        std::printf("%s: no samples\n", label);
        return;
    }
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (double value : std::as_const(values))
        sum += value;
    auto percentile = [&](double p) {
        const qsizetype index = qsizetype(std::ceil(p * double(values.size()))) - 1;
        return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
    };
    std::printf("%s: n=%lld mean=%.2f ms p50=%.2f ms p95=%.2f ms max=%.2f ms\n", label,
                static_cast<long long>(values.size()), sum / double(values.size()),
                percentile(0.50), percentile(0.95), values.last());
}

// Peak resident set size of a process, from the kernel's own bookkeeping.
QString peakRss(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    static const QRegularExpression hwm(QStringLiteral("^VmHWM:\\s*(.+)$"),
                                        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : QStringLiteral("unknown");
}

QJsonObject interval(const QDateTime &start, int minutes) {
    return {{QStringLiteral("start"), Rfc3339::formatLocal(start)},
            {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(qint64(minutes) * 60))}};
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("RoomClaim round-trip and event-latency figures"));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("n"),
                                         QStringLiteral("Requests of each kind (default 200)."),
                                         QStringLiteral("N"), QStringLiteral("200"));
    parser.addOption(countOption);
    parser.process(app);
    bool valid = false;
    const int count = parser.value(countOption).toInt(&valid);
    if (!valid || count < 1)
        return fail(QStringLiteral("--n must be a positive number"));

    TestDatabase db;
    if (!db.isValid())
        return fail(db.error());
    ServerProcess server;
    if (!server.start(db.url(), {QStringLiteral("--demo")}))
        return fail(server.error());

    TestClient a, b;
    if (!a.open(server.url()) || !b.open(server.url()))
        return fail(QStringLiteral("cannot connect to the server"));
    const QJsonObject loginA = a.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    const QJsonObject loginB = b.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    if (!loginA.value(QStringLiteral("ok")).toBool() ||
        !loginB.value(QStringLiteral("ok")).toBool())
        return fail(QStringLiteral("login failed: ") + compact(loginA) + compact(loginB));
    const QJsonArray rooms =
        a.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray();
    if (rooms.isEmpty())
        return fail(QStringLiteral("the demo school has no rooms"));

    // Bookings: sequential round trips on distinct, far-future intervals spread over the rooms.
    const QDateTime base(QDate(2033, 1, 10), QTime(8, 0));
    QList<double> bookingMs;
    QHash<qint64, qint64> replyAtMs; // booking id -> when A had its reply
    for (int i = 0; i < count; ++i) {
        QJsonObject params = interval(base.addSecs(qint64(i / rooms.size()) * 3600), 45);
        params.insert(QStringLiteral("roomId"),
                      rooms.at(i % rooms.size()).toObject().value(QStringLiteral("id")));
        params.insert(QStringLiteral("purpose"), QStringLiteral("bench"));
        QElapsedTimer timer;
        timer.start();
        const qint64 id = a.send(QStringLiteral("confirmBooking"), params);
        const QJsonObject reply = a.waitForReply(id, 30000);
        bookingMs << double(timer.nsecsElapsed()) / 1e6;
        if (!reply.value(QStringLiteral("ok")).toBool())
            return fail(QStringLiteral("booking %1 failed: %2").arg(i).arg(compact(reply)));
        replyAtMs.insert(reply.value(QStringLiteral("booking"))
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toInteger(),
                         a.replyTimeMs(id));
    }

    QList<double> searchMs;
    for (int i = 0; i < count; ++i) {
        QJsonObject params = interval(base.addSecs(qint64(i % 40) * 1800), 50);
        params.insert(QStringLiteral("minCapacity"), 20);
        QElapsedTimer timer;
        timer.start();
        const QJsonObject reply = a.request(QStringLiteral("searchRooms"), params, 30000);
        searchMs << double(timer.nsecsElapsed()) / 1e6;
        if (!reply.value(QStringLiteral("ok")).toBool())
            return fail(QStringLiteral("search %1 failed: %2").arg(i).arg(compact(reply)));
    }

    // Event latency: from A's reply to B's bookingCreated for the same booking.
    QList<double> eventMs;
    for (int i = 0; i < count; ++i) {
        if (b.waitForEvent(QStringLiteral("bookingCreated"), 10000).isEmpty())
            return fail(
                QStringLiteral("B heard only %1 of %2 bookingCreated events").arg(i).arg(count));
    }
    for (const TestClient::Event &event : b.events()) {
        if (event.frame.value(QStringLiteral("event")).toString() !=
            QLatin1String("bookingCreated"))
            continue;
        const qint64 bookingId = event.frame.value(QStringLiteral("booking"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toInteger();
        if (replyAtMs.contains(bookingId))
            eventMs << double(event.receivedAtMs - replyAtMs.value(bookingId));
    }

    std::printf("roomclaim-bench against %s, %d requests of each kind\n", qPrintable(server.url()),
                count);
    printFigures("booking round trip", bookingMs);
    printFigures("searchRooms round trip", searchMs);
    printFigures("event latency (B bookingCreated minus A reply, signed, 1 ms resolution)",
                 eventMs);
    std::printf("server peak RSS (VmHWM): %s\n", qPrintable(peakRss(server.processId())));
    std::fflush(stdout);
    if (eventMs.size() != count)
        return fail(
            QStringLiteral("matched %1 of %2 events to bookings").arg(eventMs.size()).arg(count));
    return 0;
}
