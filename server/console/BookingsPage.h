// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "CancelBookingDialog.h"
#include "ReloadGate.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <optional>

class BookingsExport;
class PageJobs;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QThreadPool;
class RoomClaimServer;

// Bookings of a date range, filtered by room and teacher: cancel one with a reason the teacher
// sees, or export what is listed to CSV on a worker thread with progress. Lists are read on the
// workers.
class BookingsPage : public QWidget {
    Q_OBJECT
public:
    BookingsPage(RoomClaimServer *server, QThreadPool *workers, QWidget *parent = nullptr);
    // Reads the bookings for the filters in the background; asked again while a read runs, it
    // reads once more when that one ends.
    void refresh();
    // Whether a list is still being read (or a booking canceled, or an export written).
    bool isBusy() const;

    void setDateRange(const QDate &from, const QDate &to);
    // 0 for all rooms / all teachers.
    void setRoomFilter(qint64 roomId);
    void setTeacherFilter(qint64 teacherId);
    QTableWidget *table() const { return m_table; }
    const QList<Booking> &bookings() const { return m_bookings; }
    bool selectBooking(qint64 bookingId);
    // Opens the reason dialog for the selected booking (window-modal, returns at once).
    CancelBookingDialog *cancelSelected();
    CancelBookingDialog *cancelDialog() const { return m_cancelDialog; }
    // Writes the listed range and filters to path on a worker thread; exportFinished reports.
    bool exportTo(const QString &path);
    bool isExporting() const;

signals:
    void exportFinished(bool ok, const QString &message);

private:
    void reloadFilters();
    void showBookings(const QList<Booking> &bookings);
    void chooseExportFile();
    void showExportProgress(int done, int total);
    void finishExport(bool ok, const QString &message);
    void updateButtons();
    void setStatus(const QString &text, bool error);
    std::optional<qint64> comboId(const QComboBox *combo) const;

    RoomClaimServer *m_server;
    PageJobs *m_jobs;
    ReloadGate m_bookingLoads;
    ReloadGate m_filterLoads;
    // A filter chosen before the lists of rooms and teachers had arrived: applied when they do.
    qint64 m_wantedRoom = 0;
    qint64 m_wantedTeacher = 0;
    QList<Booking> m_bookings;
    QPointer<CancelBookingDialog> m_cancelDialog;

    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_room;
    QComboBox *m_teacher;
    QStackedWidget *m_stack;
    QTableWidget *m_table;
    QLabel *m_empty;
    QLabel *m_count;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stopExport;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    BookingsExport *m_export;
};
