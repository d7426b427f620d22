// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <type_traits>

// Runs a piece of a transaction under a SAVEPOINT: when the database refuses one of its
// statements (say, the exclusion constraint on bookings), only that piece is undone and the
// surrounding transaction stays usable. Outside a transaction PostgreSQL refuses SAVEPOINT.
class Savepoint {
public:
    template <typename Body> static auto run(Body body) {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(body())>) {
                body();
                release();
            } else {
                auto result = body();
                release();
                return result;
            }
        } catch (...) {
            rollBackQuietly();
            throw;
        }
    }

private:
    static void begin();
    static void release();
    // Undoes the body's statements; when even that fails (the connection went away), the
    // original failure is what the caller must hear about, and the outer rollback follows.
    static void rollBackQuietly();
};
