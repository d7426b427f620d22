#pragma once

#include "Booking.h"
#include "ClaimDialog.h"
#include "Connection.h"
#include "ResultsView.h"
#include "SearchCriteria.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QSet>

class MyBookingsPanel;
class QLabel;
class QSystemTrayIcon;
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
    ClaimDialog *claimDialog() const { return m_claimDialog; }
    QMessageBox *cancelPrompt() const { return m_cancelPrompt; }
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
    // Loads a date's periods and calendar entry into the search panel, then searches.
    // findSchoolDay: at start-up, move on to the next day with a period still to come.
    void loadDay(const QDate &date, bool findSchoolDay = false, int attempt = 0);
    void loadMonth(int year, int month);
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
    void cancelBooking(const Booking &booking);
    void cancelLater(const Booking &booking);
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
    QPointer<ClaimDialog> m_claimDialog;
    QPointer<QMessageBox> m_cancelPrompt;
    SearchCriteria m_shown;
    quint64 m_searchGeneration = 0;
    quint64 m_dayGeneration = 0;
    QSet<int> m_loadedMonths;
    int m_searchesCompleted = 0;
};
