// SPDX-License-Identifier: GPL-3.0-or-later

#include "TeachersPage.h"

#include "AdminErrors.h"
#include "AdminService.h"
#include "PageJobs.h"
#include "SchoolDirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { UsernameColumn, NameColumn, EmailColumn, RoleColumn, StatusColumn };

QString roleLabel(const QString &role) {
    return role == QLatin1String("admin") ? QObject::tr("Admin") : QObject::tr("Teacher");
}
} // namespace

TeachersPage::TeachersPage(QThreadPool *workers, QWidget *parent)
    : QWidget(parent), m_jobs(new PageJobs(workers, this)) {
    m_addButton = new QPushButton(tr("Add teacher"), this);
    m_addButton->setObjectName(QStringLiteral("addTeacherButton"));
    m_passwordButton = new QPushButton(tr("Set password…"), this);
    m_passwordButton->setObjectName(QStringLiteral("setPasswordButton"));
    m_toggleButton = new QPushButton(tr("Deactivate"), this);
    m_toggleButton->setObjectName(QStringLiteral("toggleTeacherActiveButton"));
    m_toggleButton->setToolTip(tr("A deactivated teacher cannot log in; their bookings stay."));
    m_showInactive = new QCheckBox(tr("Show inactive teachers"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactiveTeachersCheck"));
    m_showInactive->setChecked(true);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("teachersTable"));
    m_table->setAccessibleName(tr("Teachers"));
    m_table->setHorizontalHeaderLabels(
        {tr("Username"), tr("Name"), tr("Email"), tr("Role"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);

    m_formBox = new QGroupBox(this);
    m_username = new QLineEdit(m_formBox);
    m_username->setObjectName(QStringLiteral("teacherUsernameEdit"));
    m_username->setPlaceholderText(tr("used to log in, e.g. j.smith"));
    m_username->setAccessibleName(tr("Username"));
    m_name = new QLineEdit(m_formBox);
    m_name->setObjectName(QStringLiteral("teacherNameEdit"));
    m_name->setPlaceholderText(tr("shown to colleagues, e.g. Jane Smith"));
    m_name->setAccessibleName(tr("Name"));
    m_email = new QLineEdit(m_formBox);
    m_email->setObjectName(QStringLiteral("teacherEmailEdit"));
    m_email->setPlaceholderText(tr("optional"));
    m_email->setAccessibleName(tr("Email"));
    m_role = new QComboBox(m_formBox);
    m_role->setObjectName(QStringLiteral("teacherRoleCombo"));
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(tr("Teacher"), QStringLiteral("teacher"));
    m_role->addItem(tr("Admin"), QStringLiteral("admin"));
    m_passwordLabel = new QLabel(m_formBox);
    m_password = new QLineEdit(m_formBox);
    m_password->setObjectName(QStringLiteral("teacherPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    // Named by the label beside it, "Password:" or "New password:" (see showInForm).
    m_passwordLabel->setBuddy(m_password);
    m_saveButton = new QPushButton(m_formBox);
    m_saveButton->setObjectName(QStringLiteral("saveTeacherButton"));
    m_saveButton->setDefault(true);
    m_discardButton = new QPushButton(tr("Discard changes"), m_formBox);
    m_discardButton->setObjectName(QStringLiteral("discardTeacherButton"));
    m_status = new QLabel(m_formBox);
    m_status->setObjectName(QStringLiteral("teacherStatusLabel"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Username:"), m_username);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Role:"), m_role);
    form->addRow(m_passwordLabel, m_password);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_discardButton);
    formButtons->addWidget(m_saveButton);
    auto *boxLayout = new QVBoxLayout(m_formBox);
    boxLayout->addLayout(form);
    boxLayout->addLayout(formButtons);
    boxLayout->addWidget(m_status);
    boxLayout->addStretch();

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_passwordButton);
    toolbar->addWidget(m_toggleButton);
    toolbar->addStretch();
    toolbar->addWidget(m_showInactive);
    auto *left = new QVBoxLayout;
    left->addLayout(toolbar);
    left->addWidget(m_table);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(m_formBox, 2);

    connect(m_addButton, &QPushButton::clicked, this, &TeachersPage::startNewTeacher);
    connect(m_passwordButton, &QPushButton::clicked, this, &TeachersPage::setPasswordOfSelected);
    connect(m_toggleButton, &QPushButton::clicked, this, &TeachersPage::toggleSelectedActive);
    connect(m_saveButton, &QPushButton::clicked, this, &TeachersPage::saveTeacher);
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        if (m_editingId == 0 || !selectTeacher(m_editingId))
            startNewTeacher();
        setStatus(QString(), false);
    });
    connect(m_showInactive, &QCheckBox::toggled, this, [this] {
        for (int row = 0; row < m_teachers.size(); ++row)
            m_table->setRowHidden(row, !m_showInactive->isChecked() && !m_teachers.at(row).active);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TeachersPage::onSelectionChanged);
    connect(m_jobs, &PageJobs::busyChanged, this, &TeachersPage::updateButtons);

    startNewTeacher();
    refresh();
}

bool TeachersPage::isBusy() const {
    return m_jobs->isBusy();
}

void TeachersPage::refresh() {
    const quint64 ticket = m_loads.next();
    m_jobs->run([] { return SchoolDirectory::teachers(true); },
                [this, ticket](const Background::Result<QList<Teacher>> &result) {
                    if (!m_loads.isCurrent(ticket))
                        return; // a newer refresh is on its way
                    try {
                        showTeachers(result.value());
                    } catch (...) {
                        setStatus(AdminErrors::describeCurrent(), true);
                    }
                });
}

void TeachersPage::showTeachers(const QList<Teacher> &teachers) {
    const qint64 selectedId = m_selectAfterLoad != 0
                                  ? m_selectAfterLoad
                                  : (selectedTeacher() ? selectedTeacher()->id : 0);
    const bool loadSelected = m_selectAfterLoad != 0;
    m_selectAfterLoad = 0;
    const QSignalBlocker blocker(m_table);
    m_teachers = teachers;
    m_table->setRowCount(0);
    m_table->setRowCount(m_teachers.size());
    for (int row = 0; row < m_teachers.size(); ++row) {
        const Teacher &teacher = m_teachers.at(row);
        const QStringList cells{teacher.username, teacher.name, teacher.email,
                                roleLabel(teacher.role),
                                teacher.active ? tr("Active") : tr("Inactive")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!teacher.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        m_table->setRowHidden(row, !m_showInactive->isChecked() && !teacher.active);
        if (teacher.id == selectedId) {
            m_table->selectRow(row);
            if (loadSelected)
                loadForm(teacher);
        }
    }
    updateButtons();
}

bool TeachersPage::selectTeacher(qint64 teacherId) {
    for (int row = 0; row < m_teachers.size(); ++row) {
        if (m_teachers.at(row).id == teacherId) {
            m_table->selectRow(row);
            loadForm(m_teachers.at(row));
            updateButtons();
            return true;
        }
    }
    return false;
}

void TeachersPage::startNewTeacher() {
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
    }
    loadForm(Teacher());
    updateButtons();
    m_username->setFocus();
}

void TeachersPage::saveTeacher() {
    if (m_jobs->isBusy())
        return;
    Teacher teacher;
    teacher.id = m_editingId;
    teacher.username = m_username->text().trimmed();
    teacher.name = m_name->text().trimmed();
    teacher.email = m_email->text().trimmed();
    teacher.role = m_role->currentData().toString();
    for (const Teacher &existing : std::as_const(m_teachers))
        if (existing.id == teacher.id)
            teacher.active = existing.active;
    const QString password = m_password->text();
    const bool passwordChanged = !password.isEmpty();
    setStatus(passwordChanged ? tr("Saving %1 and hashing the password…").arg(teacher.name)
                              : tr("Saving %1…").arg(teacher.name),
              false);
    m_jobs->run(
        [teacher, password] { return AdminService::saveTeacher(teacher, password); },
        [this, isNew = teacher.id == 0,
         passwordChanged](const Background::Result<Teacher> &result) {
            try {
                const Teacher &saved = result.value();
                if (isNew)
                    setStatus(
                        tr("Added %1 (%2). They can log in now.").arg(saved.name, saved.username),
                        false);
                else if (passwordChanged)
                    setStatus(tr("Saved %1. The new password works from now on; they "
                                 "have been signed out everywhere.")
                                  .arg(saved.name),
                              false);
                else
                    setStatus(tr("Saved %1.").arg(saved.name), false);
                m_selectAfterLoad = saved.id;
                refresh();
            } catch (...) {
                setStatus(AdminErrors::describeCurrent(), true);
            }
        });
}

void TeachersPage::setPasswordOfSelected() {
    const Teacher *selected = selectedTeacher();
    if (!selected)
        return;
    const Teacher teacher = *selected;

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("setPasswordDialog"));
    dialog.setWindowTitle(tr("Set password"));
    auto *intro = new QLabel(tr("New password for %1 (%2). They will be signed out everywhere "
                                "and log in with the new password.")
                                 .arg(teacher.name, teacher.username),
                             &dialog);
    intro->setWordWrap(true);
    auto *password = new QLineEdit(&dialog);
    password->setObjectName(QStringLiteral("newPasswordEdit"));
    password->setEchoMode(QLineEdit::Password);
    auto *repeat = new QLineEdit(&dialog);
    repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    repeat->setEchoMode(QLineEdit::Password);
    auto *problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("passwordProblemLabel"));
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set password"));
    auto *form = new QFormLayout;
    form->addRow(tr("New password:"), password);
    form->addRow(tr("Repeat it:"), repeat);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // Checked here so a typo is caught before anything is stored.
        if (password->text() != repeat->text()) {
            problem->setText(tr("The two passwords differ."));
            return;
        }
        buttons->setEnabled(false);
        problem->setStyleSheet(QString());
        problem->setText(tr("Setting the password…"));
        // The hash is made on a worker. The dialog may be closed meanwhile: the answer then
        // goes to the page's status line.
        QPointer<QDialog> open(&dialog);
        m_jobs->run(
            [id = teacher.id, text = password->text()] { AdminService::setPassword(id, text); },
            [this, open, buttons, problem, teacher](const Background::Result<void> &result) {
                try {
                    result.value();
                    setStatus(tr("New password set for %1; they have been signed out "
                                 "everywhere.")
                                  .arg(teacher.name),
                              false);
                    if (open)
                        open->accept();
                } catch (...) {
                    const QString error = AdminErrors::describeCurrent();
                    if (!open) {
                        setStatus(error, true);
                        return;
                    }
                    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
                    problem->setText(error);
                    buttons->setEnabled(true);
                }
            });
    });
    dialog.exec();
}

