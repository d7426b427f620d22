// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingRulesPage.h"

#include "AdminErrors.h"
#include "AdminService.h"
#include "PageJobs.h"
#include "SchoolDirectory.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int MaxDaysAheadLimit = 3650;
constexpr int MaxActiveLimit = 10000;
constexpr int RoomIdRole = Qt::UserRole;

struct StoredRules {
    BookingRuleSet rules;
    QList<Room> rooms;
};

// What a save changed before it ended: rooms marked before a failure stay marked.
struct SaveOutcome {
    int roomsChanged = 0;
    std::exception_ptr error;
};
} // namespace

BookingRulesPage::BookingRulesPage(QThreadPool *workers, QWidget *parent)
    : QWidget(parent), m_jobs(new PageJobs(workers, this)) {
    auto *intro = new QLabel(tr("Rules every teacher's booking must keep. Admins are exempt. A "
                                "refused booking tells the teacher which rule refused it."),
                             this);
    intro->setWordWrap(true);

    m_maxDaysAhead = new QSpinBox(this);
    m_maxDaysAhead->setObjectName(QStringLiteral("maxDaysAheadSpin"));
    m_maxDaysAhead->setRange(0, MaxDaysAheadLimit);
    m_maxDaysAhead->setSpecialValueText(tr("No limit"));
    m_maxDaysAhead->setSuffix(tr(" days"));
    m_maxDaysAhead->setAccessibleName(tr("How many days ahead teachers may book"));
    m_maxDaysAhead->setToolTip(tr("0: no limit"));
    m_maxActive = new QSpinBox(this);
    m_maxActive->setObjectName(QStringLiteral("maxActiveBookingsSpin"));
    m_maxActive->setRange(0, MaxActiveLimit);
    m_maxActive->setSpecialValueText(tr("No limit"));
    m_maxActive->setSuffix(tr(" bookings"));
    m_maxActive->setAccessibleName(tr("How many upcoming bookings one teacher may hold"));
    m_maxActive->setToolTip(tr("0: no limit. Each date of a repeating booking counts."));
    for (QSpinBox *spin : {m_maxDaysAhead, m_maxActive})
        spin->setFixedWidth(180);

    m_restricted = new QListWidget(this);
    m_restricted->setObjectName(QStringLiteral("restrictedRoomsList"));
    m_restricted->setAccessibleName(tr("Rooms only admins may book"));
    m_restricted->setAlternatingRowColors(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rulesSummaryLabel"));
    m_summary->setWordWrap(true);
    m_revert = new QPushButton(tr("Discard changes"), this);
    m_revert->setObjectName(QStringLiteral("revertRulesButton"));
    m_save = new QPushButton(tr("Save rules"), this);
    m_save->setObjectName(QStringLiteral("saveRulesButton"));
    m_save->setDefault(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rulesStatusLabel"));
    m_status->setWordWrap(true);

    auto *limitsBox = new QGroupBox(tr("Limits"), this);
    auto *form = new QFormLayout(limitsBox);
    auto *daysLabel = new QLabel(tr("Book at most &this far ahead:"), limitsBox);
    daysLabel->setBuddy(m_maxDaysAhead);
    auto *activeLabel = new QLabel(tr("&Upcoming bookings per teacher:"), limitsBox);
    activeLabel->setBuddy(m_maxActive);
    form->addRow(daysLabel, m_maxDaysAhead);
    form->addRow(activeLabel, m_maxActive);

    auto *roomsBox = new QGroupBox(tr("Restricted rooms"), this);
    auto *roomsLayout = new QVBoxLayout(roomsBox);
    auto *roomsIntro = new QLabel(tr("Ticked rooms can only be booked by an admin (for example "
                                     "the exam hall). Teachers still see their bookings."),
                                  roomsBox);
    roomsIntro->setWordWrap(true);
    roomsLayout->addWidget(roomsIntro);
    roomsLayout->addWidget(m_restricted, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *column = new QVBoxLayout;
    column->addWidget(intro);
    column->addWidget(limitsBox);
    column->addWidget(roomsBox, 1);
    column->addLayout(buttons);
    column->addWidget(m_status);
    // A short form: stretched over a wide window it reads badly.
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(column, 3);
    layout->addStretch(2);

    for (QSpinBox *spin : {m_maxDaysAhead, m_maxActive}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (m_loading)
                return;
            updateSummary();
            setDirty(true);
        });
    }
    connect(m_restricted, &QListWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        updateSummary();
        setDirty(true);
    });
    connect(m_save, &QPushButton::clicked, this, &BookingRulesPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        revert();
        setStatus(tr("Changes discarded."), false);
    });
    connect(m_jobs, &PageJobs::busyChanged, this, &BookingRulesPage::updateButtons);
    setDirty(false);
    refresh();
}

bool BookingRulesPage::isBusy() const {
    return m_jobs->isBusy();
}

void BookingRulesPage::refresh() {
    if (!m_dirty)
        load(true);
}

void BookingRulesPage::revert() {
    load(false);
}

