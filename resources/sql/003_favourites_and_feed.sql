-- RoomClaim schema version 3: favourite rooms and private calendar feeds. Released migrations
-- are never edited.

-- Each teacher's favourite rooms, so they follow the teacher to any staff-room PC.
CREATE TABLE favourite_rooms (
    teacher_id  bigint NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    room_id     bigint NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (teacher_id, room_id)
);

-- One private iCalendar feed per teacher. Like session tokens, the secret in the feed URL is
-- stored only as its SHA-256 hash; a feed is found by that hash. The secret itself is
-- HMAC(feed key, teacher, nonce), so the teacher can be shown the same URL again; a reset draws
-- a new nonce, and with it a new secret and hash, so the old URL stops working.
CREATE TABLE calendar_feeds (
    teacher_id   bigint PRIMARY KEY REFERENCES teachers(id) ON DELETE CASCADE,
    nonce        text NOT NULL,
    secret_hash  text NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now()
);
