// SPDX-License-Identifier: GPL-3.0-or-later

#include "PeriodStore.h"

#include "Database.h"

namespace {
QList<Period> select(const QString &where, const QVariantMap &binds = {}) {
    QSqlQuery query =
        Database::exec(QStringLiteral("SELECT id, weekday, name, to_char(start_time, 'HH24:MI'), "
                                      "to_char(end_time, 'HH24:MI') FROM periods %1 "
                                      "ORDER BY weekday, start_time")
                           .arg(where),
                       binds);
    QList<Period> periods;
    while (query.next()) {
        Period period;
        period.id = query.value(0).toLongLong();
        period.weekday = query.value(1).toInt();
        period.name = query.value(2).toString();
        period.start = QTime::fromString(query.value(3).toString(), QStringLiteral("HH:mm"));
        period.end = QTime::fromString(query.value(4).toString(), QStringLiteral("HH:mm"));
        periods << period;
    }
    return periods;
}
} // namespace

QList<Period> PeriodStore::list() {
    return select(QString());
}

QList<Period> PeriodStore::listFor(int weekday) {
    return select(QStringLiteral("WHERE weekday = :weekday"),
                  {{QStringLiteral("weekday"), weekday}});
}

void PeriodStore::replaceAll(const QList<Period> &periods) {
    Database::transaction([&] {
        Database::exec(QStringLiteral("DELETE FROM periods"));
        for (const Period &period : periods) {
            Database::exec(
                QStringLiteral("INSERT INTO periods (weekday, name, start_time, "
                               "end_time) VALUES (:weekday, :name, "
                               "CAST(:start AS time), CAST(:end AS time))"),
                {{QStringLiteral("weekday"), period.weekday},
                 {QStringLiteral("name"), period.name.trimmed()},
                 {QStringLiteral("start"), period.start.toString(QStringLiteral("HH:mm"))},
                 {QStringLiteral("end"), period.end.toString(QStringLiteral("HH:mm"))}});
        }
    });
}
