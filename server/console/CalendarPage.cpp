#include "CalendarPage.h"

#include "AdminErrors.h"
#include "AdminService.h"
#include "CalendarValidator.h"
#include "CalendarYearView.h"
#include "CancelBookingDialog.h"
#include "ConsoleText.h"
#include "RoomClaimServer.h"
#include "SchoolCalendar.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum TermColumn { TermName, TermFirst, TermLast, TermWeeks, TermCheck, TermColumns };
enum ClosedColumn { ClosedName, ClosedFirst, ClosedLast, ClosedCheck, ClosedColumns };
enum BookingColumn { BookingDate, BookingTime, BookingRoom, BookingTeacher, BookingReason };
const QColor ProblemColour(0xb0, 0x00, 0x20);
// Wide enough for "Wed 30 Sep 2026" and the popup button: a cell widget has no size hint the
// header could use.
constexpr int DateEditWidth = 150;

QTableWidget *editorTable(int columns, const QString &objectName, const QString &accessibleName,
                          QWidget *parent) {
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(30);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QDate cellDate(const QTableWidget *table, int row, int column) {
    const auto *edit = qobject_cast<const QDateEdit *>(table->cellWidget(row, column));
    return edit ? edit->date() : QDate();
}

QString cellText(const QTableWidget *table, int row, int column) {
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidgetItem *readOnly(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

CalendarPage::CalendarPage(RoomClaimServer *server, QWidget *parent)
    : QWidget(parent), m_server(server) {
    m_terms = editorTable(TermColumns, QStringLiteral("termsTable"), tr("Terms"), this);
    m_terms->setHorizontalHeaderLabels(
        {tr("Name"), tr("First day"), tr("Last day"), tr("Week cycle"), tr("Check")});
    m_terms->horizontalHeaderItem(TermWeeks)->setToolTip(
        tr("The labels its weeks take in turn, e.g. A;B for a two-week timetable. "
           "Empty: no cycle."));
    m_closed =
        editorTable(ClosedColumns, QStringLiteral("closedDaysTable"), tr("Closed days"), this);
    m_closed->setHorizontalHeaderLabels(
        {tr("Reason"), tr("First day"), tr("Last day"), tr("Check")});
    for (QTableWidget *table : {m_terms, m_closed}) {
        QHeaderView *header = table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(0, QHeaderView::Stretch);
        header->setMinimumSectionSize(70);
        table->setColumnWidth(1, DateEditWidth);
        table->setColumnWidth(2, DateEditWidth);
    }
    m_terms->setColumnWidth(TermWeeks, 90);
    m_terms->setColumnWidth(TermCheck, 90);
    m_closed->setColumnWidth(ClosedCheck, 90);

    m_addTerm = new QPushButton(tr("Add term"), this);
    m_addTerm->setObjectName(QStringLiteral("addTermButton"));
    m_removeTerm = new QPushButton(tr("Remove term"), this);
    m_removeTerm->setObjectName(QStringLiteral("removeTermButton"));
    m_addClosed = new QPushButton(tr("Add closed days"), this);
    m_addClosed->setObjectName(QStringLiteral("addClosedDaysButton"));
    m_removeClosed = new QPushButton(tr("Remove closed days"), this);
    m_removeClosed->setObjectName(QStringLiteral("removeClosedDaysButton"));
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

    auto *termsBox = new QGroupBox(tr("Terms"), this);
    auto *termButtons = new QHBoxLayout;
    termButtons->addWidget(m_addTerm);
    termButtons->addWidget(m_removeTerm);
    termButtons->addStretch();
    auto *termsLayout = new QVBoxLayout(termsBox);
    auto *termsIntro = new QLabel(tr("When terms exist, every date outside them is closed "
                                     "(school holidays). Without terms every day is open."),
                                  termsBox);
    termsIntro->setWordWrap(true);
    termsLayout->addWidget(termsIntro);
    termsLayout->addWidget(m_terms, 1);
    termsLayout->addLayout(termButtons);

    auto *closedBox = new QGroupBox(tr("Closed days"), this);
    auto *closedButtons = new QHBoxLayout;
    closedButtons->addWidget(m_addClosed);
    closedButtons->addWidget(m_removeClosed);
    closedButtons->addStretch();
    auto *closedLayout = new QVBoxLayout(closedBox);
    auto *closedIntro = new QLabel(tr("Holidays and inset days inside a term; teachers cannot "
                                      "book on them and see the reason."),
                                   closedBox);
    closedIntro->setWordWrap(true);
    closedLayout->addWidget(closedIntro);
    closedLayout->addWidget(m_closed, 1);
    closedLayout->addLayout(closedButtons);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_import);
    saveRow->addStretch();
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    auto *left = new QVBoxLayout;
    left->addWidget(termsBox, 2);
    left->addWidget(closedBox, 3);
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

    connect(m_addTerm, &QPushButton::clicked, this, &CalendarPage::addTerm);
    connect(m_removeTerm, &QPushButton::clicked, this, &CalendarPage::removeSelectedTerm);
    connect(m_addClosed, &QPushButton::clicked, this, &CalendarPage::addClosedRange);
    connect(m_removeClosed, &QPushButton::clicked, this, &CalendarPage::removeSelectedClosedRange);
    connect(m_import, &QPushButton::clicked, this, &CalendarPage::importRequested);
    connect(m_save, &QPushButton::clicked, this, &CalendarPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        revert();
        setStatus(tr("Changes discarded."), false);
    });
    connect(m_cancelBooking, &QPushButton::clicked, this, [this] { cancelSelectedBooking(); });
    connect(m_bookings, &QTableWidget::itemActivated, this, [this] { cancelSelectedBooking(); });
    for (QTableWidget *table : {m_terms, m_closed}) {
        connect(table, &QTableWidget::itemChanged, this, [this] {
            if (m_loading)
                return;
            updateHints();
            setDirty(true);
        });
    }
    connect(m_terms, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeTerm->setEnabled(!m_terms->selectedItems().isEmpty()); });
    connect(m_closed, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeClosed->setEnabled(!m_closed->selectedItems().isEmpty()); });
    connect(m_bookings, &QTableWidget::itemSelectionChanged, this,
            [this] { m_cancelBooking->setEnabled(!m_bookings->selectedItems().isEmpty()); });
    if (m_server) {
        connect(m_server, &RoomClaimServer::eventDelivered, this, [this](const QString &event) {
            if (event == QLatin1String("calendarChanged"))
                refresh();
            else if (event.startsWith(QLatin1String("booking")))
                reloadClosedBookings();
        });
    }
    refresh();
}