void TeachersPage::toggleSelectedActive() {
    const Teacher *selected = selectedTeacher();
    if (!selected)
        return;
    const Teacher teacher = *selected;
    const QString question =
        teacher.active
            ? tr("Deactivate %1 (%2)?\n\nThey are signed out and can no longer log in. Their "
                 "bookings stay, and you can reactivate the account at any time.")
                  .arg(teacher.name, teacher.username)
            : tr("Reactivate %1 (%2)?\n\nThey will be able to log in again with their "
                 "password.")
                  .arg(teacher.name, teacher.username);
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, teacher.active ? tr("Deactivate teacher") : tr("Reactivate teacher"), question,
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || m_jobs->isBusy())
        return;
    setStatus(teacher.active ? tr("Deactivating %1…").arg(teacher.name)
                             : tr("Reactivating %1…").arg(teacher.name),
              false);
    m_jobs->run([teacher] { AdminService::setTeacherActive(teacher.id, !teacher.active); },
                [this, teacher](const Background::Result<void> &result) {
                    try {
                        result.value();
                        setStatus(teacher.active ? tr("%1 is now inactive.").arg(teacher.name)
                                                 : tr("%1 is active again.").arg(teacher.name),
                                  false);
                        m_selectAfterLoad = teacher.id;
                        refresh();
                    } catch (...) {
                        setStatus(AdminErrors::describeCurrent(), true);
                    }
                });
}

