// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

class QWidget;

// Tab order for widgets made after their neighbours (cards, booking rows, feature boxes): Qt
// puts a new widget at the end of the window's focus chain, far from where it is read.
class FocusChain {
public:
    // The widgets inside container that Tab stops at, in the order they were made.
    static QList<QWidget *> tabStops(const QWidget *container);
    // Puts widgets into the chain one after the other, starting right after anchor; returns the
    // last one placed (anchor when there were none). Widgets Tab never stops at are left out.
    static QWidget *placeAfter(QWidget *anchor, const QList<QWidget *> &widgets);
};
