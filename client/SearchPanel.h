#pragma once

#include "PeriodSlot.h"
#include "SearchCriteria.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGridLayout;
class QLabel;
class QSpinBox;
class QTimeEdit;

// Date, period (or a custom time), class size and features. Every change is a new search.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    void setPeriods(const QList<PeriodSlot> &periods);
    void setFeatures(const QStringList &features);
    SearchCriteria criteria() const;
    // For tests and keyboard users: pick a date and a period by index, or a custom time.
    void setDate(const QDate &date);
    void selectPeriod(int index);
    void setCustomTime(const QTime &start, const QTime &end);
    void setMinCapacity(int seats);
    void setRequiredFeatures(const QStringList &features);
    int periodCount() const;
    const QList<PeriodSlot> &periods() const { return m_periods; }
    QString describeTime() const;   // "Mon 30 Nov, Period 1 (08:30–09:20)"
    QString describePeriod() const; // "Period 1 (08:30–09:20)"

signals:
    void criteriaChanged(const SearchCriteria &criteria);

private:
    void chooseDefaults();
    void onInputChanged();
    bool isCustom() const;

    QDateEdit *m_date;
    QComboBox *m_period;
    QFormLayout *m_form = nullptr;
    QWidget *m_customBox;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QSpinBox *m_capacity;
    QGridLayout *m_featureGrid;
    QLabel *m_timeError;
    QList<QCheckBox *> m_featureBoxes;
    QList<PeriodSlot> m_periods;
    bool m_quiet = false;
};
