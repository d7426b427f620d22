// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarActions.h"

#include "CalendarFeedDialog.h"
#include "Connection.h"
#include "ICalendarWriter.h"
#include "MyBookingsPanel.h"
#include "ReplyText.h"
#include "ToastArea.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QStandardPaths>

CalendarActions::CalendarActions(Connection *connection, MyBookingsPanel *myBookings,
                                 ToastArea *toasts, QWidget *window)
    : QObject(window), m_connection(connection), m_myBookings(myBookings), m_toasts(toasts),
      m_window(window) {
    connect(m_myBookings, &MyBookingsPanel::exportRequested, this,
            &CalendarActions::exportWithDialog);
    connect(m_myBookings, &MyBookingsPanel::subscribeRequested, this,
            &CalendarActions::openFeedDialog);
    connect(this, &CalendarActions::exported, this, [this](const QString &path, int events) {
        m_toasts->show(
            events == 1
                ? tr("1 booking saved to %1.").arg(QFileInfo(path).fileName())
                : tr("%1 bookings saved to %2.").arg(events).arg(QFileInfo(path).fileName()),
            Toast::Kind::Success);
    });
    connect(this, &CalendarActions::exportFailed, this,
            [this](const QString &message) { m_toasts->show(message, Toast::Kind::Warning); });
}

void CalendarActions::exportWithDialog() {
    if (m_myBookings->bookings().isEmpty()) {
        m_toasts->show(tr("You have no upcoming bookings to add to your calendar."),
                       Toast::Kind::Info);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Add to my calendar"),
        QDir(folder).filePath(QStringLiteral("roomclaim-bookings.ics")),
        tr("Calendar files (*.ics)"));
    if (!path.isEmpty())
        exportTo(path);
}

void CalendarActions::exportTo(const QString &path) {
    // The buildings make LOCATION "Room, Building", as in the feed.
    m_connection->request(QStringLiteral("listRooms"), {}, [this, path](const ServerReply &reply) {
        if (!reply.ok)
            return fail(ReplyText::of(reply));
        QHash<qint64, QString> buildings;
        for (const QJsonValue &value : reply.body.value(QStringLiteral("rooms")).toArray()) {
            const QJsonObject room = value.toObject();
            buildings.insert(room.value(QStringLiteral("id")).toInteger(),
                             room.value(QStringLiteral("building")).toString());
        }
        writeBookings(path, buildings);
    });
}

void CalendarActions::writeBookings(const QString &path, const QHash<qint64, QString> &buildings) {
    m_connection->request(
        QStringLiteral("myBookings"), {}, [this, path, buildings](const ServerReply &reply) {
            if (!reply.ok)
                return fail(ReplyText::of(reply));
            QList<Booking> bookings;
            for (const QJsonValue &value : reply.body.value(QStringLiteral("bookings")).toArray())
                bookings << Booking::fromJson(value.toObject());
            const QString problem = writeFile(path, bookings, buildings);
            if (!problem.isEmpty())
                return fail(problem);
            emit exported(path, int(bookings.size()));
        });
}

QString CalendarActions::writeFile(const QString &path, const QList<Booking> &bookings,
                                   const QHash<qint64, QString> &buildings) {
    const QByteArray calendar =
        ICalendarWriter::write(bookings, QDateTime::currentDateTimeUtc(), UidHost, buildings);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size() ||
        !file.commit())
        return tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return QString();
}

void CalendarActions::fail(const QString &message) {
    emit exportFailed(tr("Your bookings could not be added to your calendar: %1").arg(message));
}

void CalendarActions::openFeedDialog() {
    if (m_feedDialog) {
        m_feedDialog->raise();
        m_feedDialog->activateWindow();
        return;
    }
    auto *dialog = new CalendarFeedDialog(m_connection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_feedDialog = dialog;
    dialog->open();
}
