-- logins under way: the state Discord hands back, the PKCE verifier only we know, where to return; each used once
CREATE TABLE login_attempt (
    state         VARCHAR(64) NOT NULL,
    code_verifier VARCHAR(128) NOT NULL,
    return_path   VARCHAR(2048) NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT login_attempt_pk PRIMARY KEY (state)
);

-- browser sessions, found by the SHA-256 of their token: the token itself is never stored
CREATE TABLE login_session (
    session_id   VARCHAR(32) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    user_id      VARCHAR(32) NOT NULL,
    username     VARCHAR(100) NOT NULL,
    avatar       VARCHAR(100),
    maintainer   BOOLEAN NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT login_session_pk PRIMARY KEY (session_id),
    CONSTRAINT login_session_token_uq UNIQUE (token_hash)
);

CREATE INDEX login_session_user_ix ON login_session (user_id);
