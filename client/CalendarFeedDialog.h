// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class Connection;
class QLabel;
class QLineEdit;
class QPushButton;

// "Subscribe in my calendar": the teacher's private calendar feed URL (calendarFeed), to paste
// into Outlook, Google Calendar or Thunderbird, with Copy and "Reset link…" (a new secret; the
// old URL stops working at once).
class CalendarFeedDialog : public QDialog {
    Q_OBJECT
public:
    CalendarFeedDialog(Connection *connection, QWidget *parent = nullptr);

    // The URL shown (empty while it is on its way or when the server refused).
    QString url() const;
    QLineEdit *urlField() const { return m_urlField; }
    QPushButton *copyButton() const { return m_copyButton; }
    QPushButton *resetButton() const { return m_resetButton; }
    QLabel *statusLabel() const { return m_status; }
    // Asks whether to reset (window-modal, open while the question is asked).
    void askToReset();
    QMessageBox *resetPrompt() const { return m_resetPrompt; }

signals:
    // A URL arrived from the server (the first one, or a new one after a reset).
    void urlShown(const QString &url);

private:
    void fetch(bool reset);
    void copy();
    void setBusy(bool busy);

    Connection *m_connection;
    QLineEdit *m_urlField;
    QPushButton *m_copyButton;
    QPushButton *m_resetButton;
    QLabel *m_status;
    QPointer<QMessageBox> m_resetPrompt;
    quint64 m_generation = 0;
};
