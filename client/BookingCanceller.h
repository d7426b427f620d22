// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "Toast.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <functional>

class Connection;
class MyBookingsPanel;

// Cancelling from My Bookings: asks first (one date, or this and later dates of a series),
// then cancels on the server and takes the dates off the panel.
class BookingCanceller : public QObject {
    Q_OBJECT
public:
    // window: the prompts are window-modal to it, and it owns this object.
    BookingCanceller(Connection *connection, MyBookingsPanel *myBookings, QWidget *window);

    void askToCancel(const Booking &booking);
    // "Cancel this and later dates" of a series.
    void askToCancelLater(const Booking &booking);
    QMessageBox *prompt() const { return m_prompt; }

signals:
    void notice(const QString &text, Toast::Kind kind);
    // The series was gone already: My Bookings should be loaded afresh.
    void bookingsOutdated();

private:
    void openPrompt(const QString &title, const QString &question, const QString &yes,
                    const QString &no, std::function<void()> onYes);
    void cancelBooking(const Booking &booking);
    void cancelLater(const Booking &booking);

    Connection *m_connection;
    MyBookingsPanel *m_myBookings;
    QWidget *m_window;
    QPointer<QMessageBox> m_prompt;
};
