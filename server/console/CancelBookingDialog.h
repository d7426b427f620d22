// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"

#include <QDialog>
#include <QList>

class PageJobs;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QThreadPool;

// Asks for the reason before the console cancels a booking; the teacher's client shows it.
// A date of a series offers three scopes: only this date, this and the later dates, or the
// whole series. The cancellation runs on the workers; the dialog stays open with the error when
// the server refuses, so the admin can retry or give up.
class CancelBookingDialog : public QDialog {
    Q_OBJECT
public:
    enum class Scope { ThisDate, ThisAndLater, WholeSeries };

    CancelBookingDialog(const Booking &booking, QThreadPool *workers, QWidget *parent = nullptr);

    const Booking &booking() const { return m_booking; }
    void setReason(const QString &reason);
    // Only for a date of a series; a single booking is always canceled alone.
    void setScope(Scope scope);
    Scope scope() const;
    QString errorText() const;

signals:
    // Every booking the dialog canceled (one, or the series' dates in the chosen scope).
    void bookingsCanceled(const QList<Booking> &bookings);
    // A single booking, or the selected date of a series when only it was canceled.
    void bookingCanceled(const Booking &booking);

private:
    void cancelBooking();
    void updateConfirmText();
    void setWorking(bool working);

    Booking m_booking;
    PageJobs *m_jobs;
    QLineEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_confirm;
    QRadioButton *m_thisDate = nullptr;
    QRadioButton *m_thisAndLater = nullptr;
    QRadioButton *m_wholeSeries = nullptr;
};
