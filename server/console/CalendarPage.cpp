// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarPage.h"

#include "AdminErrors.h"
#include "AdminService.h"
#include "CalendarTableCells.h"
#include "CalendarValidator.h"
#include "CalendarYearView.h"
#include "CancelBookingDialog.h"
#include "ClosedDaysEditor.h"
#include "ConsoleText.h"
#include "PageJobs.h"
#include "RoomClaimServer.h"
#include "SchoolCalendar.h"
#include "TermsEditor.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace {
enum BookingColumn { BookingDate, BookingTime, BookingRoom, BookingTeacher, BookingReason };

struct StoredCalendar {
    QList<Term> terms;
    QList<ClosedRange> closed;
};

// The upcoming bookings on closed days, each with the reason its day is closed.
struct ClosedDayBookings {
    QList<Booking> bookings;
    QStringList reasons;
};

// Runs on a worker.
ClosedDayBookings readClosedDayBookings() {
    ClosedDayBookings found;
    found.bookings = AdminService::bookingsOnClosedDays();
    for (const Booking &booking : std::as_const(found.bookings))
        found.reasons << SchoolCalendar::day(booking.interval.start().toLocalTime().date()).reason;
    return found;
}
} // namespace

CalendarPage::CalendarPage(RoomClaimServer *server, QThreadPool *workers, QWidget *parent)
    : QWidget(parent), m_server(server), m_jobs(new PageJobs(workers, this)) {
    m_terms = new TermsEditor(this);
    m_closed = new ClosedDaysEditor(m_terms, this);
    m_import = new QPushButton(tr("Import from CSV…"), this);
    m_import->setObjectName(QStringLiteral("importCalendarButton"));
    m_import->setToolTip(
        tr("Replace the whole calendar from a CSV file: kind,name,first,last,weeks"));
    m_revert = new QPushButton(tr("Discard changes"), this);
    m_revert->setObjectName(QStringLiteral("revertCalendarButton"));
    m_save = new QPushButton(tr("Save calendar"), this);
    m_save->setObjectName(QStringLiteral("saveCalendarButton"));
    m_save->setDefault(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("calendarStatusLabel"));
    m_status->setWordWrap(true);

    m_yearView = new CalendarYearView(this);
    m_yearCaption = new QLabel(this);
    m_yearCaption->setObjectName(QStringLiteral("yearViewCaption"));
    m_yearCaption->setWordWrap(true);

    m_bookings = new QTableWidget(0, BookingReason + 1, this);
    m_bookings->setObjectName(QStringLiteral("closedDayBookingsTable"));
    m_bookings->setAccessibleName(tr("Bookings on closed days"));
    m_bookings->setHorizontalHeaderLabels(
        {tr("Date"), tr("Time"), tr("Room"), tr("Teacher"), tr("Closed for")});
    m_bookings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bookings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bookings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bookings->setWordWrap(false);
    m_bookings->verticalHeader()->hide();
    m_bookings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bookings->horizontalHeader()->setSectionResizeMode(BookingReason, QHeaderView::Stretch);
    m_bookings->horizontalHeader()->setHighlightSections(false);
    m_bookingsCaption = new QLabel(this);
    m_bookingsCaption->setObjectName(QStringLiteral("closedDayBookingsCaption"));
    m_bookingsCaption->setWordWrap(true);
    m_cancelBooking = new QPushButton(tr("Cancel booking…"), this);
    m_cancelBooking->setObjectName(QStringLiteral("cancelClosedDayBookingButton"));
    m_cancelBooking->setToolTip(
        tr("Cancel the selected booking; you give a reason the teacher sees"));

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_import);
    saveRow->addStretch();
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    auto *left = new QVBoxLayout;
    left->addWidget(m_terms, 2);
    left->addWidget(m_closed, 3);
    left->addLayout(saveRow);
    left->addWidget(m_status);

    auto *yearBox = new QGroupBox(tr("Year view"), this);
    auto *yearLayout = new QVBoxLayout(yearBox);
    yearLayout->addWidget(m_yearCaption);
    yearLayout->addWidget(m_yearView, 1);
    auto *bookingsBox = new QGroupBox(tr("Bookings on closed days"), this);
    auto *bookingsLayout = new QVBoxLayout(bookingsBox);
    auto *bookingsRow = new QHBoxLayout;
    bookingsRow->addWidget(m_bookingsCaption, 1);
    bookingsRow->addWidget(m_cancelBooking);
    bookingsLayout->addLayout(bookingsRow);
    bookingsLayout->addWidget(m_bookings, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(yearBox, 3);
    right->addWidget(bookingsBox, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 9);
    layout->addLayout(right, 10);

    connect(m_import, &QPushButton::clicked, this, &CalendarPage::importRequested);
    connect(m_save, &QPushButton::clicked, this, &CalendarPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        revert();
        setStatus(tr("Changes discarded."), false);
    });
    connect(m_cancelBooking, &QPushButton::clicked, this, [this] { cancelSelectedBooking(); });
    connect(m_bookings, &QTableWidget::itemActivated, this, [this] { cancelSelectedBooking(); });
    connect(m_terms, &TermsEditor::edited, this, &CalendarPage::onEdited);
    connect(m_closed, &ClosedDaysEditor::edited, this, &CalendarPage::onEdited);
    connect(m_bookings, &QTableWidget::itemSelectionChanged, this,
            [this] { m_cancelBooking->setEnabled(!m_bookings->selectedItems().isEmpty()); });
    connect(m_jobs, &PageJobs::busyChanged, this, &CalendarPage::updateButtons);
    if (m_server) {
        connect(m_server, &RoomClaimServer::eventDelivered, this, [this](const QString &event) {
            if (event == QLatin1String("calendarChanged"))
                refresh();
            else if (event.startsWith(QLatin1String("booking")))
                reloadClosedBookings();
        });
    }
    setDirty(false);
    refresh();
}

