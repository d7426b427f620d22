// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QPushButton;

// Asks which weekdays should get a copy of one weekday's periods (replacing theirs).
class CopyPeriodsDialog : public QDialog {
    Q_OBJECT
public:
    explicit CopyPeriodsDialog(int fromWeekday, int periodCount, QWidget *parent = nullptr);

    // The ticked weekdays, 1 (Monday) to 7 (Sunday).
    QList<int> weekdays() const;
    void setWeekdays(const QList<int> &weekdays);

private:
    void updateButton();

    QList<QCheckBox *> m_days;
    QPushButton *m_copy;
};
