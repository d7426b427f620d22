// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AuditFilter.h"
#include "AuditRecord.h"
#include "Background.h"

#include <QDate>
#include <QList>
#include <QWidget>

class AuditExport;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QThreadPool;
class QTimer;

// The audit log, newest first: who did what, when and from which address, narrowed by date
// range, kind of action, who and free text. Shows PageRows rows at a time ("Load older" adds the
// next ones), so a year of entries never freezes the window; exports what the filters select to
// CSV; sets how long entries are kept. Every database read and write runs on the workers.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    explicit AuditPage(QThreadPool *workers, QWidget *parent = nullptr);

    // Reads the rows again (and the teachers for the "who" filter, and the retention).
    void refresh();
    void setDateRange(const QDate &from, const QDate &to);
    // "" for all, a kind ending in '.' ("teacher."), or one action ("login.failed").
    void setActionFilter(const QString &action);
    // 0 for everyone.
    void setTeacherFilter(qint64 teacherId);
    void setSearchText(const QString &text);
    // The filter the page shows now (without paging).
    AuditFilter filter() const;

    QTableWidget *table() const { return m_table; }
    const QList<AuditRecord> &records() const { return m_records; }
    bool hasMore() const { return m_hasMore; }
    void loadMore();
    bool isLoading() const { return m_loading; }
    // Writes what the filters select to path; exportFinished reports.
    bool exportTo(const QString &path);
    bool isExporting() const;

    static constexpr int PageRows = 500;

signals:
    // The rows shown changed (a refresh or "Load older" finished).
    void loaded();
    void exportFinished(bool ok, const QString &message);
    void retentionSaved(bool ok, const QString &message);

private:
    void load(bool append);
    void showRecords(const QList<AuditRecord> &records, bool append);
    void reloadTeachers();
    void loadRetention();
    void saveRetention();
    void chooseExportFile();
    void finishExport(bool ok, const QString &message);
    void updateControls();
    void setStatus(const QString &text, bool error);

    QThreadPool *m_workers;
    Background::Latest m_loads;
    QList<AuditRecord> m_records;
    bool m_hasMore = false;
    bool m_loading = false;
    qint64 m_wantedTeacher = 0; // chosen before the teacher list had arrived

    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_action;
    QComboBox *m_who;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QStackedWidget *m_stack;
    QTableWidget *m_table;
    QLabel *m_empty;
    QLabel *m_count;
    QPushButton *m_loadMore;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stopExport;
    QPushButton *m_exportButton;
    QSpinBox *m_retention;
    QPushButton *m_saveRetention;
    AuditExport *m_export;
};
