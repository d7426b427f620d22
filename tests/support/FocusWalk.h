// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Keyboard and screen-reader checks shared by the teacher-client and console suites: which
// controls Tab should reach, the controls Tab really reaches (pressing it, as a keyboard user
// does), and the name a screen reader announces for each.

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QWidget>
#include <QtTest>

namespace FocusWalk {

// The control a focused widget belongs to: a spin box's or an editable combo box's own line
// edit is part of it (screen readers announce the outer control).
inline QWidget *control(QWidget *widget) {
    if (!widget)
        return nullptr;
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        QWidget *parent = edit->parentWidget();
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent))
            return parent;
    }
    return widget;
}

// Radio buttons that choose one of several: Tab stops at the chosen one, the arrow keys move
// between them (Qt's and every platform's way).
inline bool isUnchosenRadio(QWidget *widget) {
    auto *radio = qobject_cast<QRadioButton *>(widget);
    if (!radio || radio->isChecked())
        return false;
    if (radio->group())
        return radio->group()->exclusive() && radio->group()->checkedButton();
    if (!radio->autoExclusive() || !radio->parentWidget())
        return false;
    for (QRadioButton *sibling : radio->parentWidget()->findChildren<QRadioButton *>(
             QString(), Qt::FindDirectChildrenOnly)) {
        if (sibling->autoExclusive() && sibling->isChecked())
            return true;
    }
    return false;
}

// Every control inside root that a keyboard user must be able to reach with Tab: shown,
// enabled, accepting focus by Tab, in the same window.
inline QList<QWidget *> tabStops(QWidget *root) {
    QList<QWidget *> stops;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->window() != root->window() || !widget->isVisible() || !widget->isEnabled())
            continue;
        if ((widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || widget->focusProxy() ||
            isUnchosenRadio(widget))
            continue;
        QWidget *owner = control(widget);
        if (!stops.contains(owner))
            stops << owner;
    }
    return stops;
}

// Presses Tab from start until the focus comes back to a control already visited (or leaves
// the window); the controls in the order they were reached.
inline QList<QWidget *> pressTab(QWidget *start, int limit = 400) {
    QList<QWidget *> visited;
    start->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    QWidget *window = start->window();
    QWidget *current = control(QApplication::focusWidget());
    while (current && current->window() == window && !visited.contains(current) &&
           visited.size() < limit) {
        visited << current;
        // Tab first walks a date field's sections (day, month, year), then leaves it.
        for (int press = 0; press < 8 && control(QApplication::focusWidget()) == current; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QApplication::processEvents();
        }
        current = control(QApplication::focusWidget());
    }
    return visited;
}

// What a screen reader announces as the control's name.
inline QString accessibleName(QWidget *widget) {
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

// "QPushButton confirmButton 'Confirm Booking'", for failure messages.
inline QString describe(QWidget *widget) {
    if (!widget)
        return QStringLiteral("(none)");
    return QStringLiteral("%1 %2 '%3'")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             accessibleName(widget));
}

inline QString describe(const QList<QWidget *> &widgets) {
    QStringList parts;
    for (QWidget *widget : widgets)
        parts << describe(widget);
    return parts.join(QStringLiteral(", "));
}

// The controls among `expected` that Tab never reached, and those without a name.
inline QString problems(const QList<QWidget *> &expected, const QList<QWidget *> &reached) {
    QStringList found;
    for (QWidget *widget : expected) {
        if (!reached.contains(widget))
            found << QStringLiteral("not reached by Tab: ") + describe(widget);
    }
    for (QWidget *widget : reached) {
        if (accessibleName(widget).isEmpty())
            found << QStringLiteral("no accessible name: ") + describe(widget);
    }
    return found.join(QLatin1Char('\n'));
}

} // namespace FocusWalk
