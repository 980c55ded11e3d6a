package dev.synckit.store.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Environment a test needs from outside (a real PostgreSQL, a container engine, a tool on the PATH): absent, the
 * test is skipped on a workstation and fails when {@code CI=true}, so that CI can never skip it silently.
 */
public final class RequiredEnvironment {

    private RequiredEnvironment() {
    }

    public static Map<String, String> require(String... names) {
        var values = new LinkedHashMap<String, String>();
        for (var name : names) {
            var value = System.getenv(name);
            if (value == null || value.isBlank()) {
                missing(name + " is not set (" + hint(name) + ")");
            }
            values.put(name, value);
        }
        return values;
    }

    /** The executable {@code command} found on the PATH; {@code install} says how to get it. */
    public static Path requireCommand(String command, String install) {
        var found = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, command)).filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            missing(command + " is not on the PATH (" + install + ")");
        }
        return found.orElseThrow();
    }

    private static String hint(String name) {
        return name.equals("DOCKER_HOST")
                ? "eval \"$(/work/shared/tools/container-engine.sh start)\" exports it"
                : "eval \"$(/work/shared/tools/postgres.sh start)\" exports it";
    }

    private static void missing(String reason) {
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true and " + reason);
        }
        Assumptions.abort(reason);
    }
}
