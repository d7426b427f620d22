// SPDX-License-Identifier: GPL-3.0-or-later

#include "Toast.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHBoxLayout>
#include <QLabel>

namespace {
// After the pointer leaves, a toast stays at least this long: it must not vanish the moment
// the reader moves on.
constexpr int MinimumRestMs = 2000;

// Toasts are alerts to assistive technology, not plain frames: a screen reader reads an alert
// out when it appears.
QAccessibleInterface *toastInterface(const QString &className, QObject *object) {
    if (className == QLatin1String("Toast") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::AlertMessage);
    return nullptr;
}
} // namespace

Toast::Toast(const QString &text, Kind kind, int lifetimeMs, QWidget *parent)
    : QFrame(parent), m_label(new QLabel(text, this)), m_kind(kind), m_remainingMs(lifetimeMs) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(toastInterface);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("toast"));
    setProperty("kind", kind == Kind::Success   ? QStringLiteral("success")
                        : kind == Kind::Warning ? QStringLiteral("warning")
                                                : QStringLiteral("info"));
    setAccessibleName(text);
    setAccessibleDescription(kindName(kind));
    setToolTip(tr("Click to dismiss. Stays while the pointer is over it."));
    m_label->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("toastText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(m_label);
    // About 45 characters a line, whatever the font size.
    setFixedWidth(qMax(340, fontMetrics().averageCharWidth() * 45 + 28));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { emit expired(this); });
    m_timer.start(m_remainingMs);
    m_running.start();
}

QString Toast::text() const {
    return m_label->text();
}

QString Toast::kindName(Kind kind) {
    switch (kind) {
    case Kind::Success:
        return tr("Done");
    case Kind::Warning:
        return tr("Warning");
    case Kind::Info:
        break;
    }
    return tr("Information");
}

void Toast::announce() {
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void Toast::mousePressEvent(QMouseEvent *) {
    emit expired(this);
}

void Toast::enterEvent(QEnterEvent *event) {
    QFrame::enterEvent(event);
    if (m_paused)
        return;
    m_paused = true;
    m_remainingMs = qMax(0, m_remainingMs - int(m_running.elapsed()));
    m_timer.stop();
}

void Toast::leaveEvent(QEvent *event) {
    QFrame::leaveEvent(event);
    if (!m_paused)
        return;
    m_paused = false;
    m_remainingMs = qMax(m_remainingMs, MinimumRestMs);
    m_timer.start(m_remainingMs);
    m_running.start();
}
