#pragma once

#include "Interval.h"
#include "Room.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Modal confirmation of a claim: the teacher checks room and time, names the class, confirms.
// The dialog never blocks: the confirm goes out through confirmRequested and the window
// reports back with succeed() or showFailure().
class ClaimDialog : public QDialog {
    Q_OBJECT
public:
    ClaimDialog(const Room &room, const Interval &interval, const QString &timeDescription,
                QWidget *parent = nullptr);

    const Room &room() const { return m_room; }
    const Interval &interval() const { return m_interval; }
    QString purpose() const;
    void setPurpose(const QString &purpose);
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    // The room offered instead after a conflict, if any.
    std::optional<Room> alternative() const { return m_alternative; }

    void confirm();
    void succeed();
    void showFailure(const QString &message, const std::optional<Room> &alternative);

signals:
    void confirmRequested(const Room &room, const Interval &interval, const QString &purpose);

private:
    void setBusy(bool busy);
    void showRoom();
    void takeAlternative();

    Room m_room;
    Interval m_interval;
    std::optional<Room> m_alternative;
    bool m_busy = false;
    QLabel *m_roomLabel;
    QLabel *m_roomDetails;
    QLineEdit *m_purpose;
    QLabel *m_error;
    QPushButton *m_alternativeButton;
    QProgressBar *m_progress;
    QPushButton *m_confirmButton;
    QPushButton *m_cancelButton;
};
