// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BookingStore.h"

// Group commit for the booking statement. A confirmation's booking, audit row, event and lock
// release are one transaction; with PostgreSQL serialising every commit that notifies (to keep
// notifications in commit order), one commit per booking is the ceiling. Confirmations that
// reach this point while a batch is being committed are committed together in the next batch:
// one statement and one durable commit for all of them, each still answered on its own, and a
// conflict of one (an overlapping booking, found by the statement) never fails another. Nothing
// is answered before its batch has committed.
class BookingCommitter {
public:
    // The booking statement for this confirmation, on this thread's connection or as part of a
    // batch another thread commits. Throws DatabaseError as BookingStore::createUnderLock does
    // (23P01 when the database refused this booking's overlap).
    static BookingStore::Created create(const BookingStore::UnderLock &booking);

    // At most this many confirmations share one commit, and at most this many batches are
    // being committed at once (one executing while another waits for its commit).
    static constexpr int MaxBatch = 32;
    static constexpr int MaxBatchesAtOnce = 2;
};
