// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QtTest>

// What the server suites check of a reply, in one place: a reply as compact JSON for failure
// messages, and the success and failure shapes of protocol v1.
inline QString json(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The reply is evaluated once: it is often a request, which must not be sent twice on failure.
#define VERIFY_OK(reply)                                                                           \
    do {                                                                                           \
        const QJsonObject success_ = (reply);                                                      \
        QVERIFY2(success_.value(QStringLiteral("ok")).toBool(), qPrintable(json(success_)));       \
    } while (false)

#define VERIFY_FAILURE(reply, expectedStatus, expectedCode)                                        \
    do {                                                                                           \
        const QJsonObject failure_ = (reply);                                                      \
        QVERIFY2(failure_.value(QStringLiteral("ok")) == QJsonValue(false),                        \
                 qPrintable(json(failure_)));                                                      \
        QCOMPARE(failure_.value(QStringLiteral("status")).toInt(), expectedStatus);                \
        QCOMPARE(failure_.value(QStringLiteral("code")).toString(), QStringLiteral(expectedCode)); \
    } while (false)
