// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingCommitter.h"

#include "DatabaseError.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>

namespace {
struct Job {
    const BookingStore::UnderLock *booking = nullptr;
    BookingStore::Created result;
    std::exception_ptr error;
    bool done = false;
};

std::mutex queueMutex;
std::condition_variable batchDone;
std::deque<Job *> waiting;
int batchesUnderWay = 0;

// Runs one batch on this thread's connection and fills in every job's answer; never throws.
void commit(const QList<Job *> &batch) {
    QList<BookingStore::UnderLock> bookings;
    for (const Job *job : batch)
        bookings << *job->booking;
    bool eachAlone = false;
    try {
        const QList<BookingStore::Created> results = BookingStore::createUnderLocks(bookings);
        for (qsizetype i = 0; i < batch.size(); ++i)
            batch.at(i)->result = results.at(i);
        return;
    } catch (const DatabaseError &error) {
        // Nothing of the batch was done. A refused overlap belongs to one of them (a booking
        // made meanwhile by a path that takes no lock): each goes again on its own, so that
        // only that one fails. Anything else (the database gone) is every job's answer.
        eachAlone = batch.size() > 1 && error.isExclusionViolation();
        if (!eachAlone) {
            for (Job *job : batch)
                job->error = std::current_exception();
        }
    } catch (...) {
        for (Job *job : batch)
            job->error = std::current_exception();
    }
    if (!eachAlone)
        return;
    for (Job *job : batch) {
        try {
            job->result = BookingStore::createUnderLock(*job->booking);
        } catch (...) {
            job->error = std::current_exception();
        }
    }
}
} // namespace

BookingStore::Created BookingCommitter::create(const BookingStore::UnderLock &booking) {
    Job job;
    job.booking = &booking;
    std::unique_lock<std::mutex> lock(queueMutex);
    waiting.push_back(&job);
    while (!job.done) {
        // Whoever finds its own job still waiting and a batch slot free commits the jobs waiting
        // then, its own among them; the others wait for their answer.
        if (batchesUnderWay >= MaxBatchesAtOnce || waiting.empty()) {
            batchDone.wait(lock);
            continue;
        }
        QList<Job *> batch;
        while (!waiting.empty() && batch.size() < MaxBatch) {
            batch << waiting.front();
            waiting.pop_front();
        }
        ++batchesUnderWay;
        lock.unlock();
        commit(batch);
        lock.lock();
        --batchesUnderWay;
        for (Job *done : batch)
            done->done = true;
        batchDone.notify_all();
    }
    lock.unlock();
    if (job.error)
        std::rethrow_exception(job.error);
    return job.result;
}
