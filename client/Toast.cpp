// SPDX-License-Identifier: GPL-3.0-or-later

#include "Toast.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

Toast::Toast(const QString &text, Kind kind, int lifetimeMs, QWidget *parent)
    : QFrame(parent), m_label(new QLabel(text, this)) {
    setObjectName(QStringLiteral("toast"));
    setProperty("kind", kind == Kind::Success   ? QStringLiteral("success")
                        : kind == Kind::Warning ? QStringLiteral("warning")
                                                : QStringLiteral("info"));
    setAccessibleName(text);
    setToolTip(tr("Click to dismiss"));
    m_label->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("toastText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(m_label);
    setFixedWidth(340);
    QTimer::singleShot(lifetimeMs, this, [this] { emit expired(this); });
}

QString Toast::text() const {
    return m_label->text();
}

void Toast::mousePressEvent(QMouseEvent *) {
    emit expired(this);
}
