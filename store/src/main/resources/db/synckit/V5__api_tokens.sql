-- Scoped API tokens: the SHA-256 of each token, never the token. active_name equals name until the token is
-- revoked and is NULL after: its unique constraint keeps names unique among the tokens in use, and lets a
-- revoked token's name be given again.
CREATE TABLE api_token (
    id            VARCHAR(32) NOT NULL,
    name          VARCHAR(64) NOT NULL,
    active_name   VARCHAR(64),
    token_hash    VARCHAR(64) NOT NULL,
    targets       VARCHAR NOT NULL,
    actions       VARCHAR NOT NULL,
    created_by    VARCHAR NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_pk PRIMARY KEY (id),
    CONSTRAINT api_token_active_name UNIQUE (active_name),
    CONSTRAINT api_token_revoked CHECK (
        (revoked_at IS NULL AND active_name = name) OR (revoked_at IS NOT NULL AND active_name IS NULL))
);
