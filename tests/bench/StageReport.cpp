// SPDX-License-Identifier: GPL-3.0-or-later

#include "StageReport.h"

#include <QJsonArray>
#include <QStringList>
#include <cmath>
#include <cstdio>

namespace {
void line(const QString &text) {
    std::printf("%s\n", qPrintable(text));
}

QString counts(const QMap<QString, qint64> &map) {
    if (map.isEmpty())
        return QStringLiteral("none");
    QStringList parts;
    for (auto it = map.begin(); it != map.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

QJsonObject countsJson(const QMap<QString, qint64> &map) {
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), double(it.value()));
    return object;
}

double round3(double value) {
    return std::round(value * 1000.0) / 1000.0;
}

double serverCpu(const StageResult &r) {
    return r.serverAfter.cpuSeconds - r.serverBefore.cpuSeconds;
}

double driverCpu(const StageResult &r) {
    return r.driverAfter.cpuSeconds - r.driverBefore.cpuSeconds;
}

double perThousandBookings(const StageResult &r) {
    return r.stats.bookingsAll > 0 ? serverCpu(r) * 1000.0 / double(r.stats.bookingsAll) : 0;
}

double machineBusyPercent(const StageResult &r) {
    return r.machineTotalSeconds > 0 ? 100.0 * r.machineBusySeconds / r.machineTotalSeconds : 0;
}

QString megabytes(qint64 kb) {
    return QStringLiteral("%1 MB").arg(double(kb) / 1024.0, 0, 'f', 1);
}

QStringList sortedTypes(const StageResult &r) {
    QStringList types = r.stats.roundTrips.keys();
    types.sort();
    return types;
}
} // namespace

void StageReport::print(const StageResult &r) {
    const StageSpec &s = r.spec;
    QString who = s.workload == Workload::Fanout
                      ? QStringLiteral("%1 listeners + 1 booker").arg(s.clients)
                      : QStringLiteral("%1 clients").arg(s.clients);
    line(QStringLiteral("roomclaim-bench: %1, %2 as %3 teachers, %4 s (warm-up %5 s)%6, %7 "
                        "driver threads")
             .arg(workloadName(s.workload), who)
             .arg(std::min(s.teachers, s.clients + (s.workload == Workload::Fanout ? 1 : 0)))
             .arg(s.durationMs / 1000.0)
             .arg(s.warmupMs / 1000.0)
             .arg(s.thinkMs > 0 ? QStringLiteral(", think %1 ms").arg(s.thinkMs) : QString())
             .arg(s.threads));
    line(
        QStringLiteral("  connected %1 of %2%3")
            .arg(r.connected)
            .arg(s.clients + (s.workload == Workload::Fanout ? 1 : 0))
            .arg(r.setupFailed > 0 ? QStringLiteral(", %1 failed").arg(r.setupFailed) : QString()));
    if (s.workload != Workload::Idle)
        line(QStringLiteral("  bookings: %1 in %2 s = %3/s; conflicts: %4; errors: %5")
                 .arg(r.stats.bookingsOk)
                 .arg(r.measuredSeconds, 0, 'f', 2)
                 .arg(r.bookingsPerSecond(), 0, 'f', 1)
                 .arg(counts(r.stats.conflicts), counts(r.stats.errors)));
    else if (!r.stats.errors.isEmpty())
        line(QStringLiteral("  errors: %1").arg(counts(r.stats.errors)));
    for (const QString &sample : r.stats.errorSamples)
        line(QStringLiteral("  error: ") + sample);
    if (r.unanswered > 0)
        line(QStringLiteral("  %1 requests never answered").arg(r.unanswered));
    for (const QString &type : sortedTypes(r))
        line(QStringLiteral("  round trip %1: %2")
                 .arg(type, r.stats.roundTrips.value(type).summary()));
    if (s.workload == Workload::Hot)
        line(QStringLiteral("  hot: %1 rounds, %2 without exactly one success")
                 .arg(r.hotRounds)
                 .arg(r.hotBadRounds));
    if (s.workload == Workload::Fanout)
        line(QStringLiteral("  fan-out latency (booker's reply → last of %1 listeners' "
                            "bookingCreated): %2; missing events: %3")
                 .arg(r.listeners)
                 .arg(r.fanout.summary())
                 .arg(r.fanoutMissing));
    if (!r.stats.events.isEmpty())
        line(QStringLiteral("  events received: %1").arg(counts(r.stats.events)));
    if (r.serverAfter.valid) {
        QString server =
            QStringLiteral("  server: peak RSS %1 (VmHWM), RSS %2")
                .arg(megabytes(r.serverAfter.peakRssKb), megabytes(r.serverAfter.rssKb));
        if (s.workload == Workload::Idle && r.connected > 0)
            server +=
                QStringLiteral(" (%1 before connecting: %2 kB per connection)")
                    .arg(megabytes(r.serverIdle.rssKb))
                    .arg(double(r.serverAfter.rssKb - r.serverIdle.rssKb) / double(r.connected), 0,
                         'f', 1);
        else
            server += QStringLiteral(", CPU %1 s = %2 s per 1,000 bookings")
                          .arg(serverCpu(r), 0, 'f', 2)
                          .arg(perThousandBookings(r), 0, 'f', 3);
        line(server);
    }
    line(QStringLiteral("  driver: CPU %1 s (%2% of one core); machine busy %3% of all cores")
             .arg(driverCpu(r), 0, 'f', 2)
             .arg(r.wallSeconds > 0 ? 100.0 * driverCpu(r) / r.wallSeconds : 0, 0, 'f', 0)
             .arg(machineBusyPercent(r), 0, 'f', 0));
    std::fflush(stdout);
}

