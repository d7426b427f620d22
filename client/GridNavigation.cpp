// SPDX-License-Identifier: GPL-3.0-or-later

#include "GridNavigation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace {
void setUpStep(QToolButton *button, const QString &objectName, const QString &arrow,
               const QString &text) {
    button->setObjectName(objectName);
    button->setText(arrow);
    button->setToolTip(text);
    button->setAccessibleName(text);
}
} // namespace

GridNavigation::GridNavigation(const QString &step, const QString &previousText,
                               const QString &nextText, const QString &choiceLabel, QWidget *parent)
    : QWidget(parent), m_previous(new QToolButton(this)), m_next(new QToolButton(this)),
      m_title(new QLabel(this)), m_choice(new QComboBox(this)) {
    setUpStep(m_previous, QStringLiteral("previous") + step, QStringLiteral("‹"), previousText);
    setUpStep(m_next, QStringLiteral("next") + step, QStringLiteral("›"), nextText);
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
