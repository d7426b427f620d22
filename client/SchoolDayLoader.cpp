// SPDX-License-Identifier: GPL-3.0-or-later

#include "SchoolDayLoader.h"

#include "Connection.h"
#include "PeriodSlot.h"
#include "ReplyText.h"
#include "SearchPanel.h"

#include <QJsonArray>
#include <memory>

namespace {
// How far ahead the start-up looks for a day with a lesson still to come.
constexpr int DaysToLookAhead = 14;
} // namespace

SchoolDayLoader::SchoolDayLoader(Connection *connection, SearchPanel *searchPanel, QObject *parent)
    : QObject(parent), m_connection(connection), m_searchPanel(searchPanel) {
    connect(m_searchPanel, &SearchPanel::dateChosen, this,
            [this](const QDate &date) { loadDay(date); });
    connect(m_searchPanel, &SearchPanel::monthShown, this, &SchoolDayLoader::loadMonth);
}

void SchoolDayLoader::loadDay(const QDate &date, bool findSchoolDay, int attempt) {
    // The periods and the calendar entry travel in two requests; the day is shown when both
    // have answered, unless another date was chosen meanwhile.
    struct Answers {
        std::optional<SchoolDay> day;
        std::optional<QList<PeriodSlot>> periods;
        QString closed;
        QString week;
    };
    const quint64 generation = ++m_dayGeneration;
    auto answers = std::make_shared<Answers>();
    auto finish = [this, answers, generation, date, findSchoolDay, attempt] {
        if (!answers->day || !answers->periods || generation != m_dayGeneration)
            return;
        SchoolDay day = *answers->day;
        if (!answers->closed.isEmpty() && day.open) {
            day.open = false;
            day.reason = answers->closed;
        }
        if (day.week.isEmpty())
            day.week = answers->week;
        const QList<PeriodSlot> &periods = *answers->periods;
        const QDateTime now = QDateTime::currentDateTime();
        const bool lessonAhead = std::any_of(periods.cbegin(), periods.cend(), [&](auto &slot) {
            return QDateTime(date, slot.end) > now;
        });
        if (findSchoolDay && (!day.open || !lessonAhead) && attempt < DaysToLookAhead)
            return loadDay(date.addDays(1), true, attempt + 1);
        m_searchPanel->showDay(day, periods, findSchoolDay);
    };
    const QString isoDate = date.toString(Qt::ISODate);
    m_connection->request(QStringLiteral("listPeriods"), {{QStringLiteral("date"), isoDate}},
                          [this, answers, finish](const ServerReply &reply) {
                              if (!reply.ok) {
                                  emit loadFailed(ReplyText::of(reply));
                                  return;
                              }
                              answers->periods = PeriodSlot::listFromJson(
                                  reply.body.value(QStringLiteral("periods")).toArray());
                              answers->closed = ReplyText::closedReason(
                                  reply.body.value(QStringLiteral("closed")).toString());
                              answers->week = reply.body.value(QStringLiteral("week")).toString();
                              finish();
                          });
    m_connection->request(QStringLiteral("listCalendar"),
                          {{QStringLiteral("from"), isoDate}, {QStringLiteral("to"), isoDate}},
                          [answers, finish, date](const ServerReply &reply) {
                              // A server without a school calendar has every day open.
                              SchoolDay day;
                              day.date = date;
                              const QJsonArray days =
                                  reply.body.value(QStringLiteral("days")).toArray();
                              if (reply.ok && !days.isEmpty())
                                  day = SchoolDay::fromJson(days.first().toObject());
                              day.reason = ReplyText::closedReason(day.reason);
                              answers->day = day;
                              finish();
                          });
}

void SchoolDayLoader::loadMonth(int year, int month) {
    const int key = year * 12 + month;
    if (m_loadedMonths.contains(key))
        return;
    m_loadedMonths.insert(key);
    // The picker also shows the ends of the neighbouring months.
    const QDate first = QDate(year, month, 1).addDays(-7);
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(14);
    m_connection->request(QStringLiteral("listCalendar"),
                          {{QStringLiteral("from"), first.toString(Qt::ISODate)},
                           {QStringLiteral("to"), last.toString(Qt::ISODate)}},
                          [this, key](const ServerReply &reply) {
                              if (!reply.ok) {
                                  m_loadedMonths.remove(key);
                                  return;
                              }
                              QList<SchoolDay> days;
                              for (const QJsonValue &value :
                                   reply.body.value(QStringLiteral("days")).toArray()) {
                                  days << SchoolDay::fromJson(value.toObject());
                                  days.last().reason = ReplyText::closedReason(days.last().reason);
                              }
                              m_searchPanel->setCalendarDays(days);
                          });
}

void SchoolDayLoader::reloadMonths() {
    m_loadedMonths.clear();
    loadMonth(m_searchPanel->shownYear(), m_searchPanel->shownMonth());
}
