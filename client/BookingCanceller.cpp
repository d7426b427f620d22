// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingCanceller.h"

#include "Connection.h"
#include "DisplayText.h"
#include "ErrorCodes.h"
#include "MyBookingsPanel.h"
#include "ReplyText.h"
#include "Rfc3339.h"

#include <QJsonArray>
#include <QPushButton>

BookingCanceller::BookingCanceller(Connection *connection, MyBookingsPanel *myBookings,
                                   QWidget *window)
    : QObject(window), m_connection(connection), m_myBookings(myBookings), m_window(window) {}

void BookingCanceller::openPrompt(const QString &title, const QString &question, const QString &yes,
                                  const QString &no, std::function<void()> onYes) {
    auto *prompt =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, m_window);
    prompt->setObjectName(QStringLiteral("cancelPrompt"));
    QPushButton *yesButton = prompt->addButton(yes, QMessageBox::DestructiveRole);
    prompt->addButton(no, QMessageBox::RejectRole);
    prompt->setDefaultButton(yesButton);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QMessageBox::buttonClicked, this, [yesButton, onYes](QAbstractButton *button) {
        if (button == yesButton)
            onYes();
    });
    m_prompt = prompt;
    prompt->open();
}

void BookingCanceller::askToCancel(const Booking &booking) {
    openPrompt(tr("Cancel booking"),
               tr("Cancel your booking of %1 on %2?\nColleagues will see the room as free again.")
                   .arg(booking.roomName, DisplayText::range(booking.interval)),
               tr("Cancel Booking"), tr("Keep It"), [this, booking] { cancelBooking(booking); });
}

void BookingCanceller::askToCancelLater(const Booking &booking) {
    const qsizetype dates = std::count_if(
        m_myBookings->bookings().cbegin(), m_myBookings->bookings().cend(), [&](const Booking &b) {
            return b.seriesId == booking.seriesId && b.interval.start() >= booking.interval.start();
        });
    const QString when = DisplayText::range(booking.interval);
    const QString question =
        dates <= 1 ? tr("Cancel your booking of %1 on %2, the last date of this series?\n"
                        "Colleagues will see the room as free again.")
                         .arg(booking.roomName, when)
                   : tr("Cancel your booking of %1 on %2 and every later date of this series "
                        "(%3 dates in all)?\nColleagues will see the room as free again.")
                         .arg(booking.roomName, when)
                         .arg(dates);
    openPrompt(tr("Cancel dates of a series"), question, tr("Cancel These Dates"), tr("Keep Them"),
               [this, booking] { cancelLater(booking); });
}

void BookingCanceller::cancelLater(const Booking &booking) {
    m_connection->request(
        QStringLiteral("cancelSeries"),
        {{QStringLiteral("seriesId"), booking.seriesId},
         {QStringLiteral("from"), Rfc3339::formatLocal(booking.interval.start())}},
        [this, booking](const ServerReply &reply) {
            if (!reply.ok && reply.code != ErrorCodes::SeriesNotFound) {
                emit notice(ReplyText::of(reply), Toast::Kind::Warning);
                return;
            }
            const QJsonArray canceled = reply.body.value(QStringLiteral("bookings")).toArray();
            for (const QJsonValue &value : canceled)
                m_myBookings->removeBooking(Booking::fromJson(value.toObject()).id);
            if (!reply.ok) {
                emit bookingsOutdated(); // gone already: show what is left
                return;
            }
            emit notice(
                canceled.size() == 1
                    ? tr("1 date of %1 canceled.").arg(booking.roomName)
                    : tr("%1 dates of %2 canceled.").arg(canceled.size()).arg(booking.roomName),
                Toast::Kind::Success);
        });
}

void BookingCanceller::cancelBooking(const Booking &booking) {
    m_connection->request(
        QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), booking.id}},
        [this, booking](const ServerReply &reply) {
            if (!reply.ok && reply.code != ErrorCodes::BookingNotFound) {
                emit notice(ReplyText::of(reply), Toast::Kind::Warning);
                return;
            }
            m_myBookings->removeBooking(booking.id);
            emit notice(tr("Booking of %1 canceled.").arg(booking.roomName), Toast::Kind::Success);
        });
}
