// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Connection.h"

#include <QLabel>
#include <QUrl>

// How the login dialog's connection is protected, said plainly: encrypted with a verified
// certificate, or not encrypted at all (a ws:// address), so a teacher never types a password
// into a plain-text link without being told. The "security" property (encrypted, plain,
// refused) lets the style sheet colour it.
class SecurityLabel : public QLabel {
    Q_OBJECT
public:
    explicit SecurityLabel(QWidget *parent = nullptr);

    // Before connecting: what the typed address will give.
    void showPlanned(const QUrl &server);
    // After reaching the server: what the live socket actually had.
    void showLink(const Connection::LinkSecurity &link);
    // The certificate was refused; the reason is shown where errors go.
    void showRefused();

    // The few words for the main window's status bar.
    static QString shortText(const Connection::LinkSecurity &link);

private:
    void present(const QString &text, const char *security);
};
