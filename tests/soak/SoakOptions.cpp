// SPDX-License-Identifier: GPL-3.0-or-later

#include "SoakOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
const char *const Description = R"(The soak's load driver for RoomClaim.

N clients, logged in as M teachers (clients round robin), connect to the given server
instances and for the given time do what teachers do, at random: confirm bookings (random
rooms, days and intervals, so that they meet each other), cancel their own, confirm and cancel
weekly series, search rooms, list a day's bookings and their own. A client whose connection
goes away (a server restarted, a request without an answer) reconnects to a random instance,
resumes its session and carries on; every few minutes each client also reconnects on purpose.

Every acknowledged booking (its id, room and interval) and cancellation is written to the
ledger file as it happens, and so is every request whose outcome is unknown (its connection
went away before the answer): scripts/soak compares the ledger with the database afterwards.
While running, each client checks what it reads against what it was told: a room it holds
must not be offered as free by searchRooms, and its own bookings must appear in listBookings
and myBookings.

Prints progress every --report-seconds and at the end the operations by kind, conflicts,
errors by code, unknown outcomes, reconnections and read checks; --json writes the same.
Exit status 1 when a read check failed, a client was stuck at the end (no successful reply
in its last --stuck-seconds) or the driver could not start; conflicts and errors are figures.

Example: roomclaim-soak --url ws://127.0.0.1:57700/,ws://127.0.0.1:57701/ --clients 48 \
             --teachers 8 --seconds 600 --ledger ledger.txt --json soak.json)";

bool positive(const QString &text, int low, int high, int *value) {
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value >= low && *value <= high;
}
} // namespace

