package dev.synckit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** config/README.md's table lists exactly the keys the loader knows, each with its environment variable. */
class ConfigReferenceTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (—|`[A-Z0-9_]+`) \\|.*\\|$");

    @Test
    void readmeTableListsExactlyTheLoadersKeys() throws IOException {
        var documented = new LinkedHashMap<String, String>();
        for (var line : Files.readAllLines(Path.of("README.md"))) {
            var row = ROW.matcher(line);
            if (row.matches()) {
                documented.put(row.group(1).replace("<name>", "*"), row.group(2).replace("`", ""));
            }
        }

        var known = new LinkedHashMap<String, String>();
        Arrays.stream(ConfigKey.values()).forEach(key -> known.put(key.path(), key.env().orElse("—")));
        assertEquals(lines(known), lines(documented));
    }

    /** One key per line, so that a failure shows the missing or extra key. */
    private static String lines(Map<String, String> keys) {
        var text = new StringBuilder();
        keys.forEach((key, env) -> text.append(key).append(" -> ").append(env).append('\n'));
        return text.toString();
    }
}
