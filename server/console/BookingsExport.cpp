#include "BookingsExport.h"

#include "AdminErrors.h"
#include "AdminService.h"
#include "Booking.h"
#include "SchoolDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QSaveFile>
#include <QSet>
#include <QThreadPool>

namespace {
// The export reads this many days per query, so progress moves and a stop is quick.
constexpr int ExportChunkDays = 7;
} // namespace

BookingsExport::BookingsExport(QThreadPool *pool, QObject *parent)
    : QObject(parent), m_pool(pool) {}

void BookingsExport::stop() {
    if (m_cancel)
        m_cancel->store(true);
}

bool BookingsExport::start(const QString &path, const QDate &first, const QDate &last,
                           std::optional<qint64> roomId, std::optional<qint64> teacherId) {
    if (isRunning())
        return false;
    const int totalDays = int(first.daysTo(last)) + 1;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    QPointer<BookingsExport> self(this);
    // Reports back on the main thread, and only while this export (and its page) still exists.
    auto report = [self](auto call) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, call] {
                if (self)
                    call(self.data());
            },
            Qt::QueuedConnection);
    };
    m_pool->start([=] {
        QList<Booking> bookings;
        QSet<qint64> seen;
        try {
            for (QDate day = first; day <= last; day = day.addDays(ExportChunkDays)) {
                if (cancel->load()) {
                    report([](BookingsExport *exporter) {
                        exporter->finish(false, tr("Export stopped; no file was written."));
                    });
                    return;
                }
                const QDate chunkEnd = qMin(day.addDays(ExportChunkDays), last.addDays(1));
                const QList<Booking> chunk =
                    SchoolDirectory::bookings(QDateTime(day, QTime(0, 0)),
                                              QDateTime(chunkEnd, QTime(0, 0)), teacherId, roomId);
                // A booking across midnight at a chunk border comes back twice.
                for (const Booking &booking : chunk) {
                    if (!seen.contains(booking.id)) {
                        seen.insert(booking.id);
                        bookings.append(booking);
                    }
                }
                const int done = int(first.daysTo(chunkEnd));
                report([done, totalDays](BookingsExport *exporter) {
                    emit exporter->progressed(done, totalDays);
                });
            }
            QSaveFile file(path);
            const QByteArray csv = AdminService::bookingsCsv(bookings).toUtf8();
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() ||
                !file.commit()) {
                const QString error = file.errorString();
                report([path, error](BookingsExport *exporter) {
                    exporter->finish(
                        false,
                        tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
                });
                return;
            }
            const qsizetype count = bookings.size();
            report([path, count](BookingsExport *exporter) {
                exporter->finish(true, (count == 1 ? tr("Exported 1 booking to %1.")
                                                   : tr("Exported %1 bookings to %2.").arg(count))
                                           .arg(QDir::toNativeSeparators(path)));
            });
        } catch (...) {
            const QString error = AdminErrors::describeCurrent();
            report([error](BookingsExport *exporter) {
                exporter->finish(false, tr("Export failed: %1").arg(error));
            });
        }
    });
    return true;
}

void BookingsExport::finish(bool ok, const QString &message) {
    m_cancel.reset();
    emit finished(ok, message);
}
