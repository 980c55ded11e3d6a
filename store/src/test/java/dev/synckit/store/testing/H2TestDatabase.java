package dev.synckit.store.testing;

import java.nio.file.Path;

/** An H2 file database in a test's temporary directory; it goes with the directory. */
public record H2TestDatabase(Path directory) implements TestDatabase {

    @Override
    public String jdbcUrl() {
        return "jdbc:h2:file:" + directory.resolve("synckit").toAbsolutePath();
    }

    @Override
    public String user() {
        return "sa";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public void close() {
    }
}
