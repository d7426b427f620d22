// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

class QLabel;

// A short, non-blocking notification that fades away by itself. It is an alert to assistive
// technology (announced when shown), and it stays while the pointer rests on it, so that a slow
// reader is never cut off.
class Toast : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Success, Info, Warning };

    Toast(const QString &text, Kind kind, int lifetimeMs, QWidget *parent = nullptr);
    QString text() const;
    Kind kind() const { return m_kind; }
    // True while the pointer rests on the toast: its time does not run.
    bool isPaused() const { return m_paused; }
    // Tells assistive technology that the toast appeared (a screen reader reads it out).
    void announce();
    // The kind as a word for people ("Warning"), for the list of recent notifications.
    static QString kindName(Kind kind);

signals:
    void expired(Toast *toast);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QLabel *m_label;
    Kind m_kind;
    QTimer m_timer;
    QElapsedTimer m_running; // since the timer last started
    int m_remainingMs;
    bool m_paused = false;
};
