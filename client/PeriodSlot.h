#pragma once

#include <QString>
#include <QTime>

// One period of the bell schedule as the client keeps it: a name and the clock times.
struct PeriodSlot {
    QString name;
    QTime start;
    QTime end;

    bool operator==(const PeriodSlot &other) const {
        return name == other.name && start == other.start && end == other.end;
    }
    bool operator!=(const PeriodSlot &other) const { return !(*this == other); }
};
