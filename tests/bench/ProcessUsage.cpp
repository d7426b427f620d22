// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProcessUsage.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <unistd.h>

namespace {
QByteArray readAll(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

qint64 statusKb(const QByteArray &status, const QByteArray &key) {
    const qsizetype at = status.indexOf('\n' + key + ':');
    if (at < 0)
        return 0;
    const qsizetype end = status.indexOf('\n', at + 1);
    return status.mid(at + key.size() + 2, end - at - key.size() - 2)
        .trimmed()
        .split(' ')
        .value(0)
        .toLongLong();
}

double ticksPerSecond() {
    static const double ticks = double(sysconf(_SC_CLK_TCK));
    return ticks;
}

ProcessUsage read(const QString &dir) {
    ProcessUsage usage;
    const QByteArray status = readAll(dir + QStringLiteral("/status"));
    const QByteArray stat = readAll(dir + QStringLiteral("/stat"));
    if (status.isEmpty() || stat.isEmpty())
        return usage;
    usage.rssKb = statusKb(status, "VmRSS");
    usage.peakRssKb = statusKb(status, "VmHWM");
    // The command name in parentheses may hold spaces: count fields after its closing ')'.
    // Fields 14 and 15 (utime, stime) are the 12th and 13th after it.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return usage;
    usage.cpuSeconds =
        double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticksPerSecond();
    usage.valid = true;
    return usage;
}
} // namespace

ProcessUsage ProcessUsage::of(qint64 pid) {
    return read(QStringLiteral("/proc/%1").arg(pid));
}

ProcessUsage ProcessUsage::self() {
    return read(QStringLiteral("/proc/self"));
}

ProcessUsage ProcessUsage::sum(const QList<qint64> &pids) {
    ProcessUsage total;
    total.valid = !pids.isEmpty();
    for (qint64 pid : pids) {
        const ProcessUsage one = of(pid);
        total.valid = total.valid && one.valid;
        total.rssKb += one.rssKb;
        total.peakRssKb += one.peakRssKb;
        total.cpuSeconds += one.cpuSeconds;
    }
    return total;
}

void ProcessUsage::machineCpu(double *busySeconds, double *totalSeconds) {
    *busySeconds = 0;
    *totalSeconds = 0;
    const QByteArray stat = readAll(QStringLiteral("/proc/stat"));
    const QList<QByteArray> fields = stat.left(stat.indexOf('\n')).simplified().split(' ');
    // cpu user nice system idle iowait irq softirq steal ...
    for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
        const double seconds = double(fields.at(i).toLongLong()) / ticksPerSecond();
        *totalSeconds += seconds;
        if (i != 4 && i != 5)
            *busySeconds += seconds;
    }
}
