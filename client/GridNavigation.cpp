// SPDX-License-Identifier: GPL-3.0-or-later

#include "GridNavigation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QToolButton>

namespace {
void setUpStep(QToolButton *button, const QString &objectName, const QString &arrow,
               const QString &text, const QKeySequence &keys) {
    button->setObjectName(objectName);
    button->setText(arrow);
    // The shortcut only acts while its grid is shown (Qt ignores hidden buttons' shortcuts), so
    // the day grid and the week view can both use it.
    button->setShortcut(keys);
    button->setToolTip(
        GridNavigation::tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
    button->setAccessibleName(text);
    button->setFocusPolicy(Qt::StrongFocus);
}
} // namespace

GridNavigation::GridNavigation(const QString &step, const QString &previousText,
                               const QString &nextText, const QString &choiceLabel, QWidget *parent)
    : QWidget(parent), m_previous(new QToolButton(this)), m_next(new QToolButton(this)),
      m_title(new QLabel(this)), m_choice(new QComboBox(this)) {
    setUpStep(m_previous, QStringLiteral("previous") + step, QStringLiteral("‹"), previousText,
              QKeySequence(Qt::ALT | Qt::Key_Left));
    setUpStep(m_next, QStringLiteral("next") + step, QStringLiteral("›"), nextText,
              QKeySequence(Qt::ALT | Qt::Key_Right));
    m_title->setObjectName(QStringLiteral("gridTitle"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(choiceLabel, this);
    label->setBuddy(m_choice);

    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(8);
    bar->addWidget(m_previous);
    bar->addWidget(m_title);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(label);
    bar->addWidget(m_choice);

    connect(m_previous, &QToolButton::clicked, this, &GridNavigation::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &GridNavigation::nextRequested);
}
