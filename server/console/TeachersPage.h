#pragma once

#include "Teacher.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Teachers administration: every account (inactive ones greyed), a form to add or edit one
// (username, name, email, role, password), set or reset a password, deactivate/reactivate.
class TeachersPage : public QWidget {
    Q_OBJECT
public:
    explicit TeachersPage(QWidget *parent = nullptr);
    void refresh();

    bool selectTeacher(qint64 teacherId);
    void startNewTeacher();
    // Saves the form; returns whether it was stored (otherwise the status line says why).
    bool saveTeacher();
    // Opens the password dialog for the selected teacher ("setPasswordDialog").
    void setPasswordOfSelected();
    void toggleSelectedActive();

private:
    void loadForm(const Teacher &teacher);
    void onSelectionChanged();
    void updateButtons();
    void setStatus(const QString &text, bool error);
    const Teacher *selectedTeacher() const;

    QList<Teacher> m_teachers;
    qint64 m_editingId = 0;

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
