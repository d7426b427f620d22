// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Background.h"
#include "Teacher.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class PageJobs;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QThreadPool;

// Teachers administration: every account (inactive ones greyed), a form to add or edit one
// (username, name, email, role, password), set or reset a password, deactivate/reactivate.
// Reads and writes run on the workers (a password hash takes Argon2id's time and memory there,
// not on the thread serving the teachers' connections).
class TeachersPage : public QWidget {
    Q_OBJECT
public:
    explicit TeachersPage(QThreadPool *workers, QWidget *parent = nullptr);
    // Reloads the teachers in the background; a newer refresh supersedes an older one.
    void refresh();
    // Whether a load or a save is still running.
    bool isBusy() const;

    bool selectTeacher(qint64 teacherId);
    void startNewTeacher();
    // Saves the form in the background; the status line tells how it went.
    void saveTeacher();
    // Opens the password dialog for the selected teacher ("setPasswordDialog").
    void setPasswordOfSelected();
    void toggleSelectedActive();

private:
    void showTeachers(const QList<Teacher> &teachers);
    void loadForm(const Teacher &teacher);
    void onSelectionChanged();
    void updateButtons();
    void setStatus(const QString &text, bool error);
    const Teacher *selectedTeacher() const;

    PageJobs *m_jobs;
    Background::Latest m_loads;
    QList<Teacher> m_teachers;
    qint64 m_editingId = 0;
    // The teacher to select once the next load arrives (one just saved); 0 keeps the selection.
    qint64 m_selectAfterLoad = 0;

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_passwordButton;
    QPushButton *m_toggleButton;
    QCheckBox *m_showInactive;
    QGroupBox *m_formBox;
    QLineEdit *m_username;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QComboBox *m_role;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_saveButton;
    QPushButton *m_discardButton;
    QLabel *m_status;
};
