// SPDX-License-Identifier: GPL-3.0-or-later

#include "UiLanguage.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {
struct Installed {
    QTranslator *qt = nullptr;
    QTranslator *roomClaim = nullptr;
    QString code;
    bool loaded = true;
};

Installed &installed() {
    static Installed state;
    return state;
}

void remove(QTranslator *&translator) {
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

// Loads base_xx.qm for locale from folder and installs it; nullptr when there is none.
QTranslator *install(const QLocale &locale, const QString &base, const QString &folder) {
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, base, QStringLiteral("_"), folder) &&
        QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

QString normalised(const QString &code) {
    const QString trimmed = code.trimmed().toLower();
    return trimmed == QLatin1String("system") ? QString() : trimmed;
}
} // namespace

QList<UiLanguage::Choice> UiLanguage::choices() {
    // The languages' own names are not translated: whoever cannot read the current language
    // still recognises theirs.
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

bool UiLanguage::isOffered(const QString &code) {
    const QString wanted = normalised(code);
    for (const Choice &choice : choices()) {
        if (choice.code == wanted)
            return true;
    }
    return false;
}

QString UiLanguage::saved() {
    const QString code = normalised(QSettings().value(SettingKey).toString());
    return isOffered(code) ? code : QString();
}

void UiLanguage::save(const QString &code) {
    QSettings settings;
    const QString wanted = normalised(code);
    if (wanted.isEmpty())
        settings.remove(SettingKey);
    else
        settings.setValue(SettingKey, wanted);
}

QLocale UiLanguage::apply(const QString &code) {
    const QString wanted = normalised(code);
    const QLocale system = QLocale::system();
    // A teacher who picks the system's own language keeps the system's country conventions
    // (de_AT's dates, en_GB's 24-hour clock); another language brings its usual ones.
    QLocale locale = system;
    if (!wanted.isEmpty()) {
        const QLocale chosen(wanted);
        if (chosen.language() != system.language())
            locale = chosen;
    }
    QLocale::setDefault(locale);

    Installed &state = installed();
    remove(state.qt);
    remove(state.roomClaim);
    state.code = wanted;
    if (!QCoreApplication::instance())
        return locale;
    state.qt = install(locale, QStringLiteral("qtbase"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    state.roomClaim = install(locale, QStringLiteral("roomclaim"), QStringLiteral(":/i18n"));
    state.loaded =
        state.roomClaim || locale.language() == QLocale::English || locale.language() == QLocale::C;
    return locale;
}

QString UiLanguage::applied() {
    return installed().code;
}

bool UiLanguage::translationLoaded() {
    return installed().loaded;
}

QString UiLanguage::fromArguments(int argc, char *argv[], bool *given) {
    if (given)
        *given = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--lang" && i + 1 < argc) {
            if (given)
                *given = true;
            return QString::fromLocal8Bit(argv[i + 1]);
        }
        if (argument.startsWith("--lang=")) {
            if (given)
                *given = true;
            return QString::fromLocal8Bit(argument.mid(7));
        }
    }
    return {};
}
