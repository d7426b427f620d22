// SPDX-License-Identifier: GPL-3.0-or-later

#include "LanguageMenu.h"

#include "UiLanguage.h"

#include <QActionGroup>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this)) {
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    const QString saved = UiLanguage::saved();
    for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
        QAction *action = addAction(choice.name);
        action->setObjectName(
            QStringLiteral("language_%1")
                .arg(choice.code.isEmpty() ? QStringLiteral("system") : choice.code));
        action->setData(choice.code);
        action->setCheckable(true);
        action->setChecked(choice.code == saved);
        m_group->addAction(action);
    }
    addSeparator();
    QAction *note = addAction(tr("A new language applies when RoomClaim is started again."));
    note->setEnabled(false);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        UiLanguage::save(code);
        emit languageChosen(code);
    });
}

QString LanguageMenu::changedText(const QString &code) {
    QString name = tr("the system language");
    for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
        if (choice.code == code && !code.isEmpty())
            name = choice.name;
    }
    return tr("RoomClaim will use %1 from its next start.").arg(name);
}