bool CalendarPage::isBusy() const {
    return m_jobs->isBusy();
}

void CalendarPage::refresh() {
    if (!m_dirty)
        load(true);
    reloadClosedBookings();
}

void CalendarPage::revert() {
    load(false);
    reloadClosedBookings();
}

void CalendarPage::load(bool keepEdits) {
    const quint64 ticket = m_loads.next();
    m_jobs->run(
        [] {
            return StoredCalendar{SchoolCalendar::terms(), SchoolCalendar::closedRanges()};
        },
        [this, ticket, keepEdits](const Background::Result<StoredCalendar> &result) {
            // A newer load is on its way, or the admin began editing meanwhile.
            if (!m_loads.isCurrent(ticket) || (keepEdits && m_dirty))
                return;
            try {
                const StoredCalendar &stored = result.value();
                m_terms->setTerms(stored.terms);
                m_closed->setRanges(stored.closed);
                updateHints();
                setDirty(false);
                if (m_loadFailed)
                    setStatus(QString(), false);
                m_loadFailed = false;
            } catch (...) {
                setStatus(AdminErrors::describeCurrent(), true);
                m_loadFailed = true;
            }
        });
}

void CalendarPage::addTerm() {
    m_terms->addTerm();
}

void CalendarPage::addClosedRange() {
    m_closed->addRange();
}

void CalendarPage::removeSelectedTerm() {
    m_terms->removeSelected();
}

void CalendarPage::removeSelectedClosedRange() {
    m_closed->removeSelected();
}

void CalendarPage::onEdited() {
    updateHints();
    setDirty(true);
}

bool CalendarPage::save() {
    if (m_jobs->isBusy())
        return false;
    const QList<Term> terms = editedTerms();
    const QList<ClosedRange> closed = editedClosedRanges();
    setStatus(tr("Saving the calendar…"), false);
    // The bookings that now fall on closed days come back with the answer: the message counts
    // them.
    m_jobs->run(
        [terms, closed] {
            AdminService::saveCalendar(terms, closed);
            std::optional<ClosedDayBookings> found;
            try {
                found = readClosedDayBookings();
            } catch (...) {
                // Saved all the same; the list is read again below.
            }
            return found;
        },
        [this, terms, closed](const Background::Result<std::optional<ClosedDayBookings>> &result) {
            try {
                if (const std::optional<ClosedDayBookings> &found = result.value()) {
                    m_bookingLoads.invalidate(); // a list still on its way may be older
                    showClosedBookings(found->bookings, found->reasons);
                } else {
                    reloadClosedBookings();
                }
            } catch (...) {
                setStatus(tr("Not saved: %1").arg(AdminErrors::describeCurrent()), true);
                emit saveFinished(false);
                return;
            }
            // Stored as edited; the reload keeps edits the admin makes meanwhile.
            setDirty(false);
            load(true);
            QString message =
                tr("Saved %1 and %2.")
                    .arg(terms.size() == 1 ? tr("1 term") : tr("%1 terms").arg(terms.size()),
                         closed.size() == 1 ? tr("1 closed range")
                                            : tr("%1 closed ranges").arg(closed.size()));
            message += tr(" Open teacher windows show the new calendar now.");
            if (!m_closedBookings.isEmpty())
                message += m_closedBookings.size() == 1
                               ? tr(" 1 booking falls on a closed day (listed on the right).")
                               : tr(" %1 bookings fall on closed days (listed on the right).")
                                     .arg(m_closedBookings.size());
            setStatus(message, false);
            emit saveFinished(true);
        });
    return true;
}

QList<Term> CalendarPage::editedTerms() const {
    return m_terms->terms();
}

