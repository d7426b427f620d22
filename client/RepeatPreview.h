// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SeriesOccurrence.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

// Every date of a series as previewSeries answers it: free, taken by whom, being booked by
// whom, closed (and why), or refused by a school rule; and "N of M dates will be booked".
class RepeatPreview : public QWidget {
    Q_OBJECT
public:
    explicit RepeatPreview(const QString &roomName, QWidget *parent = nullptr);

    void showLoading();
    void showOccurrences(const QList<SeriesOccurrence> &occurrences);
    void showError(const QString &message);
    void setRoomName(const QString &roomName) { m_roomName = roomName; }

    const QList<SeriesOccurrence> &occurrences() const { return m_occurrences; }
    // The dates that "Book the free dates" would book.
    int bookableCount() const;
    QString summaryText() const;
    // "Tue 10 Mar, 10:35–11:25: Free", one per date (as a screen reader reads the rows).
    QStringList rowTexts() const;

    static bool isBookable(const SeriesOccurrence &occurrence);
    // What the preview says about one date ("Free", "Taken by Teacher B", "Closed: Half term").
    static QString statusText(const SeriesOccurrence &occurrence, const QString &roomName);

private:
    QString m_roomName;
    QList<SeriesOccurrence> m_occurrences;
    QLabel *m_summary;
    QTreeWidget *m_list;
};
