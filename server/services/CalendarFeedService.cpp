// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarFeedService.h"

#include "BookingStore.h"
#include "FeedStore.h"
#include "ICalendarWriter.h"
#include "RoomStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

QString CalendarFeedService::secret(qint64 teacherId, bool reset) {
    const QString key = FeedStore::key(randomHex(32));
    std::optional<QString> nonce = reset ? std::nullopt : FeedStore::nonce(teacherId);
    const bool fresh = !nonce.has_value();
    if (fresh)
        nonce = randomHex(16);
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QStringLiteral("feed:%1:%2").arg(teacherId).arg(*nonce).toUtf8(), key.toUtf8(),
        QCryptographicHash::Sha256);
    const QString secret = QString::fromLatin1(
        mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (fresh)
        FeedStore::save(teacherId, *nonce, hashOf(secret));
    return secret;
}

std::optional<QByteArray> CalendarFeedService::calendar(const QString &secret,
                                                        const QString &uidHost) {
    if (secret.isEmpty() || secret.size() > MaxSecretLength)
        return std::nullopt;
    // One indexed lookup by hash, whatever the secret: a guess takes as long as a real one.
    const std::optional<qint64> teacherId = FeedStore::teacherFor(hashOf(secret));
    if (!teacherId)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTime();
    const QList<Booking> bookings =
        BookingStore::list(now.addDays(-PastDays), now.addDays(FutureDays), *teacherId);
    QHash<qint64, QString> buildings;
    for (const Room &room : RoomStore::list(true))
        buildings.insert(room.id, room.building);
    return ICalendarWriter::write(bookings, QDateTime::currentDateTimeUtc(), uidHost, buildings);
}

QString CalendarFeedService::hashOf(const QString &secret) {
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString CalendarFeedService::randomHex(int bytes) {
    QByteArray random(bytes, Qt::Uninitialized);
    for (char &byte : random)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(random.toHex());
}
