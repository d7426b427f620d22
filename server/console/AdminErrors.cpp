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
        return QCoreApplication::translate("AdminErrors", "The database refused the change: %1")
            .arg(error.message());
    } catch (const std::exception &error) {
        return QString::fromLocal8Bit(error.what());
    } catch (...) {
        return QCoreApplication::translate("AdminErrors",
                                           "Something unexpected went wrong; nothing was changed.");
    }
}
