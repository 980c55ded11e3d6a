-- an embedding application's first migration: same version number as synckit's, its own history table
CREATE TABLE widget (
    name VARCHAR(64) NOT NULL,
    CONSTRAINT widget_pk PRIMARY KEY (name)
);
INSERT INTO widget (name) VALUES ('sprocket');
