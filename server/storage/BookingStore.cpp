// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingStore.h"

#include "Database.h"
#include "DatabaseError.h"
#include "Savepoint.h"
#include "SqlTime.h"

#include <QJsonDocument>

namespace {
QString selectSql() {
    return QStringLiteral(
               "SELECT b.id, b.room_id, r.name, b.teacher_id, t.name, %1, %2, b.purpose, "
               "b.series_id "
               "FROM bookings b JOIN rooms r ON r.id = b.room_id "
               "JOIN teachers t ON t.id = b.teacher_id ")
        .arg(SqlTime::lowerMs(QStringLiteral("b.during")),
             SqlTime::upperMs(QStringLiteral("b.during")));
}

Booking bookingFrom(const QSqlQuery &query) {
    Booking booking;
    booking.id = query.value(0).toLongLong();
    booking.roomId = query.value(1).toLongLong();
    booking.roomName = query.value(2).toString();
    booking.teacherId = query.value(3).toLongLong();
    booking.teacherName = query.value(4).toString();
    booking.interval = Interval(SqlTime::fromMs(query.value(5)), SqlTime::fromMs(query.value(6)));
    booking.purpose = query.value(7).toString();
    booking.seriesId = query.value(8).isNull() ? 0 : query.value(8).toLongLong();
    return booking;
}

QVariantMap intervalBinds(const Interval &interval) {
    return {{QStringLiteral("start"), SqlTime::toSql(interval.start())},
            {QStringLiteral("end"), SqlTime::toSql(interval.end())}};
}
} // namespace

std::optional<Booking> BookingStore::find(qint64 id, bool includeCanceled) {
    QSqlQuery query = Database::exec(
        selectSql() +
            QStringLiteral("WHERE b.id = :id %1")
                .arg(includeCanceled ? QString() : QStringLiteral("AND b.canceled_at IS NULL")),
        {{QStringLiteral("id"), id}});
    if (!query.next())
        return std::nullopt;
    return bookingFrom(query);
}

std::optional<Booking> BookingStore::firstOverlapping(qint64 roomId, const Interval &interval) {
    QVariantMap binds = intervalBinds(interval);
    binds.insert(QStringLiteral("room"), roomId);
    QSqlQuery query = Database::exec(
        selectSql() +
            QStringLiteral("WHERE b.room_id = :room AND b.canceled_at IS NULL AND b.during && %1 "
                           "ORDER BY lower(b.during) LIMIT 1")
                .arg(SqlTime::range()),
        binds);
    if (!query.next())
        return std::nullopt;
    return bookingFrom(query);
}

Booking BookingStore::insert(qint64 roomId, qint64 teacherId, const Interval &interval,
                             const QString &purpose, qint64 seriesId) {
    QVariantMap binds = intervalBinds(interval);
    binds.insert(QStringLiteral("room"), roomId);
    binds.insert(QStringLiteral("teacher"), teacherId);
    // A null QString (no purpose given) binds as SQL NULL; the column is NOT NULL DEFAULT ''.
    binds.insert(QStringLiteral("purpose"), purpose.isNull() ? QStringLiteral("") : purpose);
    binds.insert(QStringLiteral("series"),
                 seriesId > 0 ? QVariant(seriesId) : QVariant(QMetaType::fromType<qint64>()));
    QSqlQuery query = Database::exec(
        QStringLiteral("INSERT INTO bookings (room_id, teacher_id, during, purpose, series_id) "
                       "VALUES (:room, :teacher, %1, :purpose, :series) RETURNING id")
            .arg(SqlTime::range()),
        binds);
    // A trigger may swallow the row: report that instead of reading a booking that is not there.
    const std::optional<Booking> booking =
        query.next() ? find(query.value(0).toLongLong()) : std::nullopt;
    if (!booking)
        throw DatabaseError(QStringLiteral("the new booking was not stored"), QString(), false);
    return *booking;
}

BookingStore::Created BookingStore::createUnderLock(const UnderLock &booking) {
    return createUnderLocks({booking}).constFirst();
}

