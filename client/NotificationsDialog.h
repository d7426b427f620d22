// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class ToastArea;

// The recent notifications, newest first with their times: what a toast said can be read again
// after it has gone, at the reader's pace and with the keyboard. Follows new toasts while open.
class NotificationsDialog : public QDialog {
    Q_OBJECT
public:
    explicit NotificationsDialog(ToastArea *toasts, QWidget *parent = nullptr);

    // The lines as shown ("14:05  Room booked successfully: …"), newest first.
    QStringList lines() const;
    QListWidget *list() const { return m_list; }

private:
    void refresh();

    ToastArea *m_toasts;
    QLabel *m_empty;
    QListWidget *m_list;
};
