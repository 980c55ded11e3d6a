-- People by name: the display name each Discord user had when synckit last saw them act (a command, a click, a
-- login). Deployments, the audit log, locks and tokens keep the user id; pages and the API add the name from here.
CREATE TABLE person (
    user_id  VARCHAR(20)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT person_pk PRIMARY KEY (user_id)
);