QList<BookingStore::Created> BookingStore::createUnderLocks(const QList<UnderLock> &bookings) {
    // One row of arguments per booking (each value an escaped literal), and the function once
    // per row, in order, all in this one statement.
    QVariantMap binds;
    QStringList rows;
    const QVariant noText(QMetaType::fromType<QString>());
    for (qsizetype i = 0; i < bookings.size(); ++i) {
        const UnderLock &booking = bookings.at(i);
        const QString n = QString::number(i);
        const auto bind = [&](const QString &name, const QVariant &value, const char *type) {
            binds.insert(name + n, value);
            return QStringLiteral("CAST(:%1%2 AS %3)").arg(name, n, QLatin1String(type));
        };
        rows << QStringLiteral("(%1)").arg(QStringList{
            QString::number(i), bind(QStringLiteral("lock"), booking.lockId, "bigint"),
            bind(QStringLiteral("room"), booking.roomId, "bigint"),
            bind(QStringLiteral("teacher"), booking.teacherId, "bigint"),
            bind(QStringLiteral("start"), SqlTime::toSql(booking.interval.start()), "timestamptz"),
            bind(QStringLiteral("end"), SqlTime::toSql(booking.interval.end()), "timestamptz"),
            bind(QStringLiteral("purpose"),
                 booking.purpose.isNull() ? QStringLiteral("") : booking.purpose, "text"),
            bind(QStringLiteral("channel"), booking.channel, "text"),
            bind(QStringLiteral("frame"), QString::fromUtf8(booking.frame), "text"),
            bind(QStringLiteral("actorId"), booking.audit.actorId, "bigint"),
            bind(QStringLiteral("actor"), booking.audit.actor, "text"),
            bind(QStringLiteral("actorName"), booking.audit.actorName, "text"),
            bind(QStringLiteral("actorRole"), booking.audit.actorRole, "text"),
            bind(QStringLiteral("address"), booking.audit.address, "text"),
            bind(QStringLiteral("subject"), booking.audit.subject, "text"),
            bind(QStringLiteral("details"),
                 QString::fromUtf8(
                     QJsonDocument(booking.audit.details).toJson(QJsonDocument::Compact)),
                 "jsonb"),
            // No key: SQL NULL (a null QString would bind as '').
            bind(QStringLiteral("request"),
                 booking.requestId.isEmpty() ? noText : QVariant(booking.requestId), "text"),
            bind(QStringLiteral("fingerprint"),
                 booking.requestId.isEmpty() ? noText : QVariant(booking.fingerprint), "text")}
                                               .join(QStringLiteral(", ")));
    }
    // In a transaction of its own, answered only once COMMIT has succeeded: on its own (an
    // implicit transaction) the statement's rows reach the driver before PostgreSQL commits, and
    // when the server ends the session in between (a fast or immediate shutdown) the error that
    // follows the rows is dropped by the driver (single-row mode), so a booking that was rolled
    // back was answered as made. A failed COMMIT says so.
    return Database::transaction([&] {
        QSqlQuery query = Database::exec(
            QStringLiteral(
                "SELECT v.i, f.status, f.booking_id, f.conflict_id, f.conflict_room_id, "
                "f.conflict_room_name, f.conflict_teacher_id, f.conflict_teacher_name, "
                "f.conflict_start, f.conflict_end, f.conflict_purpose, f.conflict_series_id "
                "FROM (VALUES %1) AS v(i, lock, room, teacher, s, e, purpose, channel, frame, "
                "actor_id, actor, actor_name, actor_role, address, subject, details, request, "
                "fingerprint) "
                "CROSS JOIN LATERAL roomclaim_create_booking_once(v.request, v.fingerprint, "
                "v.lock, v.room, v.teacher, v.s, v.e, v.purpose, v.channel, v.frame, "
                "v.actor_id, v.actor, v.actor_name, v.actor_role, v.address, v.subject, "
                "v.details) AS f ORDER BY v.i")
                .arg(rows.join(QStringLiteral(", "))),
            binds);
        QList<Created> results(bookings.size());
        while (query.next()) {
            const qsizetype i = query.value(0).toLongLong();
            if (i < 0 || i >= results.size())
                continue;
            Created &created = results[i];
            created.status = query.value(1).toString();
            created.bookingId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
            if (!query.value(3).isNull()) {
                Booking conflict;
                conflict.id = query.value(3).toLongLong();
                conflict.roomId = query.value(4).toLongLong();
                conflict.roomName = query.value(5).toString();
                conflict.teacherId = query.value(6).toLongLong();
                conflict.teacherName = query.value(7).toString();
                conflict.interval =
                    Interval(SqlTime::fromMs(query.value(8)), SqlTime::fromMs(query.value(9)));
                conflict.purpose = query.value(10).toString();
                conflict.seriesId = query.value(11).isNull() ? 0 : query.value(11).toLongLong();
                created.conflict = conflict;
            }
        }
        return results;
    });
}