bool SoakOptions::parse(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(Description));
    parser.addHelpOption();
    const auto option = [](const char *name, const char *help, const char *value,
                           const char *fallback) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help),
                                  QString::fromLatin1(value), QString::fromLatin1(fallback));
    };
    const QCommandLineOption urlOption =
        option("url", "Server instances, ws://HOST:PORT/, comma-separated.", "URLS", "");
    const QCommandLineOption clientsOption = option("clients", "Clients. Default 48.", "N", "48");
    const QCommandLineOption teachersOption = option(
        "teachers", "Teacher accounts, soak1..soakM unless --user-format. Default 8.", "M", "8");
    const QCommandLineOption userOption =
        option("user-format", "Usernames, %1 being 1..M. Default soak%1.", "FORMAT", "soak%1");
    const QCommandLineOption passwordOption =
        option("password", "Every teacher's password. Default soak-password.", "PASSWORD",
               "soak-password");
    const QCommandLineOption secondsOption =
        option("seconds", "How long the clients run. Default 120.", "SECONDS", "120");
    const QCommandLineOption thinkOption =
        option("think-ms", "Pause between one client's requests, jittered ±50%. Default 400.", "MS",
               "400");
    const QCommandLineOption roomsOption =
        option("rooms", "Rooms booked (the first by id). Default 12.", "R", "12");
    const QCommandLineOption daysOption =
        option("days", "Days single bookings go to, from --base-date. Default 10.", "D", "10");
    const QCommandLineOption maxLiveOption = option(
        "max-live", "Live bookings a client keeps before it cancels. Default 12.", "N", "12");
    const QCommandLineOption churnOption =
        option("churn",
               "Each client reconnects on purpose after MIN to MAX seconds. Default "
               "60,240; 0 never.",
               "MIN,MAX", "60,240");
    const QCommandLineOption timeoutOption =
        option("request-timeout",
               "Seconds without an answer before a client gives up on its "
               "connection. Default 30.",
               "SECONDS", "30");
    const QCommandLineOption stuckOption =
        option("stuck-seconds",
               "A client without a successful reply in its last SECONDS is "
               "stuck. Default 45.",
               "SECONDS", "45");
    const QCommandLineOption reportOption =
        option("report-seconds", "Progress line every SECONDS. Default 60.", "SECONDS", "60");
    const QCommandLineOption baseDateOption = option(
        "base-date", "First day bookings go to (YYYY-MM-DD). Default: in two days.", "DATE", "");
    const QCommandLineOption ledgerOption =
        option("ledger", "Write acknowledged bookings and cancellations to FILE.", "FILE", "");
    const QCommandLineOption jsonOption =
        option("json", "Also write the figures to FILE as JSON.", "FILE", "");
    const QCommandLineOption seedOption = option("seed", "Random seed. Default 1.", "N", "1");
    parser.addOptions({urlOption, clientsOption, teachersOption, userOption, passwordOption,
                       secondsOption, thinkOption, roomsOption, daysOption, maxLiveOption,
                       churnOption, timeoutOption, stuckOption, reportOption, baseDateOption,
                       ledgerOption, jsonOption, seedOption});
    parser.process(app);

    for (const QString &text :
         parser.value(urlOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QUrl url(text.trimmed());
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")))
            return m_error = QStringLiteral("--url takes ws://HOST:PORT/ URLs, comma-separated"),
                   false;
        urls << url;
    }
    if (urls.isEmpty())
        return m_error = QStringLiteral("--url is required"), false;
    if (!positive(parser.value(clientsOption), 1, 5000, &clients))
        return m_error = QStringLiteral("--clients must be from 1 to 5000"), false;
    if (!positive(parser.value(teachersOption), 1, 1000, &teachers))
        return m_error = QStringLiteral("--teachers must be from 1 to 1000"), false;
    userFormat = parser.value(userOption);
    if (!userFormat.contains(QLatin1String("%1")))
        return m_error = QStringLiteral("--user-format must contain %1"), false;
    password = parser.value(passwordOption);
    if (!positive(parser.value(secondsOption), 1, 7 * 86400, &seconds))
        return m_error = QStringLiteral("--seconds must be a positive number"), false;
    if (!positive(parser.value(thinkOption), 0, 600000, &thinkMs))
        return m_error = QStringLiteral("--think-ms must be 0 or more"), false;
    if (!positive(parser.value(roomsOption), 1, 100000, &rooms))
        return m_error = QStringLiteral("--rooms must be a positive number"), false;
    if (!positive(parser.value(daysOption), 1, 300, &days))
        return m_error = QStringLiteral("--days must be from 1 to 300"), false;
    if (!positive(parser.value(maxLiveOption), 1, 10000, &maxLive))
        return m_error = QStringLiteral("--max-live must be a positive number"), false;
    const QStringList churn = parser.value(churnOption).split(QLatin1Char(','));
    if (churn.size() == 1 && churn.first().trimmed() == QLatin1String("0")) {
        churnMinSeconds = churnMaxSeconds = 0;
    } else if (churn.size() != 2 || !positive(churn.at(0), 1, 86400, &churnMinSeconds) ||
               !positive(churn.at(1), churnMinSeconds, 86400, &churnMaxSeconds)) {
        return m_error = QStringLiteral("--churn must be MIN,MAX seconds (MIN <= MAX) or 0"), false;
    }
    if (!positive(parser.value(timeoutOption), 1, 3600, &requestTimeoutSeconds))
        return m_error = QStringLiteral("--request-timeout must be a positive number"), false;
    if (!positive(parser.value(stuckOption), 1, 86400, &stuckSeconds))
        return m_error = QStringLiteral("--stuck-seconds must be a positive number"), false;
    if (!positive(parser.value(reportOption), 1, 86400, &reportSeconds))
        return m_error = QStringLiteral("--report-seconds must be a positive number"), false;
    int seedValue = 0;
    if (!positive(parser.value(seedOption), 0, 2147483647, &seedValue))
        return m_error = QStringLiteral("--seed must be a number"), false;
    seed = quint32(seedValue);
    if (parser.value(baseDateOption).isEmpty()) {
        baseDate = QDate::currentDate().addDays(2);
    } else {
        baseDate = QDate::fromString(parser.value(baseDateOption), Qt::ISODate);
        if (!baseDate.isValid() || baseDate <= QDate::currentDate())
            return m_error = QStringLiteral("--base-date must be a future YYYY-MM-DD"), false;
    }
    ledgerFile = parser.value(ledgerOption);
    jsonFile = parser.value(jsonOption);
    return true;
}
