// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>

class QApplication;

// The client's look: Fusion with a calm, readable palette and the stylesheet from resources.
class Theme {
public:
    static void apply(QApplication &app);
    // The palette's own colours: the window behind everything, fields and cards, and the
    // accent that marks the selection and the keyboard focus. The contrast test reads them.
    static QColor windowColour() { return QColor(0xf4, 0xf6, 0xf9); }
    static QColor baseColour() { return QColor(Qt::white); }
    static QColor textColour() { return QColor(0x1d, 0x27, 0x33); }
    static QColor highlightColour() { return QColor(0x1f, 0x6f, 0xd1); }
    static QColor highlightedTextColour() { return QColor(Qt::white); }
    static QColor buttonColour() { return QColor(0xfb, 0xfc, 0xfe); }
};
