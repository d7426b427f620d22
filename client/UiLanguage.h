// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// The language of the teacher window: the system's by default, or one the teacher chose (kept in
// the setting ui/language) or gave with --lang for one run. Applying a language sets QLocale's
// default, so that dates, times and the first day of the week follow it too, and installs Qt's
// own translation (qtbase_xx.qm from Qt's translations folder, for standard buttons and dialogs)
// and RoomClaim's (roomclaim_xx.qm, built into the program under :/i18n).
class UiLanguage {
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    static inline const QString SettingKey = QStringLiteral("ui/language");

    struct Choice {
        QString code; // "" for the system's language
        QString name; // in its own language ("Deutsch"), so anyone finds theirs
    };
    // System, English, Deutsch, Français, Español.
    static QList<Choice> choices();
    // A code of choices(), or "system" for "". Anything else is not offered.
    static bool isOffered(const QString &code);

    // The language chosen in the settings ("" for the system's).
    static QString saved();
    static void save(const QString &code);

    // Makes code ("" or "system" for the system's language) the language of this run, before
    // any window is built; returns the locale now in use. Can be called again (the previous
    // translators are removed), but windows already built keep their texts.
    static QLocale apply(const QString &code);
    // The code applied last ("" for the system's).
    static QString applied();
    // Whether RoomClaim's own translation for the applied language was found (always true for
    // English, which is what the sources say).
    static bool translationLoaded();
    // The value of --lang in argv, if given ("--lang fr" or "--lang=fr"): read before
    // QCommandLineParser runs, so that even --help speaks the chosen language.
    static QString fromArguments(int argc, char *argv[], bool *given = nullptr);
};
