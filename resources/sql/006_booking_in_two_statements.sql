-- RoomClaim schema version 6: a booking confirmation in two statements. Released migrations are
-- never edited.
--
-- confirmBooking used to cost about eighteen statements (the calendar, the rules, the room, the
-- lock, the teacher, the overlap, the insert, the audit row, three notifications and the lock's
-- release), each parsed and planned afresh and each a round trip. Two functions now do the work
-- inside PostgreSQL, their statements planned once per connection:
--   roomclaim_take_lock: the room, the rules that need the database and the lock, committed on
--     its own so that a colleague's overlapping confirmation sees it at once (LOCK_HELD);
--   roomclaim_create_booking: the overlap check, the booking, its audit row, bookingCreated and
--     the lock's release, all in one transaction.
-- The exclusion constraint on bookings stays the last word.

-- Bumped by every change to the school calendar or the settings, in the changing transaction.
-- A server keeps the calendar and the booking rules in memory together with the version they
-- were read at; roomclaim_take_lock compares that version with this one, so a change made on
-- any instance is honoured by the very next confirmation everywhere.
CREATE TABLE booking_config_version (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    version  bigint NOT NULL
);
INSERT INTO booking_config_version (id, version) VALUES (true, 1);

CREATE FUNCTION roomclaim_booking_config_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE booking_config_version SET version = version + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER terms_change_booking_config AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON terms
    FOR EACH STATEMENT EXECUTE FUNCTION roomclaim_booking_config_changed();
CREATE TRIGGER closed_days_change_booking_config
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON closed_days
    FOR EACH STATEMENT EXECUTE FUNCTION roomclaim_booking_config_changed();
CREATE TRIGGER settings_change_booking_config
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings
    FOR EACH STATEMENT EXECUTE FUNCTION roomclaim_booking_config_changed();

