package dev.synckit.store.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Environment a test needs from outside (a real PostgreSQL, a browser): absent, the test is skipped on a workstation
 * and fails when {@code CI=true}, so that CI can never skip it silently.
 */
public final class RequiredEnvironment {

    private RequiredEnvironment() {
    }

    public static Map<String, String> require(String... names) {
        var values = new LinkedHashMap<String, String>();
        for (var name : names) {
            var value = System.getenv(name);
            require(value != null && !value.isBlank(),
                    name + " is not set (eval \"$(/work/shared/tools/postgres.sh start)\" exports it)");
            values.put(name, value);
        }
        return values;
    }

    /** Goes on when {@code present}; else skips, or fails under {@code CI=true}, saying {@code reason}. */
    public static void require(boolean present, String reason) {
        if (present) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true and " + reason);
        }
        Assumptions.abort(reason);
    }
}
