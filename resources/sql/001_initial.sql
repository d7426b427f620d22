-- RoomClaim schema version 1. Released migrations are never edited; add a new file instead.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE rooms (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE CHECK (btrim(name) <> ''),
    building    text NOT NULL DEFAULT '',
    capacity    integer NOT NULL CHECK (capacity >= 0),
    features    text[] NOT NULL DEFAULT '{}',
    active      boolean NOT NULL DEFAULT true
);

CREATE TABLE teachers (
    id            bigserial PRIMARY KEY,
    username      text NOT NULL UNIQUE CHECK (btrim(username) <> ''),
    name          text NOT NULL CHECK (btrim(name) <> ''),
    email         text NOT NULL DEFAULT '',
    role          text NOT NULL DEFAULT 'teacher' CHECK (role IN ('teacher', 'admin')),
    password_hash text NOT NULL,
    active        boolean NOT NULL DEFAULT true
);

CREATE TABLE periods (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    start_time  time NOT NULL,
    end_time    time NOT NULL,
    CHECK (start_time < end_time)
);

CREATE TABLE bookings (
    id             bigserial PRIMARY KEY,
    room_id        bigint NOT NULL REFERENCES rooms(id),
    teacher_id     bigint NOT NULL REFERENCES teachers(id),
    during         tstzrange NOT NULL CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)),
    purpose        text NOT NULL DEFAULT '',
    created_at     timestamptz NOT NULL DEFAULT now(),
    canceled_at    timestamptz,
    canceled_by    bigint REFERENCES teachers(id),
    cancel_reason  text,
    -- The last line of defence: PostgreSQL itself refuses two live bookings of one room that overlap.
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
        WHERE (canceled_at IS NULL)
);
CREATE INDEX bookings_teacher_idx ON bookings (teacher_id, lower(during));

-- Locks need no crash durability: they expire within seconds anyway.
CREATE UNLOGGED TABLE locks (
    id          bigserial PRIMARY KEY,
    room_id     bigint NOT NULL REFERENCES rooms(id),
    during      tstzrange NOT NULL,
    teacher_id  bigint NOT NULL REFERENCES teachers(id),
    instance    text NOT NULL DEFAULT '',
    acquired_at timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    CONSTRAINT locks_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
);

CREATE TABLE sessions (
    token_hash  text PRIMARY KEY,
    teacher_id  bigint NOT NULL REFERENCES teachers(id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);
