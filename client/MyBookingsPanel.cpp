// SPDX-License-Identifier: GPL-3.0-or-later

#include "MyBookingsPanel.h"

#include "DisplayText.h"
#include "FocusChain.h"
#include "SeriesGroup.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

MyBookingsPanel::MyBookingsPanel(QWidget *parent)
    : QWidget(parent), m_list(new QVBoxLayout), m_empty(new QLabel(this)),
      m_calendarButton(new QToolButton(this)),
      m_exportAction(new QAction(tr("Add to my calendar…"), this)),
      m_subscribeAction(new QAction(tr("Subscribe in my calendar…"), this)) {
    setObjectName(QStringLiteral("myBookings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("My Bookings"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    header->addWidget(title, 1);
    // A menu beside the title: the sidebar has no room for two more buttons in every language.
    m_exportAction->setToolTip(tr("Save your upcoming bookings as a calendar file (.ics)."));
    m_subscribeAction->setToolTip(
        tr("Show a private link your calendar app can subscribe to; it stays up to date."));
    auto *menu = new QMenu(m_calendarButton);
    menu->setToolTipsVisible(true);
    menu->addAction(m_exportAction);
    menu->addAction(m_subscribeAction);
    m_calendarButton->setObjectName(QStringLiteral("calendarMenuButton"));
    m_calendarButton->setText(tr("Calendar"));
    m_calendarButton->setAccessibleName(tr("My bookings in my calendar"));
    m_calendarButton->setToolTip(
        tr("Add your bookings to your own calendar, or subscribe to them."));
    m_calendarButton->setMenu(menu);
    m_calendarButton->setPopupMode(QToolButton::InstantPopup);
    m_calendarButton->setFocusPolicy(Qt::StrongFocus);
    m_calendarButton->setCursor(Qt::PointingHandCursor);
    header->addWidget(m_calendarButton, 0, Qt::AlignVCenter);
    layout->addLayout(header);
    connect(m_exportAction, &QAction::triggered, this, &MyBookingsPanel::exportRequested);
    connect(m_subscribeAction, &QAction::triggered, this, &MyBookingsPanel::subscribeRequested);
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setText(tr("No upcoming bookings yet. Claim a room and it appears here."));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_list->setSpacing(6);
    layout->addLayout(m_list);
    layout->addStretch(1);
}

void MyBookingsPanel::setBookings(const QList<Booking> &bookings) {
    m_bookings = bookings;
    rebuild();
}

void MyBookingsPanel::addBooking(const Booking &booking) {
    for (const Booking &existing : std::as_const(m_bookings)) {
        if (existing.id == booking.id)
            return;
    }
    m_bookings << booking;
    rebuild();
}

bool MyBookingsPanel::removeBooking(qint64 bookingId) {
    const qsizetype removed =
        m_bookings.removeIf([&](const Booking &booking) { return booking.id == bookingId; });
    if (removed)
        rebuild();
    return removed > 0;
}

QWidget *MyBookingsPanel::cancelButton(qint64 bookingId) const {
    for (QPushButton *button : findChildren<QPushButton *>(QStringLiteral("cancelBookingButton"))) {
        if (button->property("bookingId").toLongLong() == bookingId)
            return button;
    }
    return nullptr;
}

SeriesGroup *MyBookingsPanel::seriesGroup(qint64 seriesId) const {
    for (SeriesGroup *group : seriesGroups()) {
        if (group->seriesId() == seriesId)
            return group;
    }
    return nullptr;
}

QList<SeriesGroup *> MyBookingsPanel::seriesGroups() const {
    return findChildren<SeriesGroup *>();
}

void MyBookingsPanel::setSchedule(int dayOfWeek, const QList<PeriodSlot> &periods) {
    if (m_schedules.contains(dayOfWeek) && m_schedules.value(dayOfWeek) == periods)
        return;
    m_schedules.insert(dayOfWeek, periods);
    rebuild();
}

void MyBookingsPanel::clearSchedules() {
    m_schedules.clear();
    m_schedulesAsked.clear();
    rebuild();
}

QString MyBookingsPanel::periodName(const Booking &booking) {
    const QDateTime start = booking.interval.start().toLocalTime();
    const int dayOfWeek = start.date().dayOfWeek();
    if (!m_schedules.contains(dayOfWeek)) {
        if (!m_schedulesAsked.contains(dayOfWeek)) {
            m_schedulesAsked.insert(dayOfWeek);
            emit scheduleNeeded(start.date());
        }
        return {};
    }
    return PeriodSlot::nameAt(m_schedules.value(dayOfWeek), start.time(),
                              booking.interval.end().toLocalTime().time());
}

void MyBookingsPanel::rebuild() {
    while (QLayoutItem *item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    std::sort(m_bookings.begin(), m_bookings.end(), [](const Booking &a, const Booking &b) {
        return a.interval.start() < b.interval.start();
    });
    QMap<qint64, QList<Booking>> series;
    for (const Booking &booking : std::as_const(m_bookings)) {
        if (booking.seriesId != 0)
            series[booking.seriesId] << booking;
    }
    // A series takes the place of its next date; its later dates are listed inside it.
    for (const Booking &booking : std::as_const(m_bookings)) {
        if (booking.seriesId == 0) {
            m_list->addWidget(singleRow(booking));
            continue;
        }
        const QList<Booking> dates = series.value(booking.seriesId);
        if (dates.first().id != booking.id)
            continue;
        auto *group = new SeriesGroup(dates, periodName(booking),
                                      m_expanded.contains(booking.seriesId), this);
        connect(group, &SeriesGroup::expandedChanged, this, [this](qint64 id, bool expanded) {
            if (expanded)
                m_expanded.insert(id);
            else
                m_expanded.remove(id);
        });
        connect(group, &SeriesGroup::cancelDateRequested, this, &MyBookingsPanel::cancelRequested);
        connect(group, &SeriesGroup::cancelLaterRequested, this,
                &MyBookingsPanel::cancelLaterRequested);
        m_list->addWidget(group);
    }
    m_empty->setVisible(m_bookings.isEmpty());
    // The rows' buttons right after the calendar button, top to bottom: rows are made long after
    // the rest of the window, and Tab would otherwise reach them last.
    QList<QWidget *> stops;
    for (int i = 0; i < m_list->count(); ++i) {
        if (QWidget *row = m_list->itemAt(i)->widget())
            stops << FocusChain::tabStops(row);
    }
    FocusChain::placeAfter(m_calendarButton, stops);
}

QWidget *MyBookingsPanel::singleRow(const Booking &booking) {
    auto *row = new QFrame(this);
    row->setObjectName(QStringLiteral("bookingRow"));
    row->setProperty("bookingId", booking.id);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(12, 8, 8, 8);
    auto *text = new QLabel(row);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(tr("<b>%1</b><br>%2%3")
                      .arg(booking.roomName.toHtmlEscaped(),
                           DisplayText::range(booking.interval).toHtmlEscaped(),
                           booking.purpose.isEmpty()
                               ? QString()
                               : QStringLiteral("<br><span style='color:#5b6777'>%1</span>")
                                     .arg(booking.purpose.toHtmlEscaped())));
    rowLayout->addWidget(text, 1);
    auto *cancel = new QPushButton(tr("Cancel"), row);
    cancel->setObjectName(QStringLiteral("cancelBookingButton"));
    cancel->setProperty("bookingId", booking.id);
    cancel->setAccessibleName(tr("Cancel booking of %1").arg(booking.roomName));
    connect(cancel, &QPushButton::clicked, this,
            [this, booking] { emit cancelRequested(booking); });
    rowLayout->addWidget(cancel, 0, Qt::AlignVCenter);
    return row;
}
