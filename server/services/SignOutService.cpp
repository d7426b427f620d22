// SPDX-License-Identifier: GPL-3.0-or-later

#include "SignOutService.h"

#include "EventHub.h"
#include "MessageCodec.h"
#include "SessionStore.h"

#include <QJsonObject>

void SignOutService::endSessionsOf(qint64 teacherId, Reason reason) {
    SessionStore::removeAllOf(teacherId);
    EventHub::publish(Event, {{QStringLiteral("teacherId"), teacherId},
                              {QStringLiteral("code"), code(reason)},
                              {QStringLiteral("reason"), message(reason)}});
}

int SignOutService::sweepExpired() {
    return SessionStore::removeExpired();
}

bool SignOutService::parse(const QByteArray &frame, qint64 *teacherId, QByteArray *signedOutFrame) {
    QJsonObject object;
    if (!MessageCodec::parseObject(frame, &object) ||
        object.value(QStringLiteral("event")).toString() != Event)
        return false;
    *teacherId = object.value(QStringLiteral("teacherId")).toInteger();
    *signedOutFrame = MessageCodec::encodeEvent(
        ClientEvent, {{QStringLiteral("code"), object.value(QStringLiteral("code"))},
                      {QStringLiteral("reason"), object.value(QStringLiteral("reason"))}});
    return *teacherId > 0;
}

QString SignOutService::code(Reason reason) {
    switch (reason) {
    case Reason::Deactivated:
        return QStringLiteral("deactivated");
    case Reason::PasswordChanged:
        return QStringLiteral("passwordChanged");
    case Reason::RoleChanged:
        break;
    }
    return QStringLiteral("roleChanged");
}

QString SignOutService::message(Reason reason) {
    switch (reason) {
    case Reason::Deactivated:
        return QStringLiteral("Your account was deactivated");
    case Reason::PasswordChanged:
        return QStringLiteral("Your password was changed; please log in with the new one");
    case Reason::RoleChanged:
        break;
    }
    return QStringLiteral("Your role was changed; please log in again");
}
