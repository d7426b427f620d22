// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoomsPage.h"

#include "AdminErrors.h"
#include "AdminService.h"
#include "PageJobs.h"
#include "SchoolDirectory.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, BuildingColumn, CapacityColumn, FeaturesColumn, StatusColumn };
constexpr int MaxCapacity = 10000;

QString statusText(const Room &room) {
    const QString active = room.active ? RoomsPage::tr("Active") : RoomsPage::tr("Inactive");
    return room.restricted ? RoomsPage::tr("%1 · admins only").arg(active) : active;
}
} // namespace

RoomsPage::RoomsPage(QThreadPool *workers, QWidget *parent)
    : QWidget(parent), m_jobs(new PageJobs(workers, this)) {
    m_addButton = new QPushButton(tr("Add room"), this);
    m_addButton->setObjectName(QStringLiteral("addRoomButton"));
    m_toggleButton = new QPushButton(tr("Deactivate"), this);
    m_toggleButton->setObjectName(QStringLiteral("toggleRoomActiveButton"));
    m_toggleButton->setToolTip(tr("A deactivated room keeps its bookings but can no longer be "
                                  "found or booked by teachers."));
    m_showInactive = new QCheckBox(tr("Show inactive rooms"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactiveRoomsCheck"));
    m_showInactive->setChecked(true);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("roomsTable"));
    m_table->setAccessibleName(tr("Rooms"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Building"), tr("Capacity"), tr("Features"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FeaturesColumn, QHeaderView::Stretch);

    m_formBox = new QGroupBox(this);
    m_name = new QLineEdit(m_formBox);
    m_name->setObjectName(QStringLiteral("roomNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Room 204"));
    m_name->setAccessibleName(tr("Room name"));
    m_building = new QLineEdit(m_formBox);
    m_building->setObjectName(QStringLiteral("roomBuildingEdit"));
    m_building->setPlaceholderText(tr("e.g. Main"));
    m_building->setAccessibleName(tr("Building"));
    m_capacity = new QSpinBox(m_formBox);
    m_capacity->setObjectName(QStringLiteral("roomCapacitySpin"));
    m_capacity->setRange(0, MaxCapacity);
    m_capacity->setSuffix(tr(" seats"));
    m_capacity->setAccessibleName(tr("Capacity"));
    m_features = new QListWidget(m_formBox);
    m_features->setObjectName(QStringLiteral("roomFeaturesList"));
    m_features->setMaximumHeight(150);
    m_features->setAccessibleName(tr("Features"));
    m_extraFeatures = new QLineEdit(m_formBox);
    m_extraFeatures->setObjectName(QStringLiteral("roomExtraFeaturesEdit"));
    m_extraFeatures->setPlaceholderText(tr("other features, separated by commas"));
    m_extraFeatures->setAccessibleName(tr("Other features"));
    m_extraFeatures->setAccessibleDescription(tr("Separated by commas"));
    m_restricted = new QCheckBox(tr("Only admins may book this room"), m_formBox);
    m_restricted->setObjectName(QStringLiteral("roomRestrictedCheck"));
    m_restricted->setToolTip(tr("Teachers still see the room and its bookings, but booking it "
                                "is refused with “can only be booked by an admin”."));
    m_saveButton = new QPushButton(tr("Save room"), m_formBox);
    m_saveButton->setObjectName(QStringLiteral("saveRoomButton"));
    m_saveButton->setDefault(true);
    m_discardButton = new QPushButton(tr("Discard changes"), m_formBox);
    m_discardButton->setObjectName(QStringLiteral("discardRoomButton"));
    m_status = new QLabel(m_formBox);
    m_status->setObjectName(QStringLiteral("roomStatusLabel"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Building:"), m_building);
    form->addRow(tr("Capacity:"), m_capacity);
    form->addRow(tr("Features:"), m_features);
    form->addRow(QString(), m_extraFeatures);
    form->addRow(tr("Booking:"), m_restricted);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_discardButton);
    formButtons->addWidget(m_saveButton);
    auto *boxLayout = new QVBoxLayout(m_formBox);
    boxLayout->addLayout(form);
    boxLayout->addLayout(formButtons);
    boxLayout->addWidget(m_status);
    boxLayout->addStretch();

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_toggleButton);
    toolbar->addStretch();
    toolbar->addWidget(m_showInactive);
    auto *left = new QVBoxLayout;
    left->addLayout(toolbar);
    left->addWidget(m_table);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(m_formBox, 2);

    connect(m_addButton, &QPushButton::clicked, this, &RoomsPage::startNewRoom);
    connect(m_toggleButton, &QPushButton::clicked, this, &RoomsPage::toggleSelectedActive);
    connect(m_saveButton, &QPushButton::clicked, this, &RoomsPage::saveRoom);
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        if (m_editingId == 0 || !selectRoom(m_editingId))
            startNewRoom();
        setStatus(QString(), false);
    });
    connect(m_showInactive, &QCheckBox::toggled, this, [this] {
        for (int row = 0; row < m_rooms.size(); ++row)
            m_table->setRowHidden(row, !m_showInactive->isChecked() && !m_rooms.at(row).active);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RoomsPage::onSelectionChanged);
    connect(m_jobs, &PageJobs::busyChanged, this, &RoomsPage::updateButtons);

    startNewRoom();
    refresh();
}

bool RoomsPage::isBusy() const {
    return m_jobs->isBusy();
}

void RoomsPage::refresh() {
    const quint64 ticket = m_loads.next();
    m_jobs->run([] { return SchoolDirectory::rooms(true); },
                [this, ticket](const Background::Result<QList<Room>> &result) {
                    if (!m_loads.isCurrent(ticket))
                        return; // a newer refresh is on its way
                    try {
                        showRooms(result.value());
                    } catch (...) {
                        setStatus(AdminErrors::describeCurrent(), true);
                    }
                });
}

void RoomsPage::showRooms(const QList<Room> &rooms) {
    const qint64 selectedId =
        m_selectAfterLoad != 0 ? m_selectAfterLoad : (selectedRoom() ? selectedRoom()->id : 0);
    const bool loadSelected = m_selectAfterLoad != 0;
    m_selectAfterLoad = 0;
    const QSignalBlocker blocker(m_table);
    m_rooms = rooms;
    m_table->setRowCount(0);
    m_table->setRowCount(m_rooms.size());
    QSet<QString> buildings;
    QStringList features;
    for (int row = 0; row < m_rooms.size(); ++row) {
        const Room &room = m_rooms.at(row);
        const QStringList cells{room.name, room.building, QString::number(room.capacity),
                                room.features.join(QStringLiteral(", ")), statusText(room)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == CapacityColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!room.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        m_table->setRowHidden(row, !m_showInactive->isChecked() && !room.active);
        if (!room.building.isEmpty())
            buildings.insert(room.building);
        for (const QString &feature : room.features)
            if (!features.contains(feature))
                features << feature;
    }
    QStringList buildingList(buildings.begin(), buildings.end());
    buildingList.sort(Qt::CaseInsensitive);
    auto *completer = new QCompleter(buildingList, m_building);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_building->completer();
    m_building->setCompleter(completer);
    features.sort();
    setKnownFeatures(features, formFeatures());
    if (selectedId != 0) {
        for (int row = 0; row < m_rooms.size(); ++row) {
            if (m_rooms.at(row).id == selectedId) {
                m_table->selectRow(row);
                if (loadSelected)
                    loadForm(m_rooms.at(row));
            }
        }
    }
    updateButtons();
}

bool RoomsPage::selectRoom(qint64 roomId) {
    for (int row = 0; row < m_rooms.size(); ++row) {
        if (m_rooms.at(row).id == roomId) {
            m_table->selectRow(row);
            loadForm(m_rooms.at(row));
            updateButtons();
            return true;
        }
    }
    return false;
}

void RoomsPage::startNewRoom() {
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
    }
    loadForm(Room());
    updateButtons();
    m_name->setFocus();
}

void RoomsPage::saveRoom() {
    if (m_jobs->isBusy())
        return;
    Room room;
    room.id = m_editingId;
    room.name = m_name->text().trimmed();
    room.building = m_building->text().trimmed();
    room.capacity = m_capacity->value();
    room.features = formFeatures();
    room.restricted = m_restricted->isChecked();
    for (const Room &existing : std::as_const(m_rooms))
        if (existing.id == room.id)
            room.active = existing.active;
    setStatus(tr("Saving “%1”…").arg(room.name), false);
    m_jobs->run([room] { return AdminService::saveRoom(room); },
                [this, isNew = room.id == 0](const Background::Result<Room> &result) {
                    try {
                        const Room &saved = result.value();
                        setStatus(isNew ? tr("Added “%1”. Teachers' screens update "
                                             "automatically.")
                                              .arg(saved.name)
                                        : tr("Saved “%1”. Teachers' screens update "
                                             "automatically.")
                                              .arg(saved.name),
                                  false);
                        m_selectAfterLoad = saved.id;
                        refresh();
                        emit roomsEdited();
                    } catch (...) {
                        setStatus(AdminErrors::describeCurrent(), true);
                    }
                });
}

void RoomsPage::toggleSelectedActive() {
    const Room *selected = selectedRoom();
    if (!selected)
        return;
    const Room room = *selected;
    const QString question =
        room.active
            ? tr("Deactivate “%1”?\n\nTeachers will no longer find or book it. Its existing "
                 "bookings stay, and you can reactivate it at any time.")
                  .arg(room.name)
            : tr("Reactivate “%1”?\n\nTeachers will be able to find and book it again.")
                  .arg(room.name);
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, room.active ? tr("Deactivate room") : tr("Reactivate room"), question,
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || m_jobs->isBusy())
        return;
    setStatus(room.active ? tr("Deactivating “%1”…").arg(room.name)
                          : tr("Reactivating “%1”…").arg(room.name),
              false);
    m_jobs->run([room] { AdminService::setRoomActive(room.id, !room.active); },
                [this, room](const Background::Result<void> &result) {
                    try {
                        result.value();
                        setStatus(room.active ? tr("“%1” is now inactive.").arg(room.name)
                                              : tr("“%1” is active again.").arg(room.name),
                                  false);
                        m_selectAfterLoad = room.id;
                        refresh();
                        emit roomsEdited();
                    } catch (...) {
                        setStatus(AdminErrors::describeCurrent(), true);
                    }
                });
}

void RoomsPage::loadForm(const Room &room) {
    m_editingId = room.id;
    m_formBox->setTitle(room.id == 0 ? tr("New room") : tr("Edit “%1”").arg(room.name));
    m_name->setText(room.name);
    m_building->setText(room.building);
    m_capacity->setValue(room.id == 0 ? 25 : room.capacity);
    QStringList known;
    for (int i = 0; i < m_features->count(); ++i)
        known << m_features->item(i)->text();
    setKnownFeatures(known, room.features);
    m_extraFeatures->clear();
    m_restricted->setChecked(room.restricted);
    m_saveButton->setText(room.id == 0 ? tr("Add room") : tr("Save changes"));
    m_discardButton->setText(room.id == 0 ? tr("Clear form") : tr("Discard changes"));
}

void RoomsPage::onSelectionChanged() {
    if (const Room *room = selectedRoom())
        loadForm(*room);
    setStatus(QString(), false);
    updateButtons();
}

void RoomsPage::updateButtons() {
    const Room *room = selectedRoom();
    // A change waits for the one before and for the reload after it: the form must show
    // what is stored before it is saved again.
    const bool busy = m_jobs->isBusy();
    m_toggleButton->setEnabled(room != nullptr && !busy);
    m_saveButton->setEnabled(!busy);
    m_toggleButton->setText(room && !room->active ? tr("Reactivate") : tr("Deactivate"));
}

void RoomsPage::setStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                                  : QStringLiteral("color: #1b5e20;"));
}

void RoomsPage::setKnownFeatures(const QStringList &features, const QStringList &checked) {
    QStringList all = features;
    for (const QString &feature : checked)
        if (!all.contains(feature))
            all << feature;
    all.sort();
    m_features->clear();
    for (const QString &feature : std::as_const(all)) {
        auto *item = new QListWidgetItem(feature, m_features);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(feature) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList RoomsPage::formFeatures() const {
    QStringList features;
    for (int i = 0; i < m_features->count(); ++i)
        if (m_features->item(i)->checkState() == Qt::Checked)
            features << m_features->item(i)->text();
    features << m_extraFeatures->text().split(QLatin1Char(','));
    return SchoolDirectory::normaliseFeatures(features);
}

const Room *RoomsPage::selectedRoom() const {
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_rooms.size() ? &m_rooms.at(row) : nullptr;
}
