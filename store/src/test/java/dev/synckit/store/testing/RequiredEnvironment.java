package dev.synckit.store.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Environment a test needs from outside (a real PostgreSQL): absent, the test is skipped on a workstation and
 * fails when {@code CI=true}, so that CI can never skip it silently.
 */
public final class RequiredEnvironment {

    private RequiredEnvironment() {
    }

    public static Map<String, String> require(String... names) {
        var values = new LinkedHashMap<String, String>();
        for (var name : names) {
            var value = System.getenv(name);
            if (value == null || value.isBlank()) {
                missing(name + " is not set (eval \"$(/work/shared/tools/postgres.sh start)\" exports it)");
            }
            values.put(name, value);
        }
        return values;
    }

    /** The program {@code name} on the PATH, under the same rule (postgres.sh installs PostgreSQL's clients). */
    public static Path requireCommand(String name) {
        var path = System.getenv().getOrDefault("PATH", "");
        for (var directory : path.split(File.pathSeparator)) {
            var candidate = Path.of(directory, name);
            if (!directory.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        missing(name + " is not on the PATH (/work/shared/tools/postgres.sh installs it)");
        throw new AssertionError("unreachable: missing() aborts or fails");
    }

    private static void missing(String reason) {
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true and " + reason);
        }
        Assumptions.abort(reason);
    }
}
