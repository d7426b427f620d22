#pragma once

#include "Booking.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks for the reason before the console cancels a booking; the teacher's client shows it.
// Stays open with the error when the server refuses, so the admin can retry or give up.
class CancelBookingDialog : public QDialog {
    Q_OBJECT
public:
    explicit CancelBookingDialog(const Booking &booking, QWidget *parent = nullptr);

    const Booking &booking() const { return m_booking; }
    void setReason(const QString &reason);
    QString errorText() const;

signals:
    void bookingCanceled(const Booking &booking);

private:
    void cancelBooking();

    Booking m_booking;
    QLineEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_confirm;
};
