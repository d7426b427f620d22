// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingGridModel.h"

#include "DisplayText.h"
#include "Rfc3339.h"

#include <QColor>
#include <QFont>

namespace {
GridLock lockFromEvent(const QJsonObject &payload) {
    GridLock lock;
    lock.roomId = payload.value(QStringLiteral("roomId")).toInteger();
    lock.interval = Interval(Rfc3339::parse(payload.value(QStringLiteral("start")).toString()),
                             Rfc3339::parse(payload.value(QStringLiteral("end")).toString()));
    lock.holder = payload.value(QStringLiteral("holder")).toString();
    return lock;
}

const QString FavouriteStar = QStringLiteral("★");
const QString PlainStar = QStringLiteral("☆");
} // namespace

BookingGridModel::BookingGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void BookingGridModel::setRows(const QList<GridRow> &rows, const QStringList &columnTitles,
                               bool rowsAreRooms) {
    beginResetModel();
    m_rows = rows;
    m_columnTitles = columnTitles;
    m_rowsAreRooms = rowsAreRooms;
    m_rowsOfRoom.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowsOfRoom[m_rows.at(row).room.id].append(row);
    endResetModel();
}

void BookingGridModel::setBookings(const QList<Booking> &bookings) {
    beginResetModel();
    m_bookings.clear();
    for (const Booking &booking : bookings)
        m_bookings[booking.roomId].append(booking);
    endResetModel();
}

void BookingGridModel::setLocks(const QList<GridLock> &locks) {
    beginResetModel();
    m_locks.clear();
    for (const GridLock &lock : locks) {
        if (lock.holder != m_ownName)
            m_locks[lock.roomId].append(lock);
    }
    endResetModel();
}

void BookingGridModel::setOwnTeacher(qint64 teacherId, const QString &name) {
    m_ownTeacherId = teacherId;
    m_ownName = name;
}

void BookingGridModel::setFavouriteCheck(std::function<bool(qint64)> isFavourite) {
    m_isFavourite = std::move(isFavourite);
}

bool BookingGridModel::applyEvent(const QString &event, const QJsonObject &payload) {
    if (event == QLatin1String("bookingCreated"))
        addBooking(Booking::fromJson(payload.value(QStringLiteral("booking")).toObject()));
    else if (event == QLatin1String("bookingCanceled"))
        removeBooking(Booking::fromJson(payload.value(QStringLiteral("booking")).toObject()));
    else if (event == QLatin1String("roomLocked"))
        addLock(lockFromEvent(payload));
    else if (event == QLatin1String("roomUnlocked"))
        removeLock(lockFromEvent(payload));
    else
        return false;
    return true;
}

void BookingGridModel::favouritesChanged() {
    if (!m_rows.isEmpty())
        emit headerDataChanged(Qt::Vertical, 0, int(m_rows.size()) - 1);
}

void BookingGridModel::addBooking(const Booking &booking) {
    QList<Booking> &bookings = m_bookings[booking.roomId];
    for (const Booking &known : std::as_const(bookings)) {
        if (known.id == booking.id)
            return;
    }
    bookings.append(booking);
    cellsChanged(booking.roomId, booking.interval);
}

void BookingGridModel::removeBooking(const Booking &booking) {
    QList<Booking> &bookings = m_bookings[booking.roomId];
    if (bookings.removeIf([&](const Booking &known) { return known.id == booking.id; }) > 0)
        cellsChanged(booking.roomId, booking.interval);
}

void BookingGridModel::addLock(const GridLock &lock) {
    // The teacher's own confirmation is shown by the claim dialog, not as a colleague's lock.
    if (lock.holder == m_ownName)
        return;
    m_locks[lock.roomId].append(lock);
    cellsChanged(lock.roomId, lock.interval);
}

void BookingGridModel::removeLock(const GridLock &lock) {
    QList<GridLock> &locks = m_locks[lock.roomId];
    if (locks.removeIf([&](const GridLock &known) { return known.interval == lock.interval; }) > 0)
        cellsChanged(lock.roomId, lock.interval);
}

