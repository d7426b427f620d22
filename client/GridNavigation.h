// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

// The bar above a grid: ‹ title › to step through days or weeks, and on the right one labelled
// choice (the building of the day grid, the room of the week view).
class GridNavigation : public QWidget {
    Q_OBJECT
public:
    // step names the unit for object names ("Day": previousDay, nextDay); the texts are the
    // caller's translated ones.
    GridNavigation(const QString &step, const QString &previousText, const QString &nextText,
                   const QString &choiceLabel, QWidget *parent = nullptr);

    QLabel *title() const { return m_title; }
    QComboBox *choice() const { return m_choice; }

signals:
    void previousRequested();
    void nextRequested();

private:
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_title;
    QComboBox *m_choice;
};