QJsonObject StageReport::toJson(const StageResult &r) {
    const StageSpec &s = r.spec;
    QJsonObject roundTrips;
    for (const QString &type : sortedTypes(r))
        roundTrips.insert(type, r.stats.roundTrips.value(type).toJson());
    QJsonObject json{
        {QStringLiteral("workload"), workloadName(s.workload)},
        {QStringLiteral("clients"), s.clients},
        {QStringLiteral("teachers"), s.teachers},
        {QStringLiteral("threads"), s.threads},
        {QStringLiteral("durationSeconds"), s.durationMs / 1000.0},
        {QStringLiteral("warmupSeconds"), s.warmupMs / 1000.0},
        {QStringLiteral("thinkMs"), s.thinkMs},
        {QStringLiteral("connected"), r.connected},
        {QStringLiteral("setupFailed"), r.setupFailed},
        {QStringLiteral("bookings"), double(r.stats.bookingsOk)},
        {QStringLiteral("measuredSeconds"), round3(r.measuredSeconds)},
        {QStringLiteral("bookingsPerSecond"), round3(r.bookingsPerSecond())},
        {QStringLiteral("roundTrip"), roundTrips},
        {QStringLiteral("conflicts"), countsJson(r.stats.conflicts)},
        {QStringLiteral("errors"), countsJson(r.stats.errors)},
        {QStringLiteral("errorSamples"), QJsonArray::fromStringList(r.stats.errorSamples)},
        {QStringLiteral("unanswered"), double(r.unanswered)},
        {QStringLiteral("events"), countsJson(r.stats.events)},
        {QStringLiteral("driver"),
         QJsonObject{{QStringLiteral("cpuSeconds"), round3(driverCpu(r))},
                     {QStringLiteral("wallSeconds"), round3(r.wallSeconds)},
                     {QStringLiteral("machineBusyPercent"), round3(machineBusyPercent(r))}}},
        {QStringLiteral("failed"), r.failed()},
    };
    if (r.serverAfter.valid)
        json.insert(QStringLiteral("server"),
                    QJsonObject{{QStringLiteral("peakRssKb"), double(r.serverAfter.peakRssKb)},
                                {QStringLiteral("rssKb"), double(r.serverAfter.rssKb)},
                                {QStringLiteral("rssBeforeKb"), double(r.serverIdle.rssKb)},
                                {QStringLiteral("cpuSeconds"), round3(serverCpu(r))},
                                {QStringLiteral("cpuSecondsPer1000Bookings"),
                                 round3(perThousandBookings(r))}});
    if (s.workload == Workload::Hot)
        json.insert(QStringLiteral("hot"),
                    QJsonObject{{QStringLiteral("rounds"), r.hotRounds},
                                {QStringLiteral("roundsWithoutOneSuccess"), r.hotBadRounds}});
    if (s.workload == Workload::Fanout) {
        QJsonObject fanout = r.fanout.toJson();
        fanout.insert(QStringLiteral("listeners"), r.listeners);
        fanout.insert(QStringLiteral("missingEvents"), double(r.fanoutMissing));
        json.insert(QStringLiteral("fanout"), fanout);
    }
    if (s.workload == Workload::Idle && r.serverAfter.valid && r.connected > 0)
        json.insert(QStringLiteral("idle"),
                    QJsonObject{{QStringLiteral("connections"), r.connected},
                                {QStringLiteral("rssKb"), double(r.serverAfter.rssKb)},
                                {QStringLiteral("kbPerConnection"),
                                 round3(double(r.serverAfter.rssKb - r.serverIdle.rssKb) /
                                        double(r.connected))}});
    return json;
}
