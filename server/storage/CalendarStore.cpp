// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarStore.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QDate dateFrom(const QVariant &value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString isoDate(const QDate &date) {
    return date.toString(Qt::ISODate);
}
} // namespace

QList<Term> CalendarStore::terms() {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT id, name, to_char(first_day, 'YYYY-MM-DD'), "
                       "to_char(last_day, 'YYYY-MM-DD'), array_to_json(week_cycle)::text "
                       "FROM terms ORDER BY first_day"));
    QList<Term> terms;
    while (query.next()) {
        Term term;
        term.id = query.value(0).toLongLong();
        term.name = query.value(1).toString();
        term.first = dateFrom(query.value(2));
        term.last = dateFrom(query.value(3));
        for (const QJsonValue &label :
             QJsonDocument::fromJson(query.value(4).toByteArray()).array())
            term.weeks << label.toString();
        terms << term;
    }
    return terms;
}

QList<ClosedRange> CalendarStore::closedRanges() {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT id, name, to_char(first_day, 'YYYY-MM-DD'), "
                       "to_char(last_day, 'YYYY-MM-DD') FROM closed_days ORDER BY first_day, id"));
    QList<ClosedRange> ranges;
    while (query.next()) {
        ClosedRange range;
        range.id = query.value(0).toLongLong();
        range.name = query.value(1).toString();
        range.first = dateFrom(query.value(2));
        range.last = dateFrom(query.value(3));
        ranges << range;
    }
    return ranges;
}

void CalendarStore::replaceAll(const QList<Term> &terms, const QList<ClosedRange> &closedRanges) {
    Database::transaction([&] {
        Database::exec(QStringLiteral("DELETE FROM closed_days"));
        Database::exec(QStringLiteral("DELETE FROM terms"));
        for (const Term &term : terms) {
            const QString weeks =
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(term.weeks))
                                      .toJson(QJsonDocument::Compact));
            Database::exec(
                QStringLiteral("INSERT INTO terms (name, first_day, last_day, week_cycle) "
                               "VALUES (:name, CAST(:first AS date), CAST(:last AS date), "
                               "ARRAY(SELECT json_array_elements_text(CAST(:weeks AS json))))"),
                {{QStringLiteral("name"), term.name.trimmed()},
                 {QStringLiteral("first"), isoDate(term.first)},
                 {QStringLiteral("last"), isoDate(term.last)},
                 {QStringLiteral("weeks"), weeks}});
        }
        for (const ClosedRange &range : closedRanges) {
            Database::exec(QStringLiteral("INSERT INTO closed_days (name, first_day, last_day) "
                                          "VALUES (:name, CAST(:first AS date), CAST(:last AS "
                                          "date))"),
                           {{QStringLiteral("name"), range.name.trimmed()},
                            {QStringLiteral("first"), isoDate(range.first)},
                            {QStringLiteral("last"), isoDate(range.last)}});
        }
    });
}
