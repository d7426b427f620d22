#include "PeriodStore.h"

#include "Database.h"

QList<Period> PeriodStore::list() {
    QSqlQuery query = Database::exec(QStringLiteral(
        "SELECT id, name, to_char(start_time, 'HH24:MI'), to_char(end_time, 'HH24:MI') "
        "FROM periods ORDER BY start_time"));
    QList<Period> periods;
    while (query.next()) {
        Period period;
        period.id = query.value(0).toLongLong();
        period.name = query.value(1).toString();
        period.start = QTime::fromString(query.value(2).toString(), QStringLiteral("HH:mm"));
        period.end = QTime::fromString(query.value(3).toString(), QStringLiteral("HH:mm"));
        periods << period;
    }
    return periods;
}

void PeriodStore::replaceAll(const QList<Period> &periods) {
    Database::transaction([&] {
        Database::exec(QStringLiteral("DELETE FROM periods"));
        for (const Period &period : periods) {
            Database::exec(
                QStringLiteral("INSERT INTO periods (name, start_time, end_time) "
                               "VALUES (:name, CAST(:start AS time), CAST(:end AS time))"),
                {{QStringLiteral("name"), period.name.trimmed()},
                 {QStringLiteral("start"), period.start.toString(QStringLiteral("HH:mm"))},
                 {QStringLiteral("end"), period.end.toString(QStringLiteral("HH:mm"))}});
        }
    });
}
