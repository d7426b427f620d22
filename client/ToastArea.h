// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Toast.h"

#include <QList>
#include <QObject>

// Stacks toasts in the bottom-right corner of a window, newest at the bottom.
class ToastArea : public QObject {
    Q_OBJECT
public:
    explicit ToastArea(QWidget *host);

    Toast *show(const QString &text, Toast::Kind kind = Toast::Kind::Info);
    QList<Toast *> toasts() const { return m_toasts; }
    void setLifetime(int ms) { m_lifetimeMs = ms; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dismiss(Toast *toast);
    void place();

    QWidget *m_host;
    QList<Toast *> m_toasts;
    int m_lifetimeMs = 5000;
};
