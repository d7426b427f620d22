// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "ClaimDialog.h"
#include "Connection.h"
#include "NotificationsDialog.h"
#include "ResultsView.h"
#include "SearchCriteria.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

class BookingCanceller;
class CalendarActions;
class FavouriteRooms;
class MyBookingsPanel;
class QLabel;
class QSystemTrayIcon;
class QToolButton;
class SchoolDayLoader;
class SearchPanel;
class ToastArea;
class ViewTabs;

// The teacher dashboard: search, recommendation cards, My Bookings, live toasts.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Connection *connection, QWidget *parent = nullptr);

    // Loads the school day, features, results and bookings (after login and after reconnect).
    void refreshAll();
    void search();

    SearchPanel *searchPanel() const { return m_searchPanel; }
    ResultsView *resultsView() const { return m_results; }
    MyBookingsPanel *myBookings() const { return m_myBookings; }
    ToastArea *toasts() const { return m_toasts; }
    // The teacher's favourite rooms (stars on cards and grid rows).
    FavouriteRooms *favourites() const { return m_favourites; }
    // My Bookings in the teacher's own calendar (.ics export, feed dialog).
    CalendarActions *calendarActions() const { return m_calendar; }
    ClaimDialog *claimDialog() const { return m_claimDialog; }
    // The header's "Notifications" button and the list of recent notifications it opens.
    QToolButton *notificationsButton() const { return m_notificationsButton; }
    NotificationsDialog *notificationsDialog() const { return m_notificationsDialog; }
    void showNotifications();
    // Ctrl+Return: claims the room whose card has the keyboard, else the best match.
    void claimFocusedRoom();
    QMessageBox *cancelPrompt() const;
    QWidget *offlineBanner() const { return m_banner; }
    QString statusText() const;
    QString offlineBannerText() const;
    // Completed searches (a test waits for this to grow after a change).
    int searchesCompleted() const { return m_searchesCompleted; }

    void openClaimDialog(const Room &room);
    // The claim dialog for a room at a time chosen elsewhere (a cell of the day or week grid).
    void openClaimAt(const Room &room, const Interval &interval, const QString &period,
                     const SchoolDay &day, const QList<PeriodSlot> &periods);
    // Free rooms, the day grid and the week view.
    ViewTabs *viewTabs() const { return m_tabs; }
    void askToCancel(const Booking &booking);
    // "Cancel this and later dates" of a series.
    void askToCancelLater(const Booking &booking);

signals:
    void searchCompleted();

private:
    void buildUi();
    void buildShortcuts();
    void onSearchRequested();
    static QString offlineText();
    void loadSchedule(const QDate &date);
    void loadFeatures();
    void loadMyBookings();
    void onStateChanged(Connection::State state);
    void onEvent(const QString &event, const QJsonObject &payload);
    void onBookingCreated(const Booking &booking);
    void onBookingCanceled(const Booking &booking, const QString &canceledBy,
                           const QString &reason);
    void onBookingConfirmed(const Booking &booking);
    void onSeriesConfirmed(const QList<Booking> &bookings, int skipped);
    void notify(const QString &text, int kind);
    // The session ended (signed out by the server, or not resumable): the login dialog, with
    // the reason, over this window; cancelling it closes the window.
    void askToLogInAgain(const QString &reason);
    std::optional<Room> nextBestRoom(qint64 exceptRoomId) const;
    bool concernsCurrentSearch(qint64 roomId, const Interval &interval) const;

    Connection *m_connection;
    SearchPanel *m_searchPanel;
    ResultsView *m_results;
    MyBookingsPanel *m_myBookings;
    ToastArea *m_toasts;
    QWidget *m_banner;
    QLabel *m_resultsTitle;
    ViewTabs *m_tabs;
    QLabel *m_statusLabel;
    QLabel *m_userLabel;
    QSystemTrayIcon *m_tray = nullptr;
    SchoolDayLoader *m_dayLoader;
    BookingCanceller *m_canceller;
    FavouriteRooms *m_favourites;
    CalendarActions *m_calendar;
    QPointer<ClaimDialog> m_claimDialog;
    QToolButton *m_notificationsButton = nullptr;
    QPointer<NotificationsDialog> m_notificationsDialog;
    bool m_focusResultsAfterSearch = false;
    SearchCriteria m_shown;
    quint64 m_searchGeneration = 0;
    int m_searchesCompleted = 0;
};
