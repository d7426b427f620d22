// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "CalendarFeedDialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class Connection;
class MyBookingsPanel;
class ToastArea;

// My Bookings in the teacher's own calendar: "Add to my calendar…" saves the upcoming bookings
// as an .ics file (written by ICalendarWriter, like the server's feed, so the events keep the
// feed's UIDs), and "Subscribe in my calendar…" opens the feed dialog.
class CalendarActions : public QObject {
    Q_OBJECT
public:
    // window: the file dialog and the feed dialog belong to it, and it owns this object.
    CalendarActions(Connection *connection, MyBookingsPanel *myBookings, ToastArea *toasts,
                    QWidget *window);

    // Asks where to save (roomclaim-bookings.ics in Documents), then exportTo that file.
    void exportWithDialog();
    // Loads the upcoming bookings (myBookings) and the rooms' buildings, then writes the file.
    void exportTo(const QString &path);
    void openFeedDialog();
    CalendarFeedDialog *feedDialog() const { return m_feedDialog; }

    // The host in every UID ("booking-<id>@roomclaim"), the feed's own when no public URL is set.
    static inline const QString UidHost = QStringLiteral("roomclaim");
    // Writes the .ics; returns an empty string, or what went wrong in a sentence.
    static QString writeFile(const QString &path, const QList<Booking> &bookings,
                             const QHash<qint64, QString> &buildings);

signals:
    void exported(const QString &path, int events);
    void exportFailed(const QString &message);

private:
    void writeBookings(const QString &path, const QHash<qint64, QString> &buildings);
    void fail(const QString &message);

    Connection *m_connection;
    MyBookingsPanel *m_myBookings;
    ToastArea *m_toasts;
    QWidget *m_window;
    QPointer<CalendarFeedDialog> m_feedDialog;
};
