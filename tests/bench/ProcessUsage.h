// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QtGlobal>

// What the kernel says a process (or the whole machine) has used, from /proc. A process that
// cannot be read reports valid = false.
struct ProcessUsage {
    bool valid = false;
    qint64 rssKb = 0;      // VmRSS now
    qint64 peakRssKb = 0;  // VmHWM: the high-water mark since the process started
    double cpuSeconds = 0; // utime + stime

    static ProcessUsage of(qint64 pid);
    static ProcessUsage self();
    // Summed over several processes (e.g. two server instances); valid if all were read.
    static ProcessUsage sum(const QList<qint64> &pids);
    // Busy and total CPU seconds of the whole machine since boot (/proc/stat), all cores.
    static void machineCpu(double *busySeconds, double *totalSeconds);
};
