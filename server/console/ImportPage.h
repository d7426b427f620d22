// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Background.h"
#include "ImportPlan.h"

#include <QWidget>

class PageJobs;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThreadPool;

// CSV import of rooms, teachers, the bell schedule or the calendar with the command line's
// all-or-nothing rules: Preview lists what would change, or every bad line with its number;
// Import re-reads and re-checks the file and writes all of it or nothing. Both run on the
// workers (a preview compares with the database; hashing passwords is slow).
class ImportPage : public QWidget {
    Q_OBJECT
public:
    explicit ImportPage(QThreadPool *workers, QWidget *parent = nullptr);
    void refresh();

    void setKind(ImportPlan::Kind kind);
    ImportPlan::Kind kind() const;
    // What the Browse button's file dialog sets; tests set it directly.
    void setFilePath(const QString &path);
    QString filePath() const;
    // Reads and checks the file in the background; previewFinished tells whether it could be
    // imported as it is. False: no file was chosen (nothing started).
    bool preview();
    // Starts the import on a worker thread; importFinished reports the outcome.
    void startImport();
    // Whether an import is running.
    bool isBusy() const { return m_importing; }

signals:
    void previewFinished(bool importable);
    void importFinished(bool ok, const QString &message);
    // Something was written: the pages showing that kind should reload.
    void imported(ImportPlan::Kind kind);

private:
    struct Outcome {
        ImportPlan plan;
        QString error;
        bool applied = false;
    };
    // A preview: the plan, or why the file cannot be read.
    struct Preview {
        ImportPlan plan;
        QString readError;
    };

    void browse();
    void invalidatePreview();
    void showPlan(const ImportPlan &plan);
    void showProblems(const QList<ImportPlan::Problem> &problems);
    void onPreviewDone(const Background::Result<Preview> &result);
    void onImportDone(const Outcome &outcome);
    void setResult(const QString &text, bool error);
    void setBusy(bool busy);
    static Outcome runImport(ImportPlan::Kind kind, const QString &path);

    QRadioButton *radioFor(ImportPlan::Kind kind) const;
    void updateFormatHint();

    QRadioButton *m_rooms;
    QRadioButton *m_teachers;
    QRadioButton *m_periods;
    QRadioButton *m_calendar;
    QLabel *m_formatHint;
    QLineEdit *m_path;
    QPushButton *m_browseButton;
    QPushButton *m_previewButton;
    QLabel *m_summary;
    QListWidget *m_list;
    QProgressBar *m_progress;
    QPushButton *m_importButton;
    QLabel *m_result;
    PageJobs *m_jobs;
    Background::Latest m_previews;
    bool m_importing = false;
};
