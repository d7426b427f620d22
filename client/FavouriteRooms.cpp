// SPDX-License-Identifier: GPL-3.0-or-later

#include "FavouriteRooms.h"

#include "Connection.h"
#include "ReplyText.h"

#include <QJsonArray>
#include <algorithm>

namespace {
QSet<qint64> idsFrom(const ServerReply &reply) {
    QSet<qint64> ids;
    for (const QJsonValue &value : reply.body.value(QStringLiteral("roomIds")).toArray())
        ids.insert(value.toInteger());
    return ids;
}
} // namespace

FavouriteRooms::FavouriteRooms(Connection *connection, QObject *parent)
    : QObject(parent), m_connection(connection) {
    connect(m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state == Connection::State::Online)
            reload();
    });
    if (m_connection->isOnline())
        reload();
}

bool FavouriteRooms::isFavourite(qint64 roomId) const {
    return m_ids.contains(roomId);
}

QList<qint64> FavouriteRooms::roomIds() const {
    QList<qint64> ids(m_ids.cbegin(), m_ids.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void FavouriteRooms::reload() {
    const quint64 generation = ++m_generation;
    m_connection->request(QStringLiteral("listFavourites"), {},
                          [this, generation](const ServerReply &reply) {
                              if (reply.ok && generation == m_generation)
                                  apply(idsFrom(reply));
                          });
}

void FavouriteRooms::setFavourite(qint64 roomId, bool favourite) {
    if (isFavourite(roomId) == favourite)
        return;
    const QSet<qint64> before = m_ids;
    QSet<qint64> after = m_ids;
    if (favourite)
        after.insert(roomId);
    else
        after.remove(roomId);
    apply(after);
    const quint64 generation = ++m_generation;
    m_connection->request(
        QStringLiteral("setFavourite"),
        {{QStringLiteral("roomId"), roomId}, {QStringLiteral("favourite"), favourite}},
        [this, generation, before](const ServerReply &reply) {
            if (generation != m_generation)
                return; // a newer change is on its way; its reply decides
            if (reply.ok) {
                apply(idsFrom(reply));
                return;
            }
            apply(before);
            emit failed(tr("Could not change your favourite rooms: %1").arg(ReplyText::of(reply)));
        });
}

void FavouriteRooms::apply(const QSet<qint64> &ids) {
    if (ids == m_ids)
        return;
    m_ids = ids;
    emit changed();
}
