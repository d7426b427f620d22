#pragma once

#include "ImportPlan.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

// CSV import of rooms, teachers, the bell schedule or the calendar with the command line's
// all-or-nothing rules: Preview lists what would change, or every bad line with its number;
// Import re-reads and re-checks the file on a worker thread (hashing passwords is slow) and
// writes all of it or nothing.
class ImportPage : public QWidget {
    Q_OBJECT
public:
    explicit ImportPage(QWidget *parent = nullptr);
    ~ImportPage() override;
    void refresh();

    void setKind(ImportPlan::Kind kind);
    ImportPlan::Kind kind() const;
    // What the Browse button's file dialog sets; tests set it directly.
    void setFilePath(const QString &path);
    QString filePath() const;
    // Reads and checks the file; returns whether it could be imported as it is.
    bool preview();
    // Starts the import on a worker thread; importFinished reports the outcome.
    void startImport();
    bool isBusy() const { return m_worker != nullptr; }

signals:
    void importFinished(bool ok, const QString &message);
    // Something was written: the pages showing that kind should reload.
    void imported(ImportPlan::Kind kind);

private:
    struct Outcome {
        ImportPlan plan;
        QString error;
        bool applied = false;
    };

    void browse();
    void invalidatePreview();
    void showPlan(const ImportPlan &plan);
    void showProblems(const QList<ImportPlan::Problem> &problems);
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
    QThread *m_worker = nullptr;
};