void BookingGridModel::cellsChanged(qint64 roomId, const Interval &interval) {
    for (int row : m_rowsOfRoom.value(roomId)) {
        const GridRow &gridRow = m_rows.at(row);
        int first = -1, last = -1;
        for (int column = 0; column < gridRow.periods.size(); ++column) {
            if (gridRow.interval(column).overlaps(interval)) {
                if (first < 0)
                    first = column;
                last = column;
            }
        }
        if (first >= 0)
            emit dataChanged(index(row, first), index(row, last));
    }
}

BookingGridModel::Cell BookingGridModel::cell(int row, int column) const {
    Cell result;
    const GridRow &gridRow = m_rows.at(row);
    if (!gridRow.day.open) {
        result.state = State::Closed;
        return result;
    }
    if (column >= gridRow.periods.size())
        return result;
    const Interval interval = gridRow.interval(column);
    for (const Booking &booking : m_bookings.value(gridRow.room.id)) {
        if (booking.interval.overlaps(interval)) {
            result.state = booking.teacherId == m_ownTeacherId ? State::Own : State::Booked;
            result.booking = booking;
            return result;
        }
    }
    for (const GridLock &lock : m_locks.value(gridRow.room.id)) {
        if (lock.interval.overlaps(interval)) {
            result.state = State::Locked;
            result.holder = lock.holder;
            return result;
        }
    }
    result.state = State::Free;
    return result;
}

int BookingGridModel::rowOfRoom(qint64 roomId) const {
    return m_rowsOfRoom.value(roomId).value(0, -1);
}

int BookingGridModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookingGridModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columnTitles.size());
}

QString BookingGridModel::cellText(const Cell &cell) const {
    switch (cell.state) {
    case State::Free:
        return tr("Free");
    case State::Booked:
    case State::Own: {
        // The series mark leads, so that a narrow cell cuts the purpose, never the mark.
        const QString teacher = cell.booking.seriesId > 0
                                    ? QStringLiteral("↻ ") + cell.booking.teacherName
                                    : cell.booking.teacherName;
        if (cell.booking.purpose.isEmpty())
            return teacher;
        return tr("%1\n%2").arg(teacher, cell.booking.purpose);
    }
    case State::Locked:
        return tr("%1\nbooking now…").arg(cell.holder);
    case State::Closed:
    case State::None:
        break;
    }
    return {};
}

QString BookingGridModel::accessibleText(int row, int column) const {
    const GridRow &gridRow = m_rows.at(row);
    const Cell current = cell(row, column);
    const QString place = gridRow.label;
    if (current.state == State::Closed)
        return gridRow.day.reason.isEmpty()
                   ? tr("%1, school closed").arg(place)
                   : tr("%1, school closed: %2").arg(place, gridRow.day.reason);
    if (current.state == State::None)
        return tr("%1, no period").arg(place);
    const QString period = gridRow.periods.at(column).name;
    QString text;
    switch (current.state) {
    case State::Free:
        text = tr("%1, %2, free").arg(place, period);
        break;
    case State::Booked:
    case State::Own:
        text = current.booking.purpose.isEmpty()
                   ? tr("%1, %2, booked by %3").arg(place, period, current.booking.teacherName)
                   : tr("%1, %2, booked by %3, %4")
                         .arg(place, period, current.booking.teacherName, current.booking.purpose);
        if (current.booking.seriesId > 0)
            text = tr("%1, repeating").arg(text);
        break;
    case State::Locked:
        text = tr("%1, %2, being booked by %3").arg(place, period, current.holder);
        break;
    default:
        break;
    }
    return text;
}