-- Steps before the booking itself, in the order of the booking flow: the room (exists, active),
-- the booking rules (restricted room, too far ahead as judged by the caller from the rules it
-- holds, upcoming bookings), then the lock and the teacher. status is one of
--   OK (lock_id set), STALE (the caller's rules or calendar are out of date: nothing was done),
--   ROOM_NOT_FOUND, ROOM_RESTRICTED, TOO_FAR_AHEAD, LIMIT_REACHED, LOCK_HELD (holder set),
--   FORBIDDEN (the teacher is gone or inactive; no lock is left behind).
-- room_name and teacher_name are filled in as far as the steps got. Expired locks on the room
-- that overlap the interval are removed first (they must not block anyone); their bounds come
-- back in expired_starts / expired_ends (epoch ms) so that the caller can announce them.
-- p_version -1 skips the version check.
CREATE FUNCTION roomclaim_take_lock(
    p_version bigint, p_room bigint, p_teacher bigint, p_admin boolean, p_too_far boolean,
    p_max_active integer, p_now timestamptz, p_start timestamptz, p_end timestamptz,
    p_instance text, p_ttl integer,
    OUT status text, OUT lock_id bigint, OUT holder text, OUT room_name text,
    OUT teacher_name text, OUT expired_starts bigint[], OUT expired_ends bigint[])
LANGUAGE plpgsql AS $$
DECLARE
    wanted tstzrange := tstzrange(p_start, p_end, '[)');
    room_active boolean;
    room_restricted boolean;
    teacher_active boolean;
    upcoming integer;
BEGIN
    IF p_version <> -1 AND p_version <> (SELECT v.version FROM booking_config_version v) THEN
        status := 'STALE';
        RETURN;
    END IF;

    SELECT r.name, r.active, r.restricted INTO room_name, room_active, room_restricted
        FROM rooms r WHERE r.id = p_room;
    IF NOT FOUND OR NOT room_active THEN
        room_name := NULL;
        status := 'ROOM_NOT_FOUND';
        RETURN;
    END IF;
    IF NOT p_admin THEN
        IF room_restricted THEN
            status := 'ROOM_RESTRICTED';
            RETURN;
        END IF;
        IF p_too_far THEN
            status := 'TOO_FAR_AHEAD';
            RETURN;
        END IF;
        IF p_max_active > 0 THEN
            SELECT count(*) INTO upcoming FROM bookings b
                WHERE b.teacher_id = p_teacher AND b.canceled_at IS NULL AND upper(b.during) > p_now;
            IF upcoming >= p_max_active THEN
                status := 'LIMIT_REACHED';
                RETURN;
            END IF;
        END IF;
    END IF;

    WITH gone AS (
        DELETE FROM locks l WHERE l.room_id = p_room AND l.expires_at <= now() AND l.during && wanted
        RETURNING l.during)
    SELECT array_agg((extract(epoch FROM lower(g.during)) * 1000)::bigint),
           array_agg((extract(epoch FROM upper(g.during)) * 1000)::bigint)
        INTO expired_starts, expired_ends FROM gone g;

    SELECT t.name, t.active INTO teacher_name, teacher_active FROM teachers t WHERE t.id = p_teacher;
    IF NOT FOUND THEN
        status := 'FORBIDDEN';
        RETURN;
    END IF;

    -- Concurrent overlapping inserts wait for each other; the loser gets no row. When the holder
    -- is gone before we could name it, try again.
    FOR attempt IN 1..3 LOOP
        INSERT INTO locks (room_id, during, teacher_id, instance, expires_at)
            VALUES (p_room, wanted, p_teacher, p_instance, now() + make_interval(secs => p_ttl))
            ON CONFLICT DO NOTHING
            RETURNING id INTO lock_id;
        EXIT WHEN lock_id IS NOT NULL;
        SELECT t.name INTO holder FROM locks l JOIN teachers t ON t.id = l.teacher_id
            WHERE l.room_id = p_room AND l.during && wanted AND l.expires_at > now() LIMIT 1;
        IF holder IS NOT NULL THEN
            status := 'LOCK_HELD';
            RETURN;
        END IF;
    END LOOP;
    IF lock_id IS NULL THEN
        holder := 'another teacher';
        status := 'LOCK_HELD';
        RETURN;
    END IF;

    IF NOT teacher_active THEN
        -- Released in this same statement: nobody ever sees this lock.
        DELETE FROM locks l WHERE l.id = lock_id;
        lock_id := NULL;
        status := 'FORBIDDEN';
        RETURN;
    END IF;
    status := 'OK';
END
$$;

-- The rest of the booking flow under the lock p_lock, in one transaction: an overlapping live
-- booking wins (status BOOKING_CONFLICT with the first one, by start, in conflict_*); otherwise
-- the booking is inserted, its audit row written (p_details plus the new booking's id), the
-- event p_frame sent on p_channel with the booking's id in place of its "id":0 and the lock
-- released. status NOT_STORED: a trigger swallowed the row; nothing is kept but the lock is gone.
-- An exclusion violation (an overlapping booking made by a path that takes no lock) raises
-- 23P01 and rolls everything back, the lock included: the caller releases it.
CREATE FUNCTION roomclaim_create_booking(
    p_lock bigint, p_room bigint, p_teacher bigint, p_start timestamptz, p_end timestamptz,
    p_purpose text, p_channel text, p_frame text, p_actor_id bigint, p_actor text,
    p_actor_name text, p_actor_role text, p_address text, p_subject text, p_details jsonb,
    OUT status text, OUT booking_id bigint, OUT conflict_id bigint, OUT conflict_room_id bigint,
    OUT conflict_room_name text, OUT conflict_teacher_id bigint, OUT conflict_teacher_name text,
    OUT conflict_start bigint, OUT conflict_end bigint, OUT conflict_purpose text,
    OUT conflict_series_id bigint)
LANGUAGE plpgsql AS $$
DECLARE
    wanted tstzrange := tstzrange(p_start, p_end, '[)');
BEGIN
    SELECT b.id, b.room_id, r.name, b.teacher_id, t.name,
           (extract(epoch FROM lower(b.during)) * 1000)::bigint,
           (extract(epoch FROM upper(b.during)) * 1000)::bigint, b.purpose, b.series_id
        INTO conflict_id, conflict_room_id, conflict_room_name, conflict_teacher_id,
             conflict_teacher_name, conflict_start, conflict_end, conflict_purpose,
             conflict_series_id
        FROM bookings b JOIN rooms r ON r.id = b.room_id JOIN teachers t ON t.id = b.teacher_id
        WHERE b.room_id = p_room AND b.canceled_at IS NULL AND b.during && wanted
        ORDER BY lower(b.during) LIMIT 1;
    IF FOUND THEN
        DELETE FROM locks l WHERE l.id = p_lock;
        status := 'BOOKING_CONFLICT';
        RETURN;
    END IF;

    INSERT INTO bookings (room_id, teacher_id, during, purpose)
        VALUES (p_room, p_teacher, wanted, coalesce(p_purpose, ''))
        RETURNING id INTO booking_id;
    IF booking_id IS NULL THEN
        DELETE FROM locks l WHERE l.id = p_lock;
        status := 'NOT_STORED';
        RETURN;
    END IF;

    INSERT INTO audit_log (actor_id, actor, actor_name, actor_role, address, action, subject,
                           details)
        VALUES (NULLIF(p_actor_id, 0), p_actor, p_actor_name, p_actor_role, p_address,
                'booking.created', p_subject,
                p_details || jsonb_build_object('booking', booking_id));
    PERFORM pg_notify(p_channel, replace(p_frame, '"id":0,"purpose":',
                                         '"id":' || booking_id || ',"purpose":'));
    DELETE FROM locks l WHERE l.id = p_lock;
    status := 'OK';
END
$$;
