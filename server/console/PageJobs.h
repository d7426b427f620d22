// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Background.h"

#include <QObject>

#include <utility>

class QThreadPool;
class QWidget;

// A console page's work on the worker pool, through Background::run, counted: while any of it
// runs the page shows the busy cursor, and busyChanged lets the page disable what has to wait
// (a second save of a form that is about to be reloaded). Answers reach the page only while it
// exists; the thread that serves the teachers' connections never waits for them.
class PageJobs : public QObject {
    Q_OBJECT
public:
    PageJobs(QThreadPool *pool, QWidget *page);

    // work() on a worker; done(Background::Result) on the page's thread.
    template <typename Work, typename Done> void run(Work work, Done done) {
        begin();
        Background::run(m_pool, this, std::move(work),
                        [this, done = std::move(done)](const auto &result) mutable {
                            end();
                            done(result);
                        });
    }
    bool isBusy() const { return m_running > 0; }
    QThreadPool *pool() const { return m_pool; }

signals:
    void busyChanged(bool busy);

private:
    void begin();
    void end();

    QThreadPool *m_pool;
    QWidget *m_page;
    int m_running = 0;
};