void TeachersPage::loadForm(const Teacher &teacher) {
    m_editingId = teacher.id;
    m_formBox->setTitle(teacher.id == 0 ? tr("New teacher") : tr("Edit %1").arg(teacher.name));
    m_username->setText(teacher.username);
    m_name->setText(teacher.name);
    m_email->setText(teacher.email);
    m_role->setCurrentIndex(qMax(0, m_role->findData(teacher.role)));
    m_password->clear();
    if (teacher.id == 0) {
        m_passwordLabel->setText(tr("Password:"));
        m_password->setPlaceholderText(
            tr("at least %1 characters").arg(AdminService::MinPasswordLength));
        m_saveButton->setText(tr("Add teacher"));
        m_discardButton->setText(tr("Clear form"));
    } else {
        m_passwordLabel->setText(tr("New password:"));
        m_password->setPlaceholderText(tr("leave empty to keep the current one"));
        m_saveButton->setText(tr("Save changes"));
        m_discardButton->setText(tr("Discard changes"));
    }
}

void TeachersPage::onSelectionChanged() {
    if (const Teacher *teacher = selectedTeacher())
        loadForm(*teacher);
    setStatus(QString(), false);
    updateButtons();
}

void TeachersPage::updateButtons() {
    const Teacher *teacher = selectedTeacher();
    // A change waits for the one before and for the reload after it.
    const bool busy = m_jobs->isBusy();
    m_passwordButton->setEnabled(teacher != nullptr && !busy);
    m_toggleButton->setEnabled(teacher != nullptr && !busy);
    m_saveButton->setEnabled(!busy);
    m_toggleButton->setText(teacher && !teacher->active ? tr("Reactivate") : tr("Deactivate"));
}

void TeachersPage::setStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                                  : QStringLiteral("color: #1b5e20;"));
}

const Teacher *TeachersPage::selectedTeacher() const {
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_teachers.size() ? &m_teachers.at(row) : nullptr;
}