void BookingRulesPage::load(bool keepEdits) {
    const quint64 ticket = m_loads.next();
    m_jobs->run(
        [] {
            return StoredRules{AdminService::bookingRules(), SchoolDirectory::rooms(true)};
        },
        [this, ticket, keepEdits](const Background::Result<StoredRules> &result) {
            // A newer load is on its way, or the admin began editing meanwhile.
            if (!m_loads.isCurrent(ticket) || (keepEdits && m_dirty))
                return;
            try {
                showRules(result.value().rules, result.value().rooms);
                if (m_loadFailed)
                    setStatus(QString(), false);
                m_loadFailed = false;
            } catch (...) {
                setStatus(AdminErrors::describeCurrent(), true);
                m_loadFailed = true;
            }
        });
}

void BookingRulesPage::showRules(const BookingRuleSet &rules, const QList<Room> &rooms) {
    m_loading = true;
    m_rooms = rooms;
    m_maxDaysAhead->setValue(rules.maxDaysAhead);
    m_maxActive->setValue(rules.maxActiveBookings);
    m_restricted->clear();
    for (const Room &room : std::as_const(m_rooms)) {
        auto *item = new QListWidgetItem(
            room.active ? room.name : tr("%1 (inactive)").arg(room.name), m_restricted);
        item->setData(RoomIdRole, room.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(room.restricted ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
    updateSummary();
    setDirty(false);
}

bool BookingRulesPage::save() {
    if (m_jobs->isBusy())
        return false;
    BookingRuleSet rules;
    rules.maxDaysAhead = m_maxDaysAhead->value();
    rules.maxActiveBookings = m_maxActive->value();
    QList<QPair<qint64, bool>> marks; // the rooms whose mark the admin changed
    for (int i = 0; i < m_restricted->count() && i < m_rooms.size(); ++i) {
        const bool restricted = m_restricted->item(i)->checkState() == Qt::Checked;
        if (m_rooms.at(i).restricted != restricted)
            marks.append({m_rooms.at(i).id, restricted});
    }
    setStatus(tr("Saving the rules…"), false);
    m_jobs->run(
        [rules, marks] {
            SaveOutcome outcome;
            try {
                AdminService::saveBookingRules(rules);
                for (const auto &[roomId, restricted] : marks) {
                    AdminService::setRoomRestricted(roomId, restricted);
                    ++outcome.roomsChanged;
                }
            } catch (...) {
                outcome.error = std::current_exception();
            }
            return outcome;
        },
        [this](const Background::Result<SaveOutcome> &result) {
            const SaveOutcome &outcome = result.value(); // the work catches what it throws
            // Rooms saved before a failure are stored: show what is true now. The reload keeps
            // edits the admin makes meanwhile.
            setDirty(false);
            load(true);
            if (outcome.roomsChanged > 0)
                emit roomsEdited();
            if (outcome.error) {
                try {
                    std::rethrow_exception(outcome.error);
                } catch (...) {
                    setStatus(tr("Not saved: %1").arg(AdminErrors::describeCurrent()), true);
                }
                emit saveFinished(false);
                return;
            }
            setStatus(tr("Saved. Teachers' next bookings follow these rules."), false);
            emit saveFinished(true);
        });
    return true;
}

void BookingRulesPage::setMaxDaysAhead(int days) {
    m_maxDaysAhead->setValue(days);
}

void BookingRulesPage::setMaxActiveBookings(int bookings) {
    m_maxActive->setValue(bookings);
}

bool BookingRulesPage::setRoomRestricted(qint64 roomId, bool restricted) {
    for (int i = 0; i < m_restricted->count(); ++i) {
        QListWidgetItem *item = m_restricted->item(i);
        if (item->data(RoomIdRole).toLongLong() == roomId) {
            item->setCheckState(restricted ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void BookingRulesPage::updateSummary() {
    QStringList parts;
    const int days = m_maxDaysAhead->value(), active = m_maxActive->value();
    parts << (days == 0   ? tr("Bookings may be made any time ahead.")
              : days == 1 ? tr("Bookings may be made at most 1 day ahead.")
                          : tr("Bookings may be made at most %1 days ahead.").arg(days));
    parts << (active == 0   ? tr("No limit on upcoming bookings.")
              : active == 1 ? tr("At most 1 upcoming booking per teacher.")
                            : tr("At most %1 upcoming bookings per teacher.").arg(active));
    int restricted = 0;
    for (int i = 0; i < m_restricted->count(); ++i)
        restricted += m_restricted->item(i)->checkState() == Qt::Checked ? 1 : 0;
    parts << (restricted == 0   ? tr("Every room is open to teachers.")
              : restricted == 1 ? tr("1 room for admins only.")
                                : tr("%1 rooms for admins only.").arg(restricted));
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

void BookingRulesPage::updateButtons() {
    // A save waits for the load or save before it.
    m_save->setEnabled(m_dirty && !m_jobs->isBusy());
    m_revert->setEnabled(m_dirty);
}

void BookingRulesPage::setDirty(bool dirty) {
    m_dirty = dirty;
    updateButtons();
    if (dirty) {
        m_status->setText(tr("Unsaved changes: press Save rules to apply them."));
        m_status->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    }
}

void BookingRulesPage::setStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                                  : QStringLiteral("color: #1b5e20;"));
}