void CalendarPage::refresh() {
    if (!m_dirty)
        revert();
    else
        reloadClosedBookings();
}

void CalendarPage::revert() {
    QList<Term> terms;
    QList<ClosedRange> closed;
    try {
        terms = SchoolCalendar::terms();
        closed = SchoolCalendar::closedRanges();
    } catch (...) {
        setStatus(AdminErrors::describeCurrent(), true);
        return;
    }
    m_loading = true;
    m_terms->setRowCount(0);
    m_closed->setRowCount(0);
    for (const Term &term : std::as_const(terms))
        appendTerm(term);
    for (const ClosedRange &range : std::as_const(closed))
        appendClosedRange(range);
    m_loading = false;
    m_removeTerm->setEnabled(false);
    m_removeClosed->setEnabled(false);
    updateHints();
    setDirty(false);
    setStatus(QString(), false);
    reloadClosedBookings();
}

void CalendarPage::addTerm() {
    const QList<Term> terms = editedTerms();
    Term term;
    term.name = tr("Term %1").arg(terms.size() + 1);
    QDate after;
    for (const Term &existing : terms)
        if (existing.last.isValid() && (!after.isValid() || existing.last > after))
            after = existing.last;
    // Twelve weeks, Monday to Friday: from the Monday after the last term, or this week's.
    const QDate today = QDate::currentDate();
    term.first = after.isValid() ? after.addDays(8 - after.dayOfWeek())
                                 : today.addDays(1 - today.dayOfWeek());
    term.last = term.first.addDays(12 * 7 - 3);
    appendTerm(term);
    m_terms->selectRow(m_terms->rowCount() - 1);
    m_terms->editItem(m_terms->item(m_terms->rowCount() - 1, TermName));
    updateHints();
    setDirty(true);
}

