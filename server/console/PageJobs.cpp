// SPDX-License-Identifier: GPL-3.0-or-later

#include "PageJobs.h"

#include <QWidget>

PageJobs::PageJobs(QThreadPool *pool, QWidget *page) : QObject(page), m_pool(pool), m_page(page) {}

void PageJobs::begin() {
    if (m_running++ > 0)
        return;
    m_page->setCursor(Qt::BusyCursor);
    emit busyChanged(true);
}

void PageJobs::end() {
    if (--m_running > 0)
        return;
    m_page->unsetCursor();
    emit busyChanged(false);
}
