// SPDX-License-Identifier: GPL-3.0-or-later

#include "EventHub.h"

#include "Database.h"
#include "DatabaseError.h"
#include "HandOff.h"
#include "MessageCodec.h"

#include <QLoggingCategory>
#include <QSqlDriver>

Q_LOGGING_CATEGORY(lcEvents, "roomclaim.events")

EventHub::EventHub(QObject *parent)
    : QObject(parent),
      m_connectionName(
          QStringLiteral("roomclaim-listener-%1").arg(reinterpret_cast<quintptr>(this), 0, 16)),
      m_healthTimer(this) { // a child, so it follows the hub to its thread
    m_healthTimer.setInterval(1000);
    connect(&m_healthTimer, &QTimer::timeout, this, &EventHub::checkHealth);
}

EventHub::~EventHub() = default;

void EventHub::stop() {
    HandOff::acquire(&HandOffKey);
    m_healthTimer.stop();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    setListening(false);
    HandOff::release(&HandOffKey);
}

bool EventHub::start() {
    HandOff::acquire(&HandOffKey);
    m_healthTimer.start();
    try {
        QSqlDatabase db = Database::open(m_connectionName);
        QSqlDriver *driver = db.driver();
        disconnect(driver, nullptr, this, nullptr);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source,
                       const QVariant &payload) { onNotification(name, source, payload); });
        if (!driver->subscribedToNotifications().contains(Channel) &&
            !driver->subscribeToNotification(Channel)) {
            qCWarning(lcEvents) << "cannot LISTEN on" << Channel;
            db.close();
            setListening(false);
            return false;
        }
        setListening(true);
        return true;
    } catch (const DatabaseError &error) {
        qCWarning(lcEvents) << "event listener waits for the database:" << error.message();
        setListening(false);
        return false;
    }
}

void EventHub::publish(const QString &event, const QJsonObject &payload) {
    const QByteArray frame = MessageCodec::encodeEvent(event, payload);
    Database::exec(QStringLiteral("SELECT pg_notify(:channel, :payload)"),
                   {{QStringLiteral("channel"), Channel},
                    {QStringLiteral("payload"), QString::fromUtf8(frame)}});
}

void EventHub::onNotification(const QString &name, int, const QVariant &payload) {
    if (name != Channel)
        return;
    const QByteArray frame = payload.toString().toUtf8();
    QJsonObject object;
    if (!MessageCodec::parseObject(frame, &object))
        return;
    HandOff::release(this);
    emit eventReceived(object.value(QStringLiteral("event")).toString(), frame);
}

void EventHub::checkHealth() {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen()) {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return;
        qCWarning(lcEvents) << "lost the event listener connection; reconnecting";
        Database::markConnectionsLost();
        db.driver()->unsubscribeFromNotification(Channel);
        db.close();
        setListening(false);
    }
    start();
}

void EventHub::setListening(bool listening) {
    if (m_listening == listening)
        return;
    m_listening = listening;
    HandOff::release(this);
    emit listeningChanged(listening);
}
