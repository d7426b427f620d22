// SPDX-License-Identifier: GPL-3.0-or-later

#include "SeriesGroup.h"

#include "DisplayText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SeriesGroup::SeriesGroup(const QList<Booking> &bookings, const QString &periodName, bool expanded,
                         QWidget *parent)
    : QFrame(parent), m_bookings(bookings), m_toggle(new QPushButton(this)),
      m_dates(new QWidget(this)) {
    setObjectName(QStringLiteral("seriesGroup"));
    setProperty("seriesId", seriesId());
    const QString description = describe(bookings, periodName);
    setAccessibleName(description);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(4);

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("seriesTitle"));
    title->setWordWrap(true);
    title->setText(description);
    layout->addWidget(title);
    const QString purpose = bookings.value(0).purpose;
    if (!purpose.isEmpty()) {
        auto *purposeLabel = new QLabel(purpose, this);
        purposeLabel->setObjectName(QStringLiteral("seriesPurpose"));
        layout->addWidget(purposeLabel);
    }

    m_toggle->setObjectName(QStringLiteral("seriesToggle"));
    m_toggle->setFlat(true);
    m_toggle->setCursor(Qt::PointingHandCursor);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        setExpanded(!m_expanded);
        emit expandedChanged(seriesId(), m_expanded);
    });
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);

    auto *datesLayout = new QVBoxLayout(m_dates);
    datesLayout->setContentsMargins(0, 2, 0, 0);
    datesLayout->setSpacing(6);
    for (const Booking &booking : bookings)
        datesLayout->addWidget(dateRow(booking));
    layout->addWidget(m_dates);
    setExpanded(expanded);
}

QString SeriesGroup::describe(const QList<Booking> &bookings, const QString &periodName) {
    if (bookings.isEmpty())
        return {};
    const Booking &first = bookings.first();
    const QDateTime start = first.interval.start().toLocalTime();
    const QString when = tr("%1 %2").arg(
        DisplayText::weekdays(start.date().dayOfWeek()),
        periodName.isEmpty() ? DisplayText::clockRange(first.interval) : periodName);
    const QDate last = bookings.last().interval.start().toLocalTime().date();
    const QString dates =
        bookings.size() == 1
            ? tr("1 date, %1").arg(DisplayText::shortDate(last))
            : tr("%1 dates until %2").arg(bookings.size()).arg(DisplayText::shortDate(last));
    return tr("%1 · %2 · %3").arg(first.roomName, when, dates);
}

void SeriesGroup::setExpanded(bool expanded) {
    m_expanded = expanded;
    m_dates->setVisible(expanded);
    m_toggle->setText(expanded ? tr("Hide the dates") : tr("Show the dates"));
    m_toggle->setAccessibleName(expanded ? tr("Hide the dates of %1").arg(accessibleName())
                                         : tr("Show the dates of %1").arg(accessibleName()));
}

QWidget *SeriesGroup::dateRow(const Booking &booking) {
    auto *row = new QFrame(m_dates);
    row->setObjectName(QStringLiteral("seriesDateRow"));
    row->setProperty("bookingId", booking.id);
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(8, 4, 0, 4);
    rowLayout->setSpacing(2);
    const QString when = DisplayText::range(booking.interval);
    auto *label = new QLabel(when, row);
    label->setObjectName(QStringLiteral("seriesDate"));
    rowLayout->addWidget(label);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    auto *cancelDate = new QPushButton(tr("Cancel this date"), row);
    cancelDate->setObjectName(QStringLiteral("cancelDateButton"));
    cancelDate->setProperty("bookingId", booking.id);
    cancelDate->setAccessibleName(tr("Cancel %1 on %2").arg(booking.roomName, when));
    connect(cancelDate, &QPushButton::clicked, this,
            [this, booking] { emit cancelDateRequested(booking); });
    buttons->addWidget(cancelDate);
    auto *cancelLater = new QPushButton(tr("Cancel this and later dates"), row);
    cancelLater->setObjectName(QStringLiteral("cancelLaterButton"));
    cancelLater->setProperty("bookingId", booking.id);
    cancelLater->setAccessibleName(
        tr("Cancel %1 on %2 and every later date of the series").arg(booking.roomName, when));
    connect(cancelLater, &QPushButton::clicked, this,
            [this, booking] { emit cancelLaterRequested(booking); });
    buttons->addWidget(cancelLater);
    buttons->addStretch(1);
    rowLayout->addLayout(buttons);
    return row;
}
