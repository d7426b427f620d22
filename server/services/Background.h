// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "HandOff.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QRunnable>
#include <QThreadPool>

#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

// The one way to hand work to a worker thread and have its result back: the sessions, the
// console pages and the imports all use it, so the thread that serves the sockets (and draws the
// console) never waits on the database, on a password hash or on a file.
//
//     Background::run(pool, this, [id] { return SchoolDirectory::room(id); },
//                     [this](const Background::Result<Room> &result) {
//                         try {
//                             show(result.value());
//                         } catch (...) {
//                             showError(AdminErrors::describeCurrent());
//                         }
//                     });
//
// work() runs on a thread of pool. done(result) runs later on the thread of context, and only if
// context still exists then: a page closed meanwhile is not touched (the work itself has
// happened). Whatever work throws (a DatabaseError, a ProtocolError, anything) is caught on the
// worker and travels in the Result; value() throws it again on context's thread, where the
// caller catches it as it would have caught a direct call.
class Background {
public:
    // What work returned, or what it threw.
    template <typename T> class Result {
    public:
        bool ok() const { return !m_error; }
        std::exception_ptr error() const { return m_error; }
        // The value, or the exception work threw, thrown again here.
        const T &value() const {
            if (m_error)
                std::rethrow_exception(m_error);
            return *m_value;
        }

    private:
        friend class Background;
        std::optional<T> m_value;
        std::exception_ptr m_error;
    };

    // Hands out numbers to requests, so that the answer to an older request, arriving after a
    // newer one was made, can be recognised and dropped (a refresh supersedes the one before).
    class Latest {
    public:
        quint64 next() { return ++m_issued; }
        bool isCurrent(quint64 ticket) const { return ticket == m_issued; }

    private:
        quint64 m_issued = 0;
    };

    // Call on context's thread. done takes a Background::Result<R>, R being what work returns
    // (void included: then value() only throws the error, if there was one).
    template <typename Work, typename Done>
    static void run(QThreadPool *pool, QObject *context, Work work, Done done) {
        using Value = std::invoke_result_t<Work>;
        using Outcome = Result<Value>;
        auto promise = std::make_shared<QPromise<Outcome>>();
        const void *key = promise.get();
        // The watcher belongs to context: deleting context deletes it, and a deleted watcher
        // receives nothing, so done never runs for an object that is gone.
        auto *watcher = new QFutureWatcher<Outcome>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                         [watcher, key, done = std::move(done)]() mutable {
                             HandOff::acquire(key);
                             watcher->deleteLater();
                             // No result: the pool was torn down before the work could run.
                             if (watcher->future().resultCount() != 0)
                                 done(watcher->future().result());
                             HandOff::release(key);
                         });
        watcher->setFuture(promise->future());
        promise->start();
        auto job = [promise, key, work = std::move(work)]() mutable {
            Outcome outcome;
            try {
                if constexpr (std::is_void_v<Value>)
                    work();
                else
                    outcome.m_value.emplace(work());
            } catch (...) {
                outcome.m_error = std::current_exception();
            }
            promise->addResult(std::move(outcome));
            promise->finish();
            HandOff::release(key);
            letGo(std::move(promise));
        };
        auto *task = new Task<decltype(job)>(std::move(job));
        HandOff::release(task);
        pool->start(task);
    }

private:
    // Drops the worker's reference to a finished promise; if it is the last, the result is freed
    // with it. Context's thread has read the result then, ordered by the reference counting inside
    // Qt, which ThreadSanitizer cannot see. In a ThreadSanitizer build the reference is therefore
    // dropped on the application's thread (where every context lives), after done() in an order
    // it can see; any other build drops it here.
    template <typename Promise> static void letGo(std::shared_ptr<Promise> promise) {
#ifdef ROOMCLAIM_TSAN
        if (QCoreApplication *app = QCoreApplication::instance()) {
            // An event, not a queued lambda: Qt deletes it on the receiving thread, and this
            // thread does not touch it after posting it.
            auto *reference = new Reference<Promise>(std::move(promise));
            HandOff::release(&Reference<Promise>::Key);
            QCoreApplication::postEvent(app, reference);
        }
#else
        promise.reset();
#endif
    }

    // Carries a reference to the thread of the application (letGo), and drops it there when Qt
    // deletes the event after delivering it.
    template <typename Promise> class Reference : public QEvent {
    public:
        static inline const char Key = 0;
        explicit Reference(std::shared_ptr<Promise> promise)
            : QEvent(QEvent::User), m_promise(std::move(promise)) {}
        ~Reference() override {
            HandOff::acquire(&Key);
            m_promise.reset();
        }

    private:
        std::shared_ptr<Promise> m_promise;
    };

    // A QRunnable of RoomClaim's own rather than QThreadPool::start(std::function): its run()
    // can tell ThreadSanitizer about the hand-over (HandOff) before the first read of the work.
    template <typename Function> class Task : public QRunnable {
    public:
        explicit Task(Function function) : m_function(std::move(function)) {}
        void run() override {
            HandOff::acquire(this);
            m_function();
        }

    private:
        Function m_function;
    };
};

// Work that returns nothing: only whether it threw.
template <> class Background::Result<void> {
public:
    bool ok() const { return !m_error; }
    std::exception_ptr error() const { return m_error; }
    // Throws again what work threw, if it threw.
    void value() const {
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    friend class Background;
    std::exception_ptr m_error;
};
