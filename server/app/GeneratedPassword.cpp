// SPDX-License-Identifier: GPL-3.0-or-later

#include "GeneratedPassword.h"

#include <QRandomGenerator>

QString GeneratedPassword::make(int length) {
    static const QLatin1String alphabet(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString password;
    password.reserve(length);
    // QRandomGenerator::system() reads the kernel's cryptographic source (getrandom).
    for (int i = 0; i < length; ++i)
        password += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return password;
}
