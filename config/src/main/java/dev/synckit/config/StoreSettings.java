package dev.synckit.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where state lives: the data directory (H2 file, exports) and the JDBC connection. The default URL is an H2 file
 * inside the data directory; a {@code jdbc:postgresql:} URL selects PostgreSQL.
 */
public record StoreSettings(Path dataDir, String url, String user, Secret password) {

    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    public StoreSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** The embedded H2 database file {@code synckit} in {@code dataDir}. */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("synckit");
    }

    /** The file an H2 URL names ({@code jdbc:h2:file:PATH[;options]} keeps its data in {@code PATH.mv.db}). */
    public Optional<Path> h2File() {
        var prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return Optional.empty();
        }
        var path = url.substring(prefix.length());
        var options = path.indexOf(';');
        return Optional.of(Path.of((options < 0 ? path : path.substring(0, options)) + ".mv.db"));
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
