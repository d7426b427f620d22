// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class Connection;

// The teacher's favourite rooms, stored per teacher on the server so they follow the teacher to
// any staff-room PC. Loaded with listFavourites whenever the connection comes online (after login,
// resume and reconnect); every view that shows a star or orders rooms listens to changed().
class FavouriteRooms : public QObject {
    Q_OBJECT
public:
    explicit FavouriteRooms(Connection *connection, QObject *parent = nullptr);

    bool isFavourite(qint64 roomId) const;
    // Shows the new state at once, sends setFavourite and takes the server's list from the reply;
    // a failure brings the old state back and reports failed().
    void setFavourite(qint64 roomId, bool favourite);
    QList<qint64> roomIds() const;
    // Asks the server for the list again (done by itself whenever the connection comes online).
    void reload();

signals:
    void changed();
    // setFavourite was refused or could not be sent; the message is fit to show a teacher.
    void failed(const QString &message);

private:
    void apply(const QSet<qint64> &ids);

    Connection *m_connection;
    QSet<qint64> m_ids;
    quint64 m_generation = 0; // replies older than the newest change are stale
};
