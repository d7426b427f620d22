// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuditExport.h"

#include "AdminErrors.h"
#include "AuditLog.h"
#include "Background.h"

#include <QDir>
#include <QSaveFile>

// What one export carries from page to page. Only one step runs at a time, so the file is never
// touched by two threads at once.
struct AuditExport::Job {
    QString path;
    AuditFilter filter;
    std::unique_ptr<QSaveFile> file; // opened by the first page, on a worker
    qint64 total = 0;
    qint64 written = 0;
    bool done = false; // the last page is written and the file committed
    bool stopRequested = false;
};

namespace {
// Thrown on a worker when the file cannot be written; the message names the file.
class WriteFailure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

void write(QSaveFile &file, const QString &text) {
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size())
        throw WriteFailure(file.errorString().toStdString());
}
} // namespace

AuditExport::AuditExport(QThreadPool *pool, QObject *parent) : QObject(parent), m_pool(pool) {}

AuditExport::~AuditExport() = default;

bool AuditExport::start(const QString &path, const AuditFilter &filter) {
    if (isRunning())
        return false;
    m_job = std::make_shared<Job>();
    m_job->path = path;
    m_job->filter = filter;
    m_job->filter.beforeId.reset();
    m_job->filter.limit = PageRows;
    const std::shared_ptr<Job> job = m_job;
    Background::run(
        m_pool, this, [job] { return AuditLog::count(job->filter); },
        [this, job](const Background::Result<qint64> &result) {
            if (job != m_job)
                return;
            try {
                job->total = result.value();
            } catch (...) {
                finish(false, tr("Export failed: %1").arg(AdminErrors::describeCurrent()));
                return;
            }
            emit progressed(0, job->total);
            writeNextPage();
        });
    return true;
}

void AuditExport::stop() {
    if (m_job)
        m_job->stopRequested = true;
}

void AuditExport::writeNextPage() {
    const std::shared_ptr<Job> job = m_job;
    if (job->stopRequested) {
        finish(false, tr("Export stopped; no file was written."));
        return;
    }
    Background::run(
        m_pool, this,
        [job] {
            if (!job->file) {
                job->file = std::make_unique<QSaveFile>(job->path);
                if (!job->file->open(QIODevice::WriteOnly))
                    throw WriteFailure(job->file->errorString().toStdString());
                write(*job->file, AuditLog::csvHeader());
            }
            const QList<AuditRecord> page = AuditLog::find(job->filter);
            for (const AuditRecord &record : page)
                write(*job->file, AuditLog::csvLine(record));
            job->written += page.size();
            if (page.size() < job->filter.limit) {
                if (!job->file->commit())
                    throw WriteFailure(job->file->errorString().toStdString());
                job->done = true;
            } else {
                job->filter.beforeId = page.last().id;
            }
        },
        [this, job](const Background::Result<void> &result) {
            if (job != m_job)
                return;
            try {
                result.value();
            } catch (const WriteFailure &failure) {
                finish(false, tr("Could not write %1: %2")
                                  .arg(QDir::toNativeSeparators(job->path),
                                       QString::fromStdString(failure.what())));
                return;
            } catch (...) {
                finish(false, tr("Export failed: %1").arg(AdminErrors::describeCurrent()));
                return;
            }
            // Rows recorded since the count make the total grow, never the bar run backwards.
            job->total = qMax(job->total, job->written);
            emit progressed(job->written, job->total);
            if (!job->done) {
                writeNextPage();
                return;
            }
            const QString where = QDir::toNativeSeparators(job->path);
            finish(true, job->written == 1
                             ? tr("Exported 1 audit entry to %1.").arg(where)
                             : tr("Exported %1 audit entries to %2.").arg(job->written).arg(where));
        });
}

void AuditExport::finish(bool ok, const QString &message) {
    m_job.reset();
    emit finished(ok, message);
}
