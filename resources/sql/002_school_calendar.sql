-- RoomClaim schema version 2: the school calendar. Released migrations are never edited.

-- Periods belong to weekdays (1 = Monday ... 7 = Sunday). The one bell schedule of version 1
-- becomes the schedule of every day of the week, so nothing changes for a school until it
-- loads its own.
ALTER TABLE periods ADD COLUMN weekday smallint NOT NULL DEFAULT 1 CHECK (weekday BETWEEN 1 AND 7);
INSERT INTO periods (name, start_time, end_time, weekday)
    SELECT p.name, p.start_time, p.end_time, d.day
    FROM periods p CROSS JOIN generate_series(2, 7) AS d(day)
    WHERE p.weekday = 1;
ALTER TABLE periods ALTER COLUMN weekday DROP DEFAULT;
ALTER TABLE periods ADD CONSTRAINT periods_no_overlap EXCLUDE USING gist (
    weekday WITH =,
    tsrange(DATE '2000-01-03' + start_time, DATE '2000-01-03' + end_time) WITH &&);

-- Terms are named date ranges (inclusive) that never overlap; week_cycle labels their weeks
-- in turn (for example {A,B}), starting with the week of first_day.
CREATE TABLE terms (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    first_day   date NOT NULL,
    last_day    date NOT NULL,
    week_cycle  text[] NOT NULL DEFAULT '{}',
    CHECK (first_day <= last_day),
    CONSTRAINT terms_no_overlap EXCLUDE USING gist (daterange(first_day, last_day, '[]') WITH &&)
);

-- Holidays and inset days (inclusive).
CREATE TABLE closed_days (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    first_day   date NOT NULL,
    last_day    date NOT NULL,
    CHECK (first_day <= last_day)
);

-- A recurring booking: its occurrences are ordinary bookings carrying series_id, so the
-- exclusion constraint on bookings guards every one of them.
CREATE TABLE series (
    id          bigserial PRIMARY KEY,
    room_id     bigint NOT NULL REFERENCES rooms(id),
    teacher_id  bigint NOT NULL REFERENCES teachers(id),
    every       text NOT NULL CHECK (every IN ('week', 'cycle')),
    until_day   date NOT NULL,
    purpose     text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE bookings ADD COLUMN series_id bigint REFERENCES series(id);
CREATE INDEX bookings_series_idx ON bookings (series_id) WHERE series_id IS NOT NULL;
CREATE INDEX bookings_room_start_idx ON bookings (room_id, lower(during)) WHERE canceled_at IS NULL;

-- Rooms only admins may book.
ALTER TABLE rooms ADD COLUMN restricted boolean NOT NULL DEFAULT false;

-- School-wide settings edited in the console, shared by every server instance:
-- booking/maxDaysAhead and booking/maxActiveBookings (0 = no limit).
CREATE TABLE settings (
    key         text PRIMARY KEY,
    value       text NOT NULL
);
INSERT INTO settings (key, value) VALUES ('booking/maxDaysAhead', '0'), ('booking/maxActiveBookings', '0');
