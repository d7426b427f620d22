// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AuditFilter.h"

#include <QObject>
#include <memory>

class QThreadPool;

// Writes the audit rows a filter selects to a CSV file (RFC 4180, UTF-8, a header row), newest
// first, a page at a time on the workers (Background::run): the count first, then each page read
// and appended to the file on a worker, so progress moves, a stop takes effect between pages and
// the window never waits on the database or the disk. Reports on the thread that started it.
class AuditExport : public QObject {
    Q_OBJECT
public:
    explicit AuditExport(QThreadPool *pool, QObject *parent = nullptr);
    ~AuditExport() override;

    // Starts the export; false while one is still running.
    bool start(const QString &path, const AuditFilter &filter);
    // Asks the running export to stop before the next page; it finishes without a file.
    void stop();
    bool isRunning() const { return m_job != nullptr; }

    static constexpr int PageRows = 1000;

signals:
    void progressed(qint64 rowsDone, qint64 totalRows);
    void finished(bool ok, const QString &message);

private:
    struct Job;
    void writeNextPage();
    void finish(bool ok, const QString &message);

    QThreadPool *m_pool;
    std::shared_ptr<Job> m_job;
};