void CalendarPage::addClosedRange() {
    ClosedRange range;
    range.name = tr("Inset day");
    range.first = QDate::currentDate();
    // Inside a term if there is one: the school is open today only within one.
    const QList<Term> terms = editedTerms();
    bool insideTerm = terms.isEmpty();
    for (const Term &term : terms)
        insideTerm = insideTerm || term.contains(range.first);
    if (!insideTerm && terms.first().first.isValid())
        range.first = terms.first().first;
    range.last = range.first;
    appendClosedRange(range);
    m_closed->selectRow(m_closed->rowCount() - 1);
    m_closed->editItem(m_closed->item(m_closed->rowCount() - 1, ClosedName));
    updateHints();
    setDirty(true);
}

void CalendarPage::removeSelectedTerm() {
    const QList<QTableWidgetItem *> items = m_terms->selectedItems();
    if (items.isEmpty())
        return;
    m_terms->removeRow(items.first()->row());
    updateHints();
    setDirty(true);
}

void CalendarPage::removeSelectedClosedRange() {
    const QList<QTableWidgetItem *> items = m_closed->selectedItems();
    if (items.isEmpty())
        return;
    m_closed->removeRow(items.first()->row());
    updateHints();
    setDirty(true);
}

bool CalendarPage::save() {
    const QList<Term> terms = editedTerms();
    const QList<ClosedRange> closed = editedClosedRanges();
    try {
        AdminService::saveCalendar(terms, closed);
    } catch (...) {
        setStatus(tr("Not saved: %1").arg(AdminErrors::describeCurrent()), true);
        return false;
    }
    revert();
    QString message = tr("Saved %1 and %2.")
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
    return true;
}

QList<Term> CalendarPage::editedTerms() const {
    QList<Term> terms;
    for (int row = 0; row < m_terms->rowCount(); ++row) {
        Term term;
        term.name = cellText(m_terms, row, TermName);
        term.first = cellDate(m_terms, row, TermFirst);
        term.last = cellDate(m_terms, row, TermLast);
        static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
        for (const QString &label :
             cellText(m_terms, row, TermWeeks).split(separators, Qt::SkipEmptyParts))
            term.weeks << label;
        terms << term;
    }
    return terms;
}

QList<ClosedRange> CalendarPage::editedClosedRanges() const {
    QList<ClosedRange> ranges;
    for (int row = 0; row < m_closed->rowCount(); ++row) {
        ClosedRange range;
        range.name = cellText(m_closed, row, ClosedName);
        range.first = cellDate(m_closed, row, ClosedFirst);
        range.last = cellDate(m_closed, row, ClosedLast);
        ranges << range;
    }
    return ranges;
}

CancelBookingDialog *CalendarPage::cancelSelectedBooking() {
    const int row = m_bookings->currentRow();
    if (row < 0 || row >= m_closedBookings.size() || m_cancelDialog ||
        m_bookings->selectedItems().isEmpty())
        return nullptr;
    auto *dialog = new CancelBookingDialog(m_closedBookings.at(row), this);
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

void CalendarPage::appendTerm(const Term &term) {
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_terms->rowCount();
    m_terms->insertRow(row);
    m_terms->setItem(row, TermName, new QTableWidgetItem(term.name));
    auto *weeks = new QTableWidgetItem(term.weeks.join(QLatin1Char(';')));
    weeks->setToolTip(tr("e.g. A;B — empty for no week cycle"));
    m_terms->setItem(row, TermWeeks, weeks);
    m_terms->setItem(row, TermCheck, readOnly(QString()));
    for (const int column : {int(TermFirst), int(TermLast)}) {
        auto *edit = new QDateEdit(column == TermFirst ? term.first : term.last, m_terms);
        edit->setObjectName(column == TermFirst ? QStringLiteral("termFirstEdit")
                                                : QStringLiteral("termLastEdit"));
        edit->setAccessibleName(column == TermFirst ? tr("First day of %1").arg(term.name)
                                                    : tr("Last day of %1").arg(term.name));
        edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
        edit->setCalendarPopup(true);
        edit->setFrame(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_loading)
                return;
            updateHints();
            setDirty(true);
        });
        m_terms->setCellWidget(row, column, edit);
    }
    m_loading = wasLoading;
}

