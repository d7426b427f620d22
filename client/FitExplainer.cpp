// SPDX-License-Identifier: GPL-3.0-or-later

#include "FitExplainer.h"

#include "DisplayText.h"

#include <QCoreApplication>

QString FitExplainer::explain(const Room &room, const SearchCriteria &criteria) {
    QStringList reasons;
    if (criteria.minCapacity > 0) {
        const int spare = room.capacity - criteria.minCapacity;
        if (spare == 0)
            reasons << QCoreApplication::translate("FitExplainer",
                                                   "Exactly the %1 your class needs")
                           .arg(DisplayText::seats(room.capacity));
        else if (spare <= 4)
            reasons << QCoreApplication::translate("FitExplainer", "Snug fit: %1 to spare")
                           .arg(DisplayText::seats(spare));
        else
            reasons << QCoreApplication::translate("FitExplainer", "Roomy: %1 to spare")
                           .arg(DisplayText::seats(spare));
    } else {
        reasons << QCoreApplication::translate("FitExplainer", "Seats %1").arg(room.capacity);
    }
    if (!criteria.features.isEmpty())
        reasons << QCoreApplication::translate("FitExplainer", "Has %1")
                       .arg(criteria.features.join(QStringLiteral(", ")));
    return reasons.join(QStringLiteral(" · "));
}
