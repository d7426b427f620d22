// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tells ThreadSanitizer about a hand-over between threads that it cannot see by itself.
//
// Debian's Qt is not built with ThreadSanitizer: the mutexes and atomics inside QThreadPool,
// QFutureInterface and queued signals order what one thread wrote before another reads it, but
// ThreadSanitizer sees only RoomClaim's side of the memory, not Qt's side of the ordering, and
// reports every such hand-over as a race. Where RoomClaim hands data to another thread through
// Qt, the sending side calls release(key) after its last write and the receiving side
// acquire(key) before its first read, with the same key (the address of what is handed over).
// That is exactly the ordering Qt provides; a real race (a write without such a hand-over) is
// still reported. In a build without ThreadSanitizer both are empty and cost nothing.
#if defined(__SANITIZE_THREAD__)
#define ROOMCLAIM_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define ROOMCLAIM_TSAN 1
#endif
#endif

#ifdef ROOMCLAIM_TSAN
#include <sanitizer/tsan_interface.h>
#endif

class HandOff {
public:
    // Everything this thread did so far happens before what follows acquire(key) elsewhere.
    static void release(const void *key) {
#ifdef ROOMCLAIM_TSAN
        // No write of the caller's may be moved below the release by the compiler.
        __asm__ __volatile__("" ::: "memory");
        __tsan_release(const_cast<void *>(key));
#else
        (void)key;
#endif
    }
    // Everything done before release(key) elsewhere happens before what this thread does next.
    static void acquire(const void *key) {
#ifdef ROOMCLAIM_TSAN
        __tsan_acquire(const_cast<void *>(key));
        // No read of the caller's (a lambda's captures, say) may be moved above the acquire.
        __asm__ __volatile__("" ::: "memory");
#else
        (void)key;
#endif
    }
};
