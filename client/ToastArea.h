// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RecentNotice.h"
#include "Toast.h"

#include <QList>
#include <QObject>

// Stacks toasts in the bottom-right corner of a window, newest at the bottom, and remembers
// the recent ones for the teacher to read again.
class ToastArea : public QObject {
    Q_OBJECT
public:
    // How many notifications the list of recent ones keeps.
    static constexpr int MaxRecent = 20;

    explicit ToastArea(QWidget *host);

    Toast *show(const QString &text, Toast::Kind kind = Toast::Kind::Info);
    QList<Toast *> toasts() const { return m_toasts; }
    void setLifetime(int ms) { m_lifetimeMs = ms; }
    // The last MaxRecent notifications, newest first, including those whose toast is gone.
    QList<RecentNotice> recent() const { return m_recent; }

signals:
    void recentChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dismiss(Toast *toast);
    void place();

    QWidget *m_host;
    QList<Toast *> m_toasts;
    QList<RecentNotice> m_recent;
    int m_lifetimeMs = 5000;
};
