// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuditText.h"

#include "AuditLog.h"
#include "Rfc3339.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace {
constexpr int MaxListedItems = 8;

QString valueText(const QJsonValue &value);

// RFC 3339 times read as local date and time, to the minute.
QString stringText(const QString &text) {
    const QDateTime time = Rfc3339::parse(text);
    if (time.isValid())
        return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return text;
}

QString valueText(const QJsonValue &value) {
    if (value.isString())
        return stringText(value.toString());
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? AuditText::tr("yes") : AuditText::tr("no");
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList items;
        for (int i = 0; i < array.size() && i < MaxListedItems; ++i)
            items << valueText(array.at(i));
        if (array.size() > MaxListedItems)
            items << AuditText::tr("%n more", nullptr, int(array.size() - MaxListedItems));
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        // A change: "before → after".
        if (object.size() == 2 && object.contains(QStringLiteral("from")) &&
            object.contains(QStringLiteral("to")))
            return QStringLiteral("%1 → %2").arg(valueText(object.value(QStringLiteral("from"))),
                                                 valueText(object.value(QStringLiteral("to"))));
        return AuditText::details(object);
    }
    return QString();
}
} // namespace

QString AuditText::action(const QString &action) {
    static const QHash<QString, const char *> labels{
        {AuditLog::BookingCreated, QT_TR_NOOP("Booking made")},
        {AuditLog::BookingCanceled, QT_TR_NOOP("Booking canceled")},
        {AuditLog::SeriesCreated, QT_TR_NOOP("Series booked")},
        {AuditLog::SeriesCanceled, QT_TR_NOOP("Series canceled")},
        {AuditLog::RoomCreated, QT_TR_NOOP("Room added")},
        {AuditLog::RoomUpdated, QT_TR_NOOP("Room changed")},
        {AuditLog::RoomDeactivated, QT_TR_NOOP("Room deactivated")},
        {AuditLog::RoomReactivated, QT_TR_NOOP("Room reactivated")},
        {AuditLog::RoomRestricted, QT_TR_NOOP("Room restricted to admins")},
        {AuditLog::RoomUnrestricted, QT_TR_NOOP("Room open to all")},
        {AuditLog::TeacherCreated, QT_TR_NOOP("Teacher added")},
        {AuditLog::TeacherUpdated, QT_TR_NOOP("Teacher changed")},
        {AuditLog::TeacherDeactivated, QT_TR_NOOP("Teacher deactivated")},
        {AuditLog::TeacherReactivated, QT_TR_NOOP("Teacher reactivated")},
        {AuditLog::TeacherPasswordSet, QT_TR_NOOP("Password set")},
        {AuditLog::TeacherRoleChanged, QT_TR_NOOP("Role changed")},
        {AuditLog::PeriodsChanged, QT_TR_NOOP("Bell schedule changed")},
        {AuditLog::CalendarChanged, QT_TR_NOOP("Calendar changed")},
        {AuditLog::RulesChanged, QT_TR_NOOP("Booking rules changed")},
        {AuditLog::RetentionChanged, QT_TR_NOOP("Audit retention changed")},
        {AuditLog::LockForceReleased, QT_TR_NOOP("Lock force-released")},
        {AuditLog::ImportApplied, QT_TR_NOOP("CSV import")},
        {AuditLog::LoginFailed, QT_TR_NOOP("Failed login")},
        {AuditLog::LoginThrottled, QT_TR_NOOP("Login throttled")}};
    const auto label = labels.constFind(action);
    return label == labels.cend() ? action : tr(*label);
}

QString AuditText::actor(const AuditRecord &record) {
    if (record.actorId > 0)
        return record.actorName.isEmpty()
                   ? record.actor
                   : QStringLiteral("%1 (%2)").arg(record.actorName, record.actor);
    if (record.actor == QLatin1String("console"))
        return tr("Console");
    if (record.actor == QLatin1String("config file"))
        return tr("Config file");
    if (record.actor == QLatin1String("command line"))
        return record.actorName.isEmpty() ? tr("Command line")
                                          : tr("Command line (%1)").arg(record.actorName);
    if (record.actor.isEmpty())
        return tr("Not logged in");
    return record.actor;
}

QString AuditText::details(const QJsonObject &details) {
    // What a reader looks for first; the rest alphabetically, plain numbers (ids) last.
    static const QStringList first{QStringLiteral("reason"), QStringLiteral("start"),
                                   QStringLiteral("end"),    QStringLiteral("purpose"),
                                   QStringLiteral("holder"), QStringLiteral("changes"),
                                   QStringLiteral("from"),   QStringLiteral("to"),
                                   QStringLiteral("added"),  QStringLiteral("removed")};
    QStringList keys = details.keys();
    auto rank = [&](const QString &key) {
        const qsizetype index = first.indexOf(key);
        if (index >= 0)
            return int(index);
        return details.value(key).isDouble() ? 2000 : 1000;
    };
    std::stable_sort(keys.begin(), keys.end(),
                     [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        const QString text = valueText(details.value(key));
        if (!text.isEmpty())
            parts << QStringLiteral("%1: %2").arg(key, text);
    }
    return parts.join(QStringLiteral(" · "));
}

QList<QPair<QString, QString>> AuditText::actionChoices() {
    struct Kind {
        QString label;
        QString prefix;
        QStringList actions;
    };
    const QList<Kind> kinds{
        {tr("Bookings"),
         QStringLiteral("booking."),
         {AuditLog::BookingCreated, AuditLog::BookingCanceled}},
        {tr("Series"),
         QStringLiteral("series."),
         {AuditLog::SeriesCreated, AuditLog::SeriesCanceled}},
        {tr("Rooms"),
         QStringLiteral("room."),
         {AuditLog::RoomCreated, AuditLog::RoomUpdated, AuditLog::RoomDeactivated,
          AuditLog::RoomReactivated, AuditLog::RoomRestricted, AuditLog::RoomUnrestricted}},
        {tr("Teachers"),
         QStringLiteral("teacher."),
         {AuditLog::TeacherCreated, AuditLog::TeacherUpdated, AuditLog::TeacherDeactivated,
          AuditLog::TeacherReactivated, AuditLog::TeacherPasswordSet,
          AuditLog::TeacherRoleChanged}},
        {tr("Logins"),
         QStringLiteral("login."),
         {AuditLog::LoginFailed, AuditLog::LoginThrottled}}};
    QList<QPair<QString, QString>> choices{{tr("All actions"), QString()}};
    // A kind, then each of its actions indented beneath it.
    for (const Kind &kind : kinds) {
        choices.append({kind.label, kind.prefix});
        for (const QString &action : kind.actions)
            choices.append({QStringLiteral("    ") + AuditText::action(action), action});
    }
    for (const QString &action :
         {AuditLog::PeriodsChanged, AuditLog::CalendarChanged, AuditLog::RulesChanged,
          AuditLog::LockForceReleased, AuditLog::ImportApplied, AuditLog::RetentionChanged})
        choices.append({AuditText::action(action), action});
    return choices;
}
