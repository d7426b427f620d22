#pragma once

#include "Booking.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

// The teacher's upcoming bookings, soonest first, each with a Cancel button.
class MyBookingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MyBookingsPanel(QWidget *parent = nullptr);

    void setBookings(const QList<Booking> &bookings);
    void addBooking(const Booking &booking);
    bool removeBooking(qint64 bookingId);
    const QList<Booking> &bookings() const { return m_bookings; }
    // The Cancel button of one booking (for keyboard focus and tests).
    QWidget *cancelButton(qint64 bookingId) const;

signals:
    void cancelRequested(const Booking &booking);

private:
    void rebuild();

    QList<Booking> m_bookings;
    QVBoxLayout *m_list;
    QLabel *m_empty;
};
