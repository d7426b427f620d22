-- RoomClaim schema version 8: a confirmation sent again is recognised. Released migrations are
-- never edited.
--
-- A client whose connection drops while confirmBooking or confirmSeries is in flight cannot tell
-- whether the server got it: the reply may have been lost after the commit. It sends the request
-- again with the same requestId, a key of its own choosing, and the server answers with what the
-- first one did instead of "Room already booked by <yourself>" or a second series.
--
-- A key is written in the transaction that writes its booking or series, so it exists exactly
-- when they do, on every instance; the primary key makes two instances that see the same key at
-- once agree (the second waits for the first and then finds it taken). fingerprint says what the
-- request asked for, so the same key with other content is refused. The lock cleanup round
-- removes keys older than a day.
CREATE TABLE request_keys (
    teacher_id   bigint NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    request_id   text NOT NULL,
    fingerprint  text NOT NULL,
    -- confirmBooking: the booking made (a booking deleted by hand takes its key with it).
    booking_id   bigint REFERENCES bookings(id) ON DELETE CASCADE,
    -- confirmSeries: the reply as first sent (which dates were skipped cannot be read again).
    reply        jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (teacher_id, request_id)
);
CREATE INDEX request_keys_created_idx ON request_keys (created_at);
-- So that deleting bookings (which only tools do) finds their keys without a scan each.
CREATE INDEX request_keys_booking_idx ON request_keys (booking_id);

-- roomclaim_create_booking (migration 6) with the client's key: p_request NULL is exactly the
-- former. Otherwise the key is taken first; when an earlier request holds it (committed, or
-- committing now on another instance: the insert waits for that one), nothing is done but the
-- lock's release and status is REQUEST_SEEN. The key stays only with a booking made. An empty
-- p_request counts as none.
CREATE FUNCTION roomclaim_create_booking_once(
    p_request text, p_fingerprint text,
    p_lock bigint, p_room bigint, p_teacher bigint, p_start timestamptz, p_end timestamptz,
    p_purpose text, p_channel text, p_frame text, p_actor_id bigint, p_actor text,
    p_actor_name text, p_actor_role text, p_address text, p_subject text, p_details jsonb,
    OUT status text, OUT booking_id bigint, OUT conflict_id bigint, OUT conflict_room_id bigint,
    OUT conflict_room_name text, OUT conflict_teacher_id bigint, OUT conflict_teacher_name text,
    OUT conflict_start bigint, OUT conflict_end bigint, OUT conflict_purpose text,
    OUT conflict_series_id bigint)
LANGUAGE plpgsql AS $$
DECLARE
    keyed boolean := coalesce(p_request, '') <> '';
    made bigint;
BEGIN
    IF keyed THEN
        INSERT INTO request_keys (teacher_id, request_id, fingerprint)
            VALUES (p_teacher, p_request, p_fingerprint) ON CONFLICT DO NOTHING;
        IF NOT FOUND THEN
            DELETE FROM locks l WHERE l.id = p_lock;
            status := 'REQUEST_SEEN';
            RETURN;
        END IF;
    END IF;

    SELECT f.status, f.booking_id, f.conflict_id, f.conflict_room_id, f.conflict_room_name,
           f.conflict_teacher_id, f.conflict_teacher_name, f.conflict_start, f.conflict_end,
           f.conflict_purpose, f.conflict_series_id
        INTO status, booking_id, conflict_id, conflict_room_id, conflict_room_name,
             conflict_teacher_id, conflict_teacher_name, conflict_start, conflict_end,
             conflict_purpose, conflict_series_id
        FROM roomclaim_create_booking(p_lock, p_room, p_teacher, p_start, p_end, p_purpose,
                                      p_channel, p_frame, p_actor_id, p_actor, p_actor_name,
                                      p_actor_role, p_address, p_subject, p_details) f;

    IF keyed THEN
        made := booking_id;
        IF status = 'OK' THEN
            UPDATE request_keys k SET booking_id = made
                WHERE k.teacher_id = p_teacher AND k.request_id = p_request;
        ELSE
            DELETE FROM request_keys k WHERE k.teacher_id = p_teacher AND k.request_id = p_request;
        END IF;
    END IF;
END
$$;