std::optional<Booking> BookingStore::insertIfFree(qint64 roomId, qint64 teacherId,
                                                  const Interval &interval, const QString &purpose,
                                                  qint64 seriesId) {
    try {
        return Savepoint::run(
            [&] { return insert(roomId, teacherId, interval, purpose, seriesId); });
    } catch (const DatabaseError &error) {
        if (!error.isExclusionViolation())
            throw;
        return std::nullopt;
    }
}

QList<Booking> BookingStore::findAll(const QList<qint64> &ids, bool includeCanceled) {
    if (ids.isEmpty())
        return {};
    QStringList numbers; // integers only: safe to write into the statement
    for (qint64 id : ids)
        numbers << QString::number(id);
    QSqlQuery query = Database::exec(
        selectSql() +
        QStringLiteral("WHERE b.id IN (%1) %2 ORDER BY lower(b.during), b.id")
            .arg(numbers.join(QLatin1Char(',')),
                 includeCanceled ? QString() : QStringLiteral("AND b.canceled_at IS NULL")));
    QList<Booking> bookings;
    while (query.next())
        bookings << bookingFrom(query);
    return bookings;
}

bool BookingStore::cancel(qint64 id, qint64 canceledBy, const QString &reason) {
    return Database::exec(
               QStringLiteral("UPDATE bookings SET canceled_at = now(), canceled_by = :by, "
                              "cancel_reason = :reason WHERE id = :id AND canceled_at IS NULL"),
               {{QStringLiteral("id"), id},
                {QStringLiteral("by"),
                 canceledBy > 0 ? QVariant(canceledBy) : QVariant(QMetaType::fromType<qint64>())},
                {QStringLiteral("reason"), reason}})
               .numRowsAffected() > 0;
}

int BookingStore::countUpcoming(qint64 teacherId, const QDateTime &from) {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT count(*) FROM bookings WHERE teacher_id = :teacher "
                       "AND canceled_at IS NULL AND upper(during) > :from"),
        {{QStringLiteral("teacher"), teacherId}, {QStringLiteral("from"), SqlTime::toSql(from)}});
    return query.next() ? query.value(0).toInt() : 0;
}

QString BookingStore::indexedTime(const QString &alias) {
    return QStringLiteral("tstzrange(lower(%1.during), upper(%1.during))").arg(alias);
}

QList<Booking> BookingStore::list(const QDateTime &from, const QDateTime &to,
                                  std::optional<qint64> teacherId, std::optional<qint64> roomId,
                                  std::optional<qint64> afterId, int limit) {
    QVariantMap binds = intervalBinds(Interval(from, to));
    // One room's bookings come from the exclusion constraint's index (room, then time); any
    // other listing searches by time over every room, through the index of migration 007.
    QString where = QStringLiteral("WHERE b.canceled_at IS NULL AND %1 && %2")
                        .arg(roomId ? QStringLiteral("b.during") : indexedTime(QStringLiteral("b")),
                             SqlTime::range());
    if (teacherId) {
        where += QStringLiteral(" AND b.teacher_id = :teacher");
        binds.insert(QStringLiteral("teacher"), *teacherId);
    }
    if (roomId) {
        where += QStringLiteral(" AND b.room_id = :room");
        binds.insert(QStringLiteral("room"), *roomId);
    }
    if (afterId) {
        // Keyset paging: canceled bookings stay in the table, so a cursor outlives them.
        where += QStringLiteral(" AND (lower(b.during), r.name, b.id) > (SELECT lower(a.during), "
                                "ar.name, a.id FROM bookings a JOIN rooms ar ON ar.id = a.room_id "
                                "WHERE a.id = :after)");
        binds.insert(QStringLiteral("after"), *afterId);
    }
    QString order = QStringLiteral(" ORDER BY lower(b.during), r.name, b.id");
    if (limit > 0)
        order += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query = Database::exec(selectSql() + where + order, binds);
    QList<Booking> bookings;
    while (query.next())
        bookings << bookingFrom(query);
    return bookings;
}
