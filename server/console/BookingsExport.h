#pragma once

#include <QDate>
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

class QThreadPool;

// Writes the bookings of a date range and filters to a CSV file on a worker thread, a week at a
// time so progress moves and a stop takes effect quickly. Reports on the main thread.
class BookingsExport : public QObject {
    Q_OBJECT
public:
    explicit BookingsExport(QThreadPool *pool, QObject *parent = nullptr);

    // Starts the export; false while one is still running. No id: all rooms / all teachers.
    bool start(const QString &path, const QDate &first, const QDate &last,
               std::optional<qint64> roomId, std::optional<qint64> teacherId);
    // Asks the running export to stop before the next week; it finishes without a file.
    void stop();
    bool isRunning() const { return m_cancel != nullptr; }

signals:
    void progressed(int daysDone, int totalDays);
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);

    QThreadPool *m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
