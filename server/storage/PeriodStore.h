#pragma once

#include "Period.h"

#include <QList>

class PeriodStore {
public:
    static QList<Period> list();
    // Replaces the whole bell schedule in one transaction.
    static void replaceAll(const QList<Period> &periods);
};
