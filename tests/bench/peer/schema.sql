-- SPDX-License-Identifier: GPL-3.0-or-later
-- The web design's own bookings table, next to RoomClaim's in the benchmark database: no
-- exclusion constraint (the design relied on its lock service and an overlap query), a plain
-- index for that query. Filled once with the school's bookings so both designs work on the
-- same data; scripts/bench removes the benchmark's rows ('bench') after every stage.
CREATE TABLE IF NOT EXISTS peer_bookings (
    id          bigserial PRIMARY KEY,
    room_id     bigint NOT NULL REFERENCES rooms(id),
    teacher_id  bigint NOT NULL REFERENCES teachers(id),
    start_time  timestamptz NOT NULL,
    end_time    timestamptz NOT NULL,
    purpose     text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    canceled_at timestamptz
);

INSERT INTO peer_bookings (room_id, teacher_id, start_time, end_time, purpose)
SELECT room_id, teacher_id, lower(during), upper(during), purpose
FROM bookings
WHERE purpose NOT IN ('bench', 'pgbench') AND canceled_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM peer_bookings);

CREATE INDEX IF NOT EXISTS peer_bookings_room_start ON peer_bookings (room_id, start_time);
CREATE INDEX IF NOT EXISTS peer_bookings_teacher_start ON peer_bookings (teacher_id, start_time);
ANALYZE peer_bookings;
-- The day grid asks for one day of every room.
CREATE INDEX IF NOT EXISTS peer_bookings_start ON peer_bookings (start_time);
ANALYZE peer_bookings;
