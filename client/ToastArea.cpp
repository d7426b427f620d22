// SPDX-License-Identifier: GPL-3.0-or-later

#include "ToastArea.h"

#include <QEvent>
#include <QWidget>

namespace {
constexpr int Margin = 16;
constexpr int Gap = 8;
constexpr int MaxToasts = 4;
} // namespace

ToastArea::ToastArea(QWidget *host) : QObject(host), m_host(host) {
    host->installEventFilter(this);
}

Toast *ToastArea::show(const QString &text, Toast::Kind kind) {
    auto *toast = new Toast(text, kind, m_lifetimeMs, m_host);
    connect(toast, &Toast::expired, this, &ToastArea::dismiss);
    m_toasts << toast;
    while (m_toasts.size() > MaxToasts)
        dismiss(m_toasts.first());
    toast->adjustSize();
    // In its corner before it shows: shown first at the host's top left, it would take a
    // pointer resting there for a reader's and stay.
    place();
    toast->show();
    toast->raise();
    toast->announce();
    m_recent.prepend({QDateTime::currentDateTime(), text, kind});
    while (m_recent.size() > MaxRecent)
        m_recent.removeLast();
    emit recentChanged();
    return toast;
}

void ToastArea::dismiss(Toast *toast) {
    if (!m_toasts.removeOne(toast))
        return;
    toast->hide();
    toast->deleteLater();
    place();
}

void ToastArea::place() {
    int bottom = m_host->height() - Margin;
    for (auto it = m_toasts.crbegin(); it != m_toasts.crend(); ++it) {
        Toast *toast = *it;
        toast->adjustSize();
        bottom -= toast->height();
        toast->move(m_host->width() - toast->width() - Margin, bottom);
        toast->raise();
        bottom -= Gap;
    }
}

bool ToastArea::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_host && event->type() == QEvent::Resize)
        place();
    return QObject::eventFilter(watched, event);
}
