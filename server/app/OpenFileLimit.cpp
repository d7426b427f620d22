// SPDX-License-Identifier: GPL-3.0-or-later

#include "OpenFileLimit.h"

#include <QLoggingCategory>
#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcLimits, "roomclaim.limits")

int OpenFileLimit::reserve(const InstanceSettings &settings) {
    // One database connection per worker and the event listener, the feed's own connections,
    // the listening sockets, logs and libraries.
    return settings.workerThreads + 96;
}

void OpenFileLimit::apply(InstanceSettings *settings) {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    if (limit.rlim_cur == RLIM_INFINITY)
        return;
    const qint64 files = qint64(limit.rlim_cur);
    const int fitting = int(qMax<qint64>(1, qMin<qint64>(files - reserve(*settings), 1000000)));
    if (settings->maxConnections != 0 && settings->maxConnections <= fitting)
        return;
    qCWarning(lcLimits).noquote()
        << QStringLiteral("the open-file limit is %1: connections are limited to %2 instead of "
                          "%3 (raise LimitNOFILE= or ulimit -n, or lower --max-connections)")
               .arg(files)
               .arg(fitting)
               .arg(settings->maxConnections == 0 ? QStringLiteral("no limit")
                                                  : QString::number(settings->maxConnections));
    settings->maxConnections = fitting;
}
