// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTableView>

class BookingGridModel;

// The table of a booking grid: the period header and the room (or date) column stay in place
// while the cells scroll; arrow keys move between cells, Enter or a click claims a free cell,
// a click on a row's star (or *) toggles the room as a favourite.
class BookingGrid : public QTableView {
    Q_OBJECT
public:
    explicit BookingGrid(QWidget *parent = nullptr);

    void setGridModel(BookingGridModel *model);
    BookingGridModel *gridModel() const { return m_model; }
    // Where the star of a row's header is drawn, in the header's viewport (for clicks and tests).
    QRect starRect(int row) const;

signals:
    // A free cell was clicked, or Enter was pressed on it.
    void freeCellChosen(int row, int column);
    void favouriteToggled(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseCell(const QModelIndex &index);
    void applySpans();

    BookingGridModel *m_model = nullptr;
};
