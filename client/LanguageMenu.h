// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMenu>

class QActionGroup;

// The language setting of the teacher window: System language, English, Deutsch, Français,
// Español, the saved one checked. A choice is saved at once and applies from the next start
// (the open windows keep their texts), which the menu says.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The sentence to show after a choice ("RoomClaim speaks Français from its next start.").
    static QString changedText(const QString &code);

signals:
    // The teacher chose another language; it is saved already.
    void languageChosen(const QString &code);

private:
    QActionGroup *m_group;
};
