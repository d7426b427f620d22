// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingsPage.h"

#include "AdminErrors.h"
#include "BookingsExport.h"
#include "CancelBookingDialog.h"
#include "ConsoleText.h"
#include "PageJobs.h"
#include "RoomClaimServer.h"
#include "SchoolDirectory.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Column {
    DateColumn,
    TimeColumn,
    RoomColumn,
    TeacherColumn,
    PurposeColumn,
    SeriesColumn,
    Columns
};

QTableWidgetItem *cell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

struct Directory {
    QList<Room> rooms;
    QList<Teacher> teachers;
};

QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent) {
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    edit->setAccessibleName(accessibleName);
    edit->setMinimumWidth(150);
    return edit;
}
} // namespace

BookingsPage::BookingsPage(RoomClaimServer *server, QThreadPool *workers, QWidget *parent)
    : QWidget(parent), m_server(server), m_jobs(new PageJobs(workers, this)),
      m_from(dateEdit(QStringLiteral("fromDateEdit"), tr("First day"), this)),
      m_to(dateEdit(QStringLiteral("toDateEdit"), tr("Last day"), this)),
      m_room(new QComboBox(this)), m_teacher(new QComboBox(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableWidget(0, Columns, this)),
      m_empty(new QLabel(this)), m_count(new QLabel(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_stopExport(new QPushButton(tr("Stop export"), this)),
      m_cancelButton(new QPushButton(tr("&Cancel booking…"), this)),
      m_exportButton(new QPushButton(tr("&Export CSV…"), this)),
      m_export(new BookingsExport(workers, this)) {
    const QDate today = QDate::currentDate();
    m_from->setDate(today);
    m_to->setDate(today.addDays(6));
    m_room->setObjectName(QStringLiteral("roomFilterCombo"));
    m_room->setAccessibleName(tr("Room filter"));
    m_room->setMinimumContentsLength(14);
    m_room->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_teacher->setObjectName(QStringLiteral("teacherFilterCombo"));
    m_teacher->setAccessibleName(tr("Teacher filter"));
    m_teacher->setMinimumContentsLength(16);
    m_teacher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *todayButton = new QPushButton(tr("&Today"), this);
    todayButton->setToolTip(tr("Show today's bookings"));
    auto *weekButton = new QPushButton(tr("&Next 7 days"), this);
    weekButton->setToolTip(tr("Show today's and the next six days' bookings"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *created = new QLabel(text, this);
        created->setBuddy(buddy);
        return created;
    };
    auto *filters = new QHBoxLayout;
    filters->addWidget(label(tr("&From:"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(label(tr("T&o:"), m_to));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(label(tr("&Room:"), m_room));
    filters->addWidget(m_room);
    filters->addWidget(label(tr("Te&acher:"), m_teacher));
    filters->addWidget(m_teacher);
    filters->addStretch(1);
    filters->addWidget(todayButton);
    filters->addWidget(weekButton);

    m_table->setObjectName(QStringLiteral("bookingsTable"));
    m_table->setAccessibleName(tr("Bookings"));
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Time"), tr("Room"), tr("Teacher"), tr("Purpose"), tr("Series")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(90);
    for (const int column : {DateColumn, TimeColumn, RoomColumn, TeacherColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PurposeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SeriesColumn, QHeaderView::ResizeToContents);

    m_empty->setObjectName(QStringLiteral("bookingsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(
        QStringLiteral("color: palette(mid); padding: 16px; background: palette(base); "
                       "border: 1px solid palette(midlight); border-radius: 4px;"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_count->setObjectName(QStringLiteral("bookingsCountLabel"));
    m_status->setObjectName(QStringLiteral("bookingsStatusLabel"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Exporting… %p%"));
    m_progress->hide();
    m_stopExport->hide();
    m_cancelButton->setObjectName(QStringLiteral("cancelBookingButton"));
    m_cancelButton->setToolTip(tr("Cancel the selected booking (or dates of its series); you give "
                                  "a reason the teacher sees"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the bookings of this date range and filters as CSV"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_progress);
    actions->addWidget(m_stopExport);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addLayout(actions);

    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_to->date() < date)
            m_to->setDate(date);
        refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_from->date() > date)
            m_from->setDate(date);
        refresh();
    });
    connect(m_room, &QComboBox::activated, this, &BookingsPage::refresh);
    connect(m_teacher, &QComboBox::activated, this, &BookingsPage::refresh);
    connect(todayButton, &QPushButton::clicked, this,
            [this] { setDateRange(QDate::currentDate(), QDate::currentDate()); });
    connect(weekButton, &QPushButton::clicked, this,
            [this] { setDateRange(QDate::currentDate(), QDate::currentDate().addDays(6)); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BookingsPage::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, [this] { cancelSelected(); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { cancelSelected(); });
    connect(m_exportButton, &QPushButton::clicked, this, &BookingsPage::chooseExportFile);
    connect(m_stopExport, &QPushButton::clicked, m_export, &BookingsExport::stop);
    connect(m_export, &BookingsExport::progressed, this, &BookingsPage::showExportProgress);
    connect(m_export, &BookingsExport::finished, this, &BookingsPage::finishExport);
    if (m_server) {
        connect(m_server, &RoomClaimServer::eventDelivered, this, [this](const QString &event) {
            if (event.startsWith(QLatin1String("booking")))
                refresh();
            else if (event == QLatin1String("roomsChanged"))
                reloadFilters();
        });
    }
    reloadFilters();
    refresh();
}

std::optional<qint64> BookingsPage::comboId(const QComboBox *combo) const {
    const qint64 id = combo->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

bool BookingsPage::isBusy() const {
    return m_jobs->isBusy();
}

void BookingsPage::reloadFilters() {
    if (!m_filterLoads.start())
        return;
    m_jobs->run(
        [] {
            // Inactive rooms and teachers keep their bookings, so they stay choosable here.
            return Directory{SchoolDirectory::rooms(true), SchoolDirectory::teachers(true)};
        },
        [this](const Background::Result<Directory> &result) {
            if (!m_filterLoads.finished())
                return reloadFilters(); // asked again meanwhile
            Directory directory;
            try {
                directory = result.value();
            } catch (...) {
                setStatus(AdminErrors::describeCurrent(), true);
                return;
            }
            const bool wanted = m_wantedRoom != 0 || m_wantedTeacher != 0;
            const qint64 room = m_wantedRoom ? m_wantedRoom : m_room->currentData().toLongLong();
            const qint64 teacher =
                m_wantedTeacher ? m_wantedTeacher : m_teacher->currentData().toLongLong();
            m_wantedRoom = m_wantedTeacher = 0;
            m_room->clear();
            m_teacher->clear();
            m_room->addItem(tr("All rooms"), 0);
            m_teacher->addItem(tr("All teachers"), 0);
            for (const Room &entry : std::as_const(directory.rooms))
                m_room->addItem(entry.active ? entry.name : tr("%1 (inactive)").arg(entry.name),
                                entry.id);
            for (const Teacher &entry : std::as_const(directory.teachers))
                m_teacher->addItem(entry.active ? entry.name : tr("%1 (inactive)").arg(entry.name),
                                   entry.id);
            m_room->setCurrentIndex(qMax(0, m_room->findData(room)));
            m_teacher->setCurrentIndex(qMax(0, m_teacher->findData(teacher)));
            // The list was read for "all" while the wanted filter could not be chosen yet.
            if (wanted)
                refresh();
        });
}

void BookingsPage::setDateRange(const QDate &from, const QDate &to) {
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(qMax(from, to));
    refresh();
}

void BookingsPage::setRoomFilter(qint64 roomId) {
    const int index = m_room->findData(roomId);
    if (index < 0 && roomId != 0)
        m_wantedRoom = roomId; // the rooms are still being read
    m_room->setCurrentIndex(qMax(0, index));
    refresh();
}

void BookingsPage::setTeacherFilter(qint64 teacherId) {
    const int index = m_teacher->findData(teacherId);
    if (index < 0 && teacherId != 0)
        m_wantedTeacher = teacherId; // the teachers are still being read
    m_teacher->setCurrentIndex(qMax(0, index));
    refresh();
}

void BookingsPage::refresh() {
    if (!m_bookingLoads.start())
        return;
    const QDateTime from(m_from->date(), QTime(0, 0));
    const QDateTime to(m_to->date().addDays(1), QTime(0, 0));
    m_jobs->run(
        [from, to, teacher = comboId(m_teacher), room = comboId(m_room)] {
            return SchoolDirectory::bookings(from, to, teacher, room);
        },
        [this](const Background::Result<QList<Booking>> &result) {
            if (!m_bookingLoads.finished())
                return refresh(); // the filters changed meanwhile: this list is old
            try {
                showBookings(result.value());
            } catch (...) {
                showBookings({});
                setStatus(AdminErrors::describeCurrent(), true);
            }
        });
}

void BookingsPage::showBookings(const QList<Booking> &bookings) {
    const qint64 selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_bookings.size()
                                ? m_bookings.at(m_table->currentRow()).id
                                : 0;
    m_bookings = bookings;
    m_table->clearSelection();
    m_table->setRowCount(int(m_bookings.size()));
    for (int row = 0; row < m_bookings.size(); ++row) {
        const Booking &booking = m_bookings.at(row);
        const QDateTime start = booking.interval.start().toLocalTime();
        const QDateTime end = booking.interval.end().toLocalTime();
        m_table->setItem(row, DateColumn, cell(ConsoleText::date(start.date())));
        m_table->setItem(row, TimeColumn,
                         cell(QStringLiteral("%1–%2").arg(start.toString(QStringLiteral("HH:mm")),
                                                          end.toString(QStringLiteral("HH:mm")))));
        m_table->setItem(row, RoomColumn, cell(booking.roomName));
        m_table->setItem(row, TeacherColumn, cell(booking.teacherName));
        m_table->setItem(row, PurposeColumn, cell(booking.purpose));
        // A date of a repeating booking says so; its dates share the text, so they read as one.
        auto *series =
            cell(booking.seriesId == 0 ? QString() : tr("Series %1").arg(booking.seriesId));
        if (booking.seriesId != 0) {
            const auto listed = std::count_if(
                m_bookings.cbegin(), m_bookings.cend(),
                [&booking](const Booking &other) { return other.seriesId == booking.seriesId; });
            series->setToolTip(
                tr("One date of repeating booking %1 (%2 of its dates listed here). Cancel offers "
                   "this date, this and later dates, or the whole series.")
                    .arg(booking.seriesId)
                    .arg(listed));
        }
        m_table->setItem(row, SeriesColumn, series);
        if (booking.id == selected)
            m_table->selectRow(row);
    }
    const QString range =
        m_from->date() == m_to->date()
            ? ConsoleText::date(m_from->date())
            : tr("%1 to %2")
                  .arg(ConsoleText::date(m_from->date()), ConsoleText::date(m_to->date()));
    const bool filtered = comboId(m_room) || comboId(m_teacher);
    m_empty->setText(filtered ? tr("No bookings on %1 for this room and teacher.").arg(range)
                              : tr("No bookings on %1.").arg(range));
    m_stack->setCurrentIndex(m_bookings.isEmpty() ? 1 : 0);
    m_count->setText(m_bookings.size() == 1 ? tr("1 booking")
                                            : tr("%1 bookings").arg(m_bookings.size()));
    updateButtons();
}

bool BookingsPage::selectBooking(qint64 bookingId) {
    for (int row = 0; row < m_bookings.size(); ++row) {
        if (m_bookings.at(row).id == bookingId) {
            m_table->setCurrentCell(row, DateColumn);
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void BookingsPage::updateButtons() {
    const int row = m_table->currentRow();
    m_cancelButton->setEnabled(m_table->selectionModel()->hasSelection() && row >= 0 &&
                               row < m_bookings.size());
    m_exportButton->setEnabled(!isExporting());
}

void BookingsPage::setStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
}

CancelBookingDialog *BookingsPage::cancelSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_bookings.size() || m_cancelDialog)
        return nullptr;
    auto *dialog = new CancelBookingDialog(m_bookings.at(row), m_jobs->pool(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CancelBookingDialog::bookingsCanceled, this,
            [this](const QList<Booking> &canceled) {
                if (canceled.isEmpty()) {
                    setStatus(tr("No date of the series was left to cancel."), false);
                } else if (canceled.size() == 1) {
                    setStatus(tr("Canceled %1's booking of %2; their client shows the reason.")
                                  .arg(canceled.first().teacherName, canceled.first().roomName),
                              false);
                } else {
                    setStatus(tr("Canceled %1 dates of %2's series in %3; their client shows the "
                                 "reason.")
                                  .arg(canceled.size())
                                  .arg(canceled.first().teacherName, canceled.first().roomName),
                              false);
                }
                refresh();
            });
    m_cancelDialog = dialog;
    dialog->open();
    return dialog;
}

void BookingsPage::chooseExportFile() {
    const QString suggested = QDir::home().filePath(
        QStringLiteral("bookings-%1-to-%2.csv")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export bookings"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool BookingsPage::exportTo(const QString &path) {
    const QDate first = m_from->date(), last = m_to->date();
    if (!m_export->start(path, first, last, comboId(m_room), comboId(m_teacher)))
        return false;
    m_progress->setRange(0, int(first.daysTo(last)) + 1);
    m_progress->setValue(0);
    m_progress->show();
    m_stopExport->show();
    setStatus(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), false);
    updateButtons();
    return true;
}

bool BookingsPage::isExporting() const {
    return m_export->isRunning();
}

void BookingsPage::showExportProgress(int done, int total) {
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void BookingsPage::finishExport(bool ok, const QString &message) {
    m_progress->hide();
    m_stopExport->hide();
    setStatus(message, !ok);
    updateButtons();
    emit exportFinished(ok, message);
}
