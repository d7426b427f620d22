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
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf9));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xd1));
    palette.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfe));
    app.setPalette(palette);
    QFont font = app.font();
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);
    QFile style(QStringLiteral(":/style/client.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));
}
