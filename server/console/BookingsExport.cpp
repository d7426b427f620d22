// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingsExport.h"

#include "AdminErrors.h"
#include "AdminService.h"
#include "Background.h"
#include "SchoolDirectory.h"

#include <QDir>
#include <QSaveFile>

namespace {
// The export reads this many days per query, so progress moves and a stop is quick.
constexpr int ExportChunkDays = 7;

// Runs on a worker: the file's error, or an empty string once it is written.
QString writeCsv(const QString &path, const QList<Booking> &bookings) {
    QSaveFile file(path);
    const QByteArray csv = AdminService::bookingsCsv(bookings).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return file.errorString().isEmpty() ? QStringLiteral("unknown error") : file.errorString();
    return {};
}
} // namespace

BookingsExport::BookingsExport(QThreadPool *pool, QObject *parent)
    : QObject(parent), m_pool(pool) {}

void BookingsExport::stop() {
    if (m_job)
        m_job->stopRequested = true;
}

bool BookingsExport::start(const QString &path, const QDate &first, const QDate &last,
                           std::optional<qint64> roomId, std::optional<qint64> teacherId) {
    if (isRunning())
        return false;
    m_job = Job{path, first, last, roomId, teacherId, {}, {}, false};
    readFrom(first);
    return true;
}

void BookingsExport::readFrom(const QDate &day) {
    if (m_job->stopRequested) {
        finish(false, tr("Export stopped; no file was written."));
        return;
    }
    const QDate chunkEnd = qMin(day.addDays(ExportChunkDays), m_job->last.addDays(1));
    Background::run(
        m_pool, this,
        [day, chunkEnd, teacherId = m_job->teacherId, roomId = m_job->roomId] {
            return SchoolDirectory::bookings(QDateTime(day, QTime(0, 0)),
                                             QDateTime(chunkEnd, QTime(0, 0)), teacherId, roomId);
        },
        [this, chunkEnd](const Background::Result<QList<Booking>> &result) {
            try {
                // A booking across midnight at a chunk border comes back twice.
                for (const Booking &booking : result.value()) {
                    if (!m_job->seen.contains(booking.id)) {
                        m_job->seen.insert(booking.id);
                        m_job->bookings.append(booking);
                    }
                }
            } catch (...) {
                finish(false, tr("Export failed: %1").arg(AdminErrors::describeCurrent()));
                return;
            }
            emit progressed(int(m_job->first.daysTo(chunkEnd)),
                            int(m_job->first.daysTo(m_job->last)) + 1);
            if (chunkEnd > m_job->last)
                writeFile();
            else
                readFrom(chunkEnd);
        });
}

void BookingsExport::writeFile() {
    if (m_job->stopRequested) {
        finish(false, tr("Export stopped; no file was written."));
        return;
    }
    Background::run(
        m_pool, this,
        [path = m_job->path, bookings = m_job->bookings] { return writeCsv(path, bookings); },
        [this](const Background::Result<QString> &result) {
            const QString path = QDir::toNativeSeparators(m_job->path);
            const qsizetype count = m_job->bookings.size();
            try {
                if (!result.value().isEmpty()) {
                    finish(false, tr("Could not write %1: %2").arg(path, result.value()));
                    return;
                }
            } catch (...) {
                finish(false, tr("Export failed: %1").arg(AdminErrors::describeCurrent()));
                return;
            }
            finish(true, (count == 1 ? tr("Exported 1 booking to %1.")
                                     : tr("Exported %1 bookings to %2.").arg(count))
                             .arg(path));
        });
}

void BookingsExport::finish(bool ok, const QString &message) {
    m_job.reset();
    emit finished(ok, message);
}
