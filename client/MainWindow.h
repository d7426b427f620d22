#pragma once

#include "Booking.h"
#include "Connection.h"
#include "ResultsView.h"
#include "SearchCriteria.h"

#include <QMainWindow>
#include <QPointer>

#include "ClaimDialog.h"
class MyBookingsPanel;
class QLabel;
#include <QMessageBox>
class QSystemTrayIcon;
class SearchPanel;
class ToastArea;

// The teacher dashboard: search, recommendation cards, My Bookings, live toasts.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Connection *connection, QWidget *parent = nullptr);

    // Loads the bell schedule, features, results and bookings (after login and after reconnect).
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

signals:
    void searchCompleted();

private:
    void buildUi();
    void loadPeriods();
    void loadFeatures();
    void loadMyBookings();
    void onStateChanged(Connection::State state);
    void onEvent(const QString &event, const QJsonObject &payload);
    void onBookingCreated(const Booking &booking);
    void onBookingCanceled(const Booking &booking, const QString &canceledBy,
                           const QString &reason);
    void onConfirm(const Room &room, const Interval &interval, const QString &purpose);
    void cancelBooking(const Booking &booking);
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
    int m_searchesCompleted = 0;
};
