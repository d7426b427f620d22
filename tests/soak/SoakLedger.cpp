// SPDX-License-Identifier: GPL-3.0-or-later

#include "SoakLedger.h"

#include <QDateTime>

bool SoakLedger::open(const QString &fileName) {
    if (fileName.isEmpty())
        return true;
    m_file.setFileName(fileName);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        m_error = QStringLiteral("cannot write %1: %2").arg(fileName, m_file.errorString());
        return false;
    }
    return true;
}

void SoakLedger::write(const QString &line) {
    if (!m_file.isOpen())
        return;
    m_file.write(line.toUtf8() + '\n');
    m_file.flush();
}

void SoakLedger::booked(qint64 id, qint64 roomId, const QDateTime &start, const QDateTime &end,
                        qint64 seriesId) {
    write(QStringLiteral("booked %1 %2 %3 %4 %5")
              .arg(id)
              .arg(roomId)
              .arg(start.toSecsSinceEpoch())
              .arg(end.toSecsSinceEpoch())
              .arg(seriesId));
}

void SoakLedger::canceled(qint64 id) {
    write(QStringLiteral("canceled %1").arg(id));
}

void SoakLedger::cancelUnknown(qint64 id) {
    write(QStringLiteral("cancel? %1").arg(id));
}

void SoakLedger::seriesCancelUnknown(qint64 seriesId) {
    write(QStringLiteral("seriesCancel? %1").arg(seriesId));
}

void SoakLedger::bookUnknown(const char *what, qint64 roomId, const QDateTime &start,
                             const QDateTime &end) {
    write(QStringLiteral("%1 %2 %3 %4")
              .arg(QString::fromLatin1(what))
              .arg(roomId)
              .arg(start.toSecsSinceEpoch())
              .arg(end.toSecsSinceEpoch()));
}
