-- RoomClaim schema version 5: the audit log. Released migrations are never edited.

-- Who did what, when and from where: bookings, cancellations, series, the admin's changes and
-- failed or throttled logins. A row is written in the same transaction as the change it
-- describes, so a committed change always has its row and a rolled-back one never does. The
-- actor is kept as text (username or 'console', 'command line', 'config file') beside its id,
-- without a foreign key: the log outlives renames and must never block a change to teachers.
-- Never holds a password, a password hash, a session token or a feed secret.
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor_id    bigint,
    actor       text NOT NULL DEFAULT '',
    actor_name  text NOT NULL DEFAULT '',
    actor_role  text NOT NULL DEFAULT '',
    -- The client's IP address; 'local' for the console window, imports and the config file.
    address     text NOT NULL DEFAULT '',
    -- Stable dotted names such as booking.created or login.failed.
    action      text NOT NULL CHECK (action ~ '^[a-z]+\.[a-z_]+$'),
    subject     text NOT NULL DEFAULT '',
    details     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_action ON audit_log (action, at);

-- How long rows are kept (days; one school year by default), pruned by every instance's
-- periodic cleanup.
INSERT INTO settings (key, value) VALUES ('audit/retentionDays', '365') ON CONFLICT DO NOTHING;

-- A throttled login is recorded once per wait, not once per refused attempt: the wait a row's
-- refusals were last recorded for.
ALTER TABLE login_throttle ADD COLUMN refusal_recorded_for timestamptz;
