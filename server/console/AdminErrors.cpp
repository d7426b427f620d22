// SPDX-License-Identifier: GPL-3.0-or-later

#include "AdminErrors.h"

#include "DatabaseError.h"
#include "ProtocolError.h"

#include <QCoreApplication>

#include <exception>

QString AdminErrors::describeCurrent() {
    try {
        throw;
    } catch (const ProtocolError &error) {
        return error.message();
    } catch (const DatabaseError &error) {
        if (error.connectionLost())
            return QCoreApplication::translate("AdminErrors",
                                               "The database cannot be reached right now, so "
                                               "nothing was changed. Please try again in a "
                                               "moment. (%1)")
                .arg(error.message());
        // lock_timeout (55P03) and statement_timeout (57014): another task holds what this needs.
        if (error.sqlState() == QLatin1String("55P03") ||
            error.sqlState() == QLatin1String("57014"))
            return QCoreApplication::translate("AdminErrors",
                                               "The database is busy with another task, so "
                                               "nothing was changed. Please try again in a "
                                               "moment.");
        return QCoreApplication::translate("AdminErrors", "The database refused the change: %1")
            .arg(error.message());
    } catch (const std::exception &error) {
        return QString::fromLocal8Bit(error.what());
    } catch (...) {
        return QCoreApplication::translate("AdminErrors",
                                           "Something unexpected went wrong; nothing was changed.");
    }
}