QString BookingGridModel::cellToolTip(int row, int column, const Cell &cell) const {
    const GridRow &gridRow = m_rows.at(row);
    if (cell.state == State::None || cell.state == State::Closed)
        return accessibleText(row, column);
    const QString when = tr("%1, %2").arg(DisplayText::day(gridRow.day.date),
                                          DisplayText::clockRange(gridRow.interval(column)));
    QString text = tr("%1 · %2 · %3").arg(gridRow.room.name, gridRow.periods.at(column).name, when);
    if (cell.state == State::Free)
        return tr("%1\nFree — click or press Enter to claim it.").arg(text);
    return tr("%1\n%2").arg(text, accessibleText(row, column));
}

QVariant BookingGridModel::cellColour(const Cell &cell, bool foreground) const {
    return stateColour(cell.state, foreground);
}

QColor BookingGridModel::stateColour(State state, bool foreground) {
    switch (state) {
    case State::Free:
        return foreground ? QColor(0x2c, 0x6e, 0x49) : QColor(0xf6, 0xfb, 0xf7);
    case State::Booked:
        return foreground ? QColor(0x1d, 0x27, 0x33) : QColor(0xea, 0xee, 0xf3);
    case State::Own:
        return foreground ? QColor(0x0f, 0x3d, 0x7a) : QColor(0xd3, 0xe5, 0xfb);
    case State::Locked:
        return foreground ? QColor(0x8a, 0x5a, 0x00) : QColor(0xfb, 0xf1, 0xd9);
    case State::Closed:
        return foreground ? QColor(0x8c, 0x1d, 0x18) : QColor(0xf8, 0xe6, 0xe4);
    case State::None:
        break;
    }
    // No lesson, or over: muted, yet still readable (5.3:1).
    return foreground ? QColor(0x5b, 0x67, 0x77) : QColor(0xf4, 0xf6, 0xf9);
}

QVariant BookingGridModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int row = index.row(), column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const Cell current = cell(row, column);
        if (current.state == State::Closed && column == 0) {
            const QString &reason = m_rows.at(row).day.reason;
            return reason.isEmpty() ? tr("School closed") : tr("School closed: %1").arg(reason);
        }
        // The week view's days have their own bell times: free cells say when.
        if (current.state == State::Free && !m_rowsAreRooms)
            return tr("Free\n%1").arg(DisplayText::clockRange(m_rows.at(row).interval(column)));
        return cellText(current);
    }
    case Qt::AccessibleTextRole:
        return accessibleText(row, column);
    case Qt::ToolTipRole:
        return cellToolTip(row, column, cell(row, column));
    case Qt::BackgroundRole:
        return cellColour(cell(row, column), false);
    case Qt::ForegroundRole:
        return cellColour(cell(row, column), true);
    case Qt::FontRole: {
        if (cell(row, column).state != State::Own)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case StateRole:
        return QVariant::fromValue(cell(row, column).state);
    default:
        return {};
    }
}

QString BookingGridModel::roomHeaderToolTip(const Room &room) const {
    QString text =
        tr("%1 · %2 · %3").arg(room.name, room.building, DisplayText::seats(room.capacity));
    if (!room.features.isEmpty())
        text = tr("%1\n%2").arg(text, room.features.join(QStringLiteral(", ")));
    return tr("%1\nClick the star or press * to add it to or remove it from your favourites.")
        .arg(text);
}

QVariant BookingGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columnTitles.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return m_columnTitles.at(section);
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const GridRow &gridRow = m_rows.at(section);
    const bool favourite = m_rowsAreRooms && m_isFavourite && m_isFavourite(gridRow.room.id);
    switch (role) {
    case Qt::DisplayRole:
        if (!m_rowsAreRooms)
            return gridRow.label;
        return QStringLiteral("%1  %2").arg(favourite ? FavouriteStar : PlainStar, gridRow.label);
    case Qt::AccessibleTextRole:
        return favourite ? tr("%1, favourite").arg(gridRow.label) : gridRow.label;
    case Qt::ToolTipRole:
        return m_rowsAreRooms ? roomHeaderToolTip(gridRow.room) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

Qt::ItemFlags BookingGridModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
