#pragma once

#include "Booking.h"
#include "ClosedRange.h"
#include "Term.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class CalendarYearView;
class CancelBookingDialog;
class ClosedDaysEditor;
class QLabel;
class QPushButton;
class QTableWidget;
class RoomClaimServer;
class TermsEditor;

// The school calendar: terms with their week cycle and closed days, edited in two tables and
// saved together through AdminService::saveCalendar (which refuses overlapping terms, closed
// days outside every term and backwards ranges). A year view shows each week's label and
// every closed day as edited; below it the bookings that now fall on closed days.
class CalendarPage : public QWidget {
    Q_OBJECT
public:
    explicit CalendarPage(RoomClaimServer *server = nullptr, QWidget *parent = nullptr);
    // Reloads the stored calendar unless the admin has unsaved edits; always reloads the
    // bookings on closed days.
    void refresh();
    // Reloads the stored calendar, discarding unsaved edits.
    void revert();

    void addTerm();
    void addClosedRange();
    void removeSelectedTerm();
    void removeSelectedClosedRange();
    // Saves both tables; returns whether they were stored (otherwise the status line says why).
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

private:
    // A table was edited: check it again and mark the calendar unsaved.
    void onEdited();
    void reloadClosedBookings();
    // The check columns and the year view, from the tables as edited.
    void updateHints();
    void setDirty(bool dirty);
    void setStatus(const QString &text, bool error);

    RoomClaimServer *m_server;
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
};
