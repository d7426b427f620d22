-- RoomClaim schema version 4: login throttling shared by every server instance. Released
-- migrations are never edited.

-- Failed logins counted per account (the lower-cased username, known or not) and per client
-- address. An attempt is counted before its password is checked, inside one transaction that
-- locks these rows, so parallel attempts cannot slip past the limit; a success takes its count
-- back. Past the limit each further attempt must wait until blocked_until (growing delays with a
-- cap, never a lock-out). A row is forgotten a window after its last failure.
CREATE TABLE login_throttle (
    scope            text NOT NULL CHECK (scope IN ('account', 'address')),
    key              text NOT NULL,
    failures         integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_failure_at  timestamptz NOT NULL DEFAULT now(),
    blocked_until    timestamptz,
    -- For operators and tests: how many passwords were checked, how many attempts refused.
    checks           bigint NOT NULL DEFAULT 0,
    refused          bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, key)
);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);
