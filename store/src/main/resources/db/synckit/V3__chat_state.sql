-- where the bot posted what it keeps editing: a deployment's status message, an announcement
CREATE TABLE chat_message (
    kind        VARCHAR(32) NOT NULL,
    message_key VARCHAR(200) NOT NULL,
    channel_id  VARCHAR(32) NOT NULL,
    message_id  VARCHAR(32) NOT NULL,
    posted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chat_message_pk PRIMARY KEY (kind, message_key)
);

-- clicks and other one-time actions already taken, across replicas and restarts
CREATE TABLE chat_claim (
    claim_key   VARCHAR(200) NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chat_claim_pk PRIMARY KEY (claim_key)
);

-- small settings of the chat side, such as the fingerprint of the registered commands
CREATE TABLE chat_setting (
    setting_key  VARCHAR(100) NOT NULL,
    setting_value VARCHAR NOT NULL,
    CONSTRAINT chat_setting_pk PRIMARY KEY (setting_key)
);