QList<ClosedRange> CalendarPage::editedClosedRanges() const {
    return m_closed->ranges();
}

CancelBookingDialog *CalendarPage::cancelSelectedBooking() {
    const int row = m_bookings->currentRow();
    if (row < 0 || row >= m_closedBookings.size() || m_cancelDialog ||
        m_bookings->selectedItems().isEmpty())
        return nullptr;
    auto *dialog = new CancelBookingDialog(m_closedBookings.at(row), m_jobs->pool(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CancelBookingDialog::bookingsCanceled, this,
            [this](const QList<Booking> &canceled) {
                setStatus(canceled.size() == 1
                              ? tr("Canceled 1 booking; the teacher's client shows the reason.")
                              : tr("Canceled %1 bookings; the teachers' clients show the reason.")
                                    .arg(canceled.size()),
                          false);
                reloadClosedBookings();
            });
    m_cancelDialog = dialog;
    dialog->open();
    return dialog;
}

void CalendarPage::reloadClosedBookings() {
    if (!m_bookingLoads.start())
        return;
    m_jobs->run(&readClosedDayBookings,
                [this](const Background::Result<ClosedDayBookings> &result) {
                    if (!m_bookingLoads.finished())
                        return reloadClosedBookings(); // asked again meanwhile
                    try {
                        showClosedBookings(result.value().bookings, result.value().reasons);
                    } catch (...) {
                        m_bookingsCaption->setText(AdminErrors::describeCurrent());
                    }
                });
}

void CalendarPage::showClosedBookings(const QList<Booking> &bookings, const QStringList &reasons) {
    m_closedBookings = bookings;
    m_bookings->clearSelection();
    m_bookings->setRowCount(int(bookings.size()));
    for (int row = 0; row < bookings.size(); ++row) {
        const Booking &booking = bookings.at(row);
        const QDateTime start = booking.interval.start().toLocalTime();
        const QDateTime end = booking.interval.end().toLocalTime();
        m_bookings->setItem(row, BookingDate,
                            CalendarTableCells::readOnly(ConsoleText::date(start.date())));
        m_bookings->setItem(
            row, BookingTime,
            CalendarTableCells::readOnly(QStringLiteral("%1–%2").arg(
                start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")))));
        m_bookings->setItem(row, BookingRoom, CalendarTableCells::readOnly(booking.roomName));
        m_bookings->setItem(row, BookingTeacher, CalendarTableCells::readOnly(booking.teacherName));
        m_bookings->setItem(row, BookingReason, CalendarTableCells::readOnly(reasons.value(row)));
    }
    m_bookingsCaption->setText(
        bookings.isEmpty()
            ? tr("No upcoming booking falls on a closed day.")
            : (bookings.size() == 1
                   ? tr("1 upcoming booking falls on a closed day. It stays until you cancel it.")
                   : tr("%1 upcoming bookings fall on closed days. They stay until you cancel "
                        "them.")
                         .arg(bookings.size())));
    m_cancelBooking->setEnabled(false);
}

void CalendarPage::updateHints() {
    const QList<Term> terms = editedTerms();
    const QList<ClosedRange> closed = editedClosedRanges();
    // Problems show at once, beside the row, before Save explains them: the same checks the
    // server makes when the calendar is saved.
    QMap<int, QString> problems;
    for (const CalendarValidator::Problem &problem :
         CalendarValidator::checkCalendar(terms, closed)) {
        if (!problems.contains(problem.index))
            problems.insert(problem.index, problem.message);
        if (problem.otherIndex >= 0 && !problems.contains(problem.otherIndex))
            problems.insert(problem.otherIndex, problem.message);
    }
    m_terms->showChecks(problems, 0);
    m_closed->showChecks(problems, int(terms.size()));
    m_yearView->setCalendar(terms, closed);
    m_yearCaption->setText(
        terms.isEmpty()
            ? tr("No terms: every day is open. Add terms or import a calendar to close the "
                 "holidays.")
            : tr("%1 to %2. Closed days are shaded; point at one for its reason.")
                  .arg(ConsoleText::date(m_yearView->firstDay()),
                       ConsoleText::date(m_yearView->lastDay())));
}

void CalendarPage::updateButtons() {
    // A save waits for the load or save before it.
    m_save->setEnabled(m_dirty && !m_jobs->isBusy());
    m_revert->setEnabled(m_dirty);
}

void CalendarPage::setDirty(bool dirty) {
    m_dirty = dirty;
    updateButtons();
    if (dirty) {
        m_status->setText(tr("Unsaved changes: the year view shows them; press Save calendar to "
                             "apply them."));
        m_status->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    }
}

void CalendarPage::setStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                                  : QStringLiteral("color: #1b5e20;"));
}
