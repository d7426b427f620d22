// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "BookingOption.h"
#include "Interval.h"
#include "PeriodSlot.h"
#include "Room.h"
#include "SchoolDay.h"
#include "SeriesOccurrence.h"

#include <QDialog>
#include <functional>
#include <optional>

class AlternativeOffers;
class Connection;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
class RepeatChoice;
class RepeatPreview;
struct ServerReply;

// Confirmation of a claim: the teacher checks room and time, names the class, chooses whether
// it repeats (with a preview of every date) and confirms. The dialog never blocks: requests go
// out through the connection and the dialog shows the answer — the booking, what a series
// skipped and why, a rule's refusal, or what to book instead after a lost race.
class ClaimDialog : public QDialog {
    Q_OBJECT
public:
    ClaimDialog(Connection *connection, const Room &room, const Interval &interval,
                const QString &timeDescription, const SchoolDay &day,
                const QList<PeriodSlot> &periods, QWidget *parent = nullptr);

    const Room &room() const { return m_room; }
    const Interval &interval() const { return m_interval; }
    QString purpose() const;
    void setPurpose(const QString &purpose);
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    // After a series that skipped dates: what was booked and what was not, and why.
    QString resultText() const;
    RepeatChoice *repeatChoice() const { return m_repeat; }
    RepeatPreview *repeatPreview() const { return m_preview; }
    // Completed previews (a test waits for this to grow after choosing a repeat).
    int previewsCompleted() const { return m_previewsCompleted; }
    // What the dialog offers instead after a lost race, best first.
    QList<BookingOption> alternatives() const;
    // Where to look for another room when the server names no alternatives itself.
    void setFallbackRoom(std::function<std::optional<Room>(qint64 exceptRoomId)> fallback);

    // Books the date (once) or the free dates of the series.
    void confirm();
    // Books the series only if every date can be booked.
    void confirmAllOrNothing();

signals:
    void bookingConfirmed(const Booking &booking);
    void seriesConfirmed(const QList<Booking> &bookings, int skipped);
    // The room turned out to be taken for this interval.
    void roomTaken(qint64 roomId, const Interval &interval);

private:
    void buildButtons(QVBoxLayout *layout);
    void setBusy(bool busy);
    void showRoom();
    void showError(const QString &message);
    void onRepeatChanged();
    void requestPreview();
    void bookOnce(const BookingOption &option);
    void onBookReply(const BookingOption &option, const ServerReply &reply);
    void bookSeries(const QString &policy);
    void onSeriesReply(const ServerReply &reply);
    void showSeriesResult(const QList<Booking> &bookings, const QList<SeriesOccurrence> &skipped);
    QString whyNotBooked(const SeriesOccurrence &entry) const;
    QJsonObject seriesParams() const;
    void updateButtons();
    void orderFocus();

    Connection *m_connection;
    Room m_room;
    Interval m_interval;
    QList<PeriodSlot> m_periods;
    std::function<std::optional<Room>(qint64)> m_fallback;
    bool m_busy = false;
    bool m_finished = false;
    quint64 m_previewGeneration = 0;
    int m_previewsCompleted = 0;
    QLabel *m_roomLabel;
    QLabel *m_roomDetails;
    QLineEdit *m_purpose;
    RepeatChoice *m_repeat;
    RepeatPreview *m_preview;
    QLabel *m_error;
    QLabel *m_result;
    AlternativeOffers *m_offers;
    QProgressBar *m_progress;
    QPushButton *m_confirmButton;
    QPushButton *m_allOrNothingButton;
    QPushButton *m_cancelButton;
    QDialogButtonBox *m_buttons = nullptr;
};
