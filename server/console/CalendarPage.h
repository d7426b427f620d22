// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Background.h"
#include "Booking.h"
#include "ClosedRange.h"
#include "ReloadGate.h"
#include "Term.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class CalendarYearView;
class CancelBookingDialog;
class ClosedDaysEditor;
class PageJobs;
class QLabel;
class QPushButton;
class QTableWidget;
class QThreadPool;
class RoomClaimServer;
class TermsEditor;

// The school calendar: terms with their week cycle and closed days, edited in two tables and
// saved together through AdminService::saveCalendar (which refuses overlapping terms, closed
// days outside every term and backwards ranges). A year view shows each week's label and
// every closed day as edited; below it the bookings that now fall on closed days. Loads and
// saves run on the workers.
class CalendarPage : public QWidget {
    Q_OBJECT
public:
    CalendarPage(RoomClaimServer *server, QThreadPool *workers, QWidget *parent = nullptr);
    // Reloads the stored calendar unless the admin has unsaved edits; always reloads the
    // bookings on closed days.
    void refresh();
    // Reloads the stored calendar, discarding unsaved edits.
    void revert();
    // Whether a load or a save is still running.
    bool isBusy() const;

    void addTerm();
    void addClosedRange();
    void removeSelectedTerm();
    void removeSelectedClosedRange();
    // Starts saving both tables in the background; false while a load or save still runs
    // (nothing is started). saveFinished and the status line tell how it went.
    bool save();
    QList<Term> editedTerms() const;
    QList<ClosedRange> editedClosedRanges() const;
    bool isDirty() const { return m_dirty; }

    CalendarYearView *yearView() const { return m_yearView; }
    const QList<Booking> &bookingsOnClosedDays() const { return m_closedBookings; }
    // Opens the reason dialog for the selected booking on a closed day.
    CancelBookingDialog *cancelSelectedBooking();

signals:
    // "Import from CSV…": the window shows the import page set to the calendar.
    void importRequested();
    void saveFinished(bool ok);

private:
    // Loads the stored calendar; keepEdits leaves it unshown if the admin edits meanwhile.
    void load(bool keepEdits);
    void showClosedBookings(const QList<Booking> &bookings, const QStringList &reasons);
    void updateButtons();
    // A table was edited: check it again and mark the calendar unsaved.
    void onEdited();
    void reloadClosedBookings();
    // The check columns and the year view, from the tables as edited.
    void updateHints();
    void setDirty(bool dirty);
    void setStatus(const QString &text, bool error);

    RoomClaimServer *m_server;
    PageJobs *m_jobs;
    Background::Latest m_loads;
    ReloadGate m_bookingLoads;
    TermsEditor *m_terms;
    ClosedDaysEditor *m_closed;
    CalendarYearView *m_yearView;
    QLabel *m_yearCaption;
    QTableWidget *m_bookings;
    QLabel *m_bookingsCaption;
    QPushButton *m_import;
    QPushButton *m_revert;
    QPushButton *m_save;
    QPushButton *m_cancelBooking;
    QLabel *m_status;
    QList<Booking> m_closedBookings;
    QPointer<CancelBookingDialog> m_cancelDialog;
    bool m_dirty = false;
    bool m_loadFailed = false; // the status line shows why the last load failed
};
