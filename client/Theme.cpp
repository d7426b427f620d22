// SPDX-License-Identifier: GPL-3.0-or-later

#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

void Theme::apply(QApplication &app) {
    Q_INIT_RESOURCE(client);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, windowColour());
    palette.setColor(QPalette::Base, baseColour());
    // Text in fields, lists and buttons in the stylesheet's ink, not the default black-on-grey
    // mix; selected text stays white on the accent (4.9:1).
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, textColour());
    palette.setColor(QPalette::Highlight, highlightColour());
    palette.setColor(QPalette::HighlightedText, highlightedTextColour());
    palette.setColor(QPalette::Button, buttonColour());
    // Placeholder text ("Class or purpose, e.g. 7B Maths") in the muted colour, readable
    // (5.8:1 on white) rather than Fusion's pale grey.
    palette.setColor(QPalette::PlaceholderText, QColor(0x5b, 0x67, 0x77));
    app.setPalette(palette);
    QFont font = app.font();
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);
    QFile style(QStringLiteral(":/style/client.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));
}
