// SPDX-License-Identifier: GPL-3.0-or-later

#include "FocusChain.h"

#include <QWidget>

namespace {
bool stopsTab(const QWidget *widget) {
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy();
}
} // namespace

QList<QWidget *> FocusChain::tabStops(const QWidget *container) {
    QList<QWidget *> stops;
    // findChildren lists depth first, each parent before its children: the order of making.
    // Pop-ups (a date field's calendar) are windows of their own, outside this chain.
    for (QWidget *child : container->findChildren<QWidget *>()) {
        if (child->window() == container->window() && stopsTab(child))
            stops << child;
    }
    return stops;
}

QWidget *FocusChain::placeAfter(QWidget *anchor, const QList<QWidget *> &widgets) {
    QWidget *previous = anchor;
    for (QWidget *widget : widgets) {
        if (!widget || !stopsTab(widget))
            continue;
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
    return previous;
}
