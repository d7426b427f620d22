#pragma once

#include "Booking.h"
#include "ClaimDialog.h"
#include "Connection.h"
#include "ResultsView.h"
#include "SearchCriteria.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

class BookingCanceller;
class FavouriteRooms;
class MyBookingsPanel;
class QLabel;
class QSystemTrayIcon;
class SchoolDayLoader;
class SearchPanel;
class ToastArea;

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
    ClaimDialog *claimDialog() const { return m_claimDialog; }
    QMessageBox *cancelPrompt() const;
    QWidget *offlineBanner() const { return m_banner; }
    QString statusText() const;
    // Completed searches (a test waits for this to grow after a change).
    int searchesCompleted() const { return m_searchesCompleted; }

    void openClaimDialog(const Room &room);
    void askToCancel(const Booking &booking);
    // "Cancel this and later dates" of a series.
    void askToCancelLater(const Booking &booking);

signals:
    void searchCompleted();

private:
    void buildUi();
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
    std::optional<Room> nextBestRoom(qint64 exceptRoomId) const;
    bool concernsCurrentSearch(qint64 roomId, const Interval &interval) const;

    Connection *m_connection;
    SearchPanel *m_searchPanel;
    ResultsView *m_results;
    MyBookingsPanel *m_myBookings;
    ToastArea *m_toasts;
    QWidget *m_banner;
    QLabel *m_resultsTitle;
    QLabel *m_statusLabel;
    QLabel *m_userLabel;
    QSystemTrayIcon *m_tray = nullptr;
    SchoolDayLoader *m_dayLoader;
    BookingCanceller *m_canceller;
    FavouriteRooms *m_favourites;
    QPointer<ClaimDialog> m_claimDialog;
    SearchCriteria m_shown;
    quint64 m_searchGeneration = 0;
    int m_searchesCompleted = 0;
};
