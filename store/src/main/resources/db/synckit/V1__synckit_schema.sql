-- synckit's schema. Portable: the same text runs on H2 2.5 and PostgreSQL 15. Names are unquoted (H2 keeps them
-- upper case, PostgreSQL lower case); text is unbounded VARCHAR; every timestamp is UTC, millisecond precision.

-- New-version events: one row per package and version, however often it is posted.
CREATE TABLE new_version_event (
    package_name    VARCHAR NOT NULL,
    version         VARCHAR NOT NULL,
    body            VARCHAR NOT NULL,
    apk_ref         VARCHAR NOT NULL,
    proto_sha       VARCHAR NOT NULL,
    detected_at     VARCHAR NOT NULL,
    app_version     VARCHAR,
    build           VARCHAR,
    client_version  VARCHAR,
    platform        VARCHAR,
    proto_text_b64  VARCHAR,
    state           VARCHAR(16) NOT NULL,
    attempts        INTEGER NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_at      TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR,
    CONSTRAINT new_version_event_pk PRIMARY KEY (package_name, version),
    CONSTRAINT new_version_event_state CHECK (state IN ('HANDLING', 'HANDLED', 'FAILED'))
);
CREATE INDEX new_version_event_received ON new_version_event (received_at);

-- Deployments. running_target equals target while the deployment runs and is NULL otherwise: its unique
-- constraint lets at most one deployment per target run, whichever process moves it.
CREATE TABLE deployment (
    id                   VARCHAR(36) NOT NULL,
    target               VARCHAR NOT NULL,
    status               VARCHAR(16) NOT NULL,
    running_target       VARCHAR,
    requested_by         VARCHAR NOT NULL,
    reason               VARCHAR NOT NULL,
    ref                  VARCHAR,
    from_hash            VARCHAR,
    to_hash              VARCHAR,
    error                VARCHAR,
    steps                VARCHAR NOT NULL,
    agent_deployment_id  VARCHAR,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at           TIMESTAMP WITH TIME ZONE,
    finished_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT deployment_pk PRIMARY KEY (id),
    CONSTRAINT deployment_one_running_per_target UNIQUE (running_target),
    CONSTRAINT deployment_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    CONSTRAINT deployment_running_target CHECK (
        (status = 'RUNNING' AND running_target = target) OR (status <> 'RUNNING' AND running_target IS NULL))
);
-- recent by target; queued (and last succeeded) by target, oldest or newest first; recent over all targets
CREATE INDEX deployment_target_created ON deployment (target, created_at);
CREATE INDEX deployment_target_status_created ON deployment (target, status, created_at);
CREATE INDEX deployment_created ON deployment (created_at);

-- Target locks: the primary key makes taking one atomic.
CREATE TABLE target_lock (
    target  VARCHAR NOT NULL,
    holder  VARCHAR NOT NULL,
    reason  VARCHAR NOT NULL,
    since   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT target_lock_pk PRIMARY KEY (target)
);

-- The audit log: append-only; the identity orders entries written in the same millisecond.
CREATE TABLE audit_log (
    id      BIGINT GENERATED ALWAYS AS IDENTITY,
    at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor   VARCHAR NOT NULL,
    action  VARCHAR NOT NULL,
    target  VARCHAR NOT NULL,
    detail  VARCHAR NOT NULL,
    CONSTRAINT audit_log_pk PRIMARY KEY (id)
);
CREATE INDEX audit_log_at ON audit_log (at);
