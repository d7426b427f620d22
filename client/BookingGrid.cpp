// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingGrid.h"

#include "BookingGridModel.h"

#include <QColor>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>

BookingGrid::BookingGrid(QWidget *parent) : QTableView(parent) {
    setObjectName(QStringLiteral("bookingGrid"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    // Explicit lines (teacher, purpose), each cut with … when narrow: wrapping words would push
    // a purpose onto a third line that does not fit.
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(false);
    // The arrow keys move between cells; Tab leaves the grid for the next control instead of
    // walking its thousand cells (a keyboard trap).
    setTabKeyNavigation(false);
    setAccessibleDescription(tr("Arrow keys move between cells; Enter claims a free cell; * adds "
                                "the room to your favourites or removes it."));
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed sizes: measuring 2000 cells' contents would make a large school's grid sluggish.
    const int line = fontMetrics().lineSpacing();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(2 * line + 14);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    // The periods share the width; below a readable width the grid scrolls sideways instead.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) *
                                              8);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setHighlightSections(false);
    verticalHeader()->viewport()->installEventFilter(this);
    // A light mark for the current cell, so that its state stays readable.
    QPalette colours = palette();
    colours.setColor(QPalette::Highlight, QColor(0xa9, 0xcb, 0xf5));
    colours.setColor(QPalette::HighlightedText, QColor(0x0f, 0x3d, 0x7a));
    setPalette(colours);
    connect(this, &QTableView::clicked, this, &BookingGrid::chooseCell);
}

void BookingGrid::setGridModel(BookingGridModel *model) {
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &BookingGrid::applySpans);
    applySpans();
}

void BookingGrid::applySpans() {
    clearSpans();
    // A closed day is one cell across its row, showing why.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->gridRow(row).day.open && m_model->columnCount() > 1)
            setSpan(row, 0, 1, m_model->columnCount());
    }
}

QRect BookingGrid::starRect(int row) const {
    const QHeaderView *header = verticalHeader();
    const int top = header->sectionViewportPosition(row);
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("★  ")) + 8;
    return QRect(0, top, width, header->sectionSize(row));
}

void BookingGrid::chooseCell(const QModelIndex &index) {
    if (!index.isValid() || !m_model)
        return;
    if (m_model->cell(index.row(), index.column()).state == BookingGridModel::State::Free)
        emit freeCellChosen(index.row(), index.column());
}

void BookingGrid::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        chooseCell(currentIndex());
        event->accept();
        return;
    case Qt::Key_Asterisk:
        if (currentIndex().isValid())
            emit favouriteToggled(currentIndex().row());
        event->accept();
        return;
    default:
        QTableView::keyPressEvent(event);
    }
}

bool BookingGrid::eventFilter(QObject *watched, QEvent *event) {
    if (watched == verticalHeader()->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int row = verticalHeader()->logicalIndexAt(mouse->position().toPoint());
        if (row >= 0 && starRect(row).contains(mouse->position().toPoint())) {
            emit favouriteToggled(row);
            return true;
        }
    }
    return QTableView::eventFilter(watched, event);
}
