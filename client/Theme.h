// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QApplication;

// The client's look: Fusion with a calm, readable palette and the stylesheet from resources.
class Theme {
public:
    static void apply(QApplication &app);
};
