// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

class QLabel;

// A short, non-blocking notification that fades away by itself.
class Toast : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Success, Info, Warning };

    Toast(const QString &text, Kind kind, int lifetimeMs, QWidget *parent = nullptr);
    QString text() const;

signals:
    void expired(Toast *toast);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    QLabel *m_label;
};
