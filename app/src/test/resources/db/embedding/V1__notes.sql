-- an embedding application's own table, versioned apart from synckit's
CREATE TABLE app_note (id INT PRIMARY KEY, body VARCHAR(200) NOT NULL);