void CalendarPage::appendClosedRange(const ClosedRange &range) {
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_closed->rowCount();
    m_closed->insertRow(row);
    m_closed->setItem(row, ClosedName, new QTableWidgetItem(range.name));
    m_closed->setItem(row, ClosedCheck, readOnly(QString()));
    for (const int column : {int(ClosedFirst), int(ClosedLast)}) {
        auto *edit = new QDateEdit(column == ClosedFirst ? range.first : range.last, m_closed);
        edit->setObjectName(column == ClosedFirst ? QStringLiteral("closedFirstEdit")
                                                  : QStringLiteral("closedLastEdit"));
        edit->setAccessibleName(column == ClosedFirst
                                    ? tr("First closed day of %1").arg(range.name)
                                    : tr("Last closed day of %1").arg(range.name));
        edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
        edit->setCalendarPopup(true);
        edit->setFrame(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_loading)
                return;
            updateHints();
            setDirty(true);
        });
        m_closed->setCellWidget(row, column, edit);
    }
    m_loading = wasLoading;
}

void CalendarPage::reloadClosedBookings() {
    QList<Booking> bookings;
    QStringList reasons;
    try {
        bookings = AdminService::bookingsOnClosedDays();
        for (const Booking &booking : std::as_const(bookings))
            reasons << SchoolCalendar::day(booking.interval.start().toLocalTime().date()).reason;
    } catch (...) {
        m_bookingsCaption->setText(AdminErrors::describeCurrent());
        return;
    }
    m_closedBookings = bookings;
    m_bookings->clearSelection();
    m_bookings->setRowCount(int(bookings.size()));
    for (int row = 0; row < bookings.size(); ++row) {
        const Booking &booking = bookings.at(row);
        const QDateTime start = booking.interval.start().toLocalTime();
        const QDateTime end = booking.interval.end().toLocalTime();
        m_bookings->setItem(row, BookingDate, readOnly(ConsoleText::date(start.date())));
        m_bookings->setItem(
            row, BookingTime,
            readOnly(QStringLiteral("%1–%2").arg(start.toString(QStringLiteral("HH:mm")),
                                                 end.toString(QStringLiteral("HH:mm")))));
        m_bookings->setItem(row, BookingRoom, readOnly(booking.roomName));
        m_bookings->setItem(row, BookingTeacher, readOnly(booking.teacherName));
        m_bookings->setItem(row, BookingReason, readOnly(reasons.value(row)));
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
    const bool wasLoading = m_loading;
    m_loading = true;
    auto show = [this](QTableWidget *table, int row, int column, const QString &problem,
                       const QString &fine) {
        QTableWidgetItem *item = table->item(row, column);
        if (!item)
            return;
        item->setText(problem.isEmpty() ? fine : problem);
        item->setToolTip(item->text());
        item->setForeground(problem.isEmpty() ? palette().color(QPalette::Text) : ProblemColour);
    };
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
    for (int row = 0; row < terms.size(); ++row) {
        const Term &term = terms.at(row);
        const qint64 weeks = (term.first.daysTo(term.last) + 7) / 7;
        show(m_terms, row, TermCheck, problems.value(row),
             weeks == 1 ? tr("1 week") : tr("%1 weeks").arg(weeks));
    }
    for (int row = 0; row < closed.size(); ++row) {
        const ClosedRange &range = closed.at(row);
        const qint64 days = range.first.daysTo(range.last) + 1;
        show(m_closed, row, ClosedCheck, problems.value(int(terms.size()) + row),
             days == 1 ? tr("1 day") : tr("%1 days").arg(days));
    }
    m_loading = wasLoading;
    m_yearView->setCalendar(terms, closed);
    m_yearCaption->setText(
        terms.isEmpty()
            ? tr("No terms: every day is open. Add terms or import a calendar to close the "
                 "holidays.")
            : tr("%1 to %2. Closed days are shaded; point at one for its reason.")
                  .arg(ConsoleText::date(m_yearView->firstDay()),
                       ConsoleText::date(m_yearView->lastDay())));
}

void CalendarPage::setDirty(bool dirty) {
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
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
