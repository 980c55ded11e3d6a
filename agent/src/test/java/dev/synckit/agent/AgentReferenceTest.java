package dev.synckit.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.agent.pipeline.AgentConfig;
import dev.synckit.agent.pipeline.ConfigException;
import dev.synckit.agent.pipeline.ConfigLoader;
import dev.synckit.agent.pipeline.GoDuration;
import dev.synckit.agent.pipeline.Step;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * agent/README.md lists exactly what the agent reads: the variables of its settings, with their defaults, and the
 * keys and step fields its pipeline loader accepts (the loader names them when it refuses an unknown one).
 */
class AgentReferenceTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\|.*\\|$");
    private static final Pattern LIST = Pattern.compile("\\((?:allowed|known): ([^)]*)\\)");
    private static final Pattern ENV_NAME = Pattern.compile("\"(DEPLOY_AGENT_[A-Z_]+|DOCKER_HOST)\"");

    /** The README's rows under one heading: first cell (without backticks) to second cell. */
    private static Map<String, String> table(String heading) throws IOException {
        var rows = new LinkedHashMap<String, String>();
        boolean inSection = false;
        for (var line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## " + heading);
            }
            var row = ROW.matcher(line);
            if (inSection && row.matches()) {
                rows.put(row.group(1), row.group(2).strip());
            }
        }
        return rows;
    }

    /** What the loader says it accepts where it meets the unknown key {@code zz} in {@code yaml}. */
    private static TreeSet<String> accepted(String yaml) {
        var refusal = assertThrows(ConfigException.class,
                () -> new ConfigLoader().parse(new StringReader(yaml), "deploy-agent.yaml"));
        var list = LIST.matcher(refusal.getMessage());
        assertTrue(list.find(), refusal.getMessage());
        return Stream.of(list.group(1).split(", ")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theEnvironmentTableListsEveryVariableTheAgentReadsWithItsDefault() throws Exception {
        var documented = table("Environment");
        var read = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                ENV_NAME.matcher(Files.readString(source)).results().forEach(m -> read.add(m.group(1)));
            }
        }
        assertEquals(read, new TreeSet<>(documented.keySet()));

        var defaults = AgentSettings.fromEnvironment(Map.of("DEPLOY_AGENT_SECRET", "s"));
        Map<String, Function<AgentSettings, Object>> fields = Map.of(
                "DEPLOY_AGENT_HOST", AgentSettings::host,
                "DEPLOY_AGENT_PORT", AgentSettings::port,
                "DEPLOY_AGENT_CONFIG", AgentSettings::configFile,
                "DEPLOY_AGENT_DATA_DIR", AgentSettings::dataDir);
        for (var field : fields.entrySet()) {
            assertEquals("`" + field.getValue().apply(defaults) + "`", documented.get(field.getKey()), field.getKey());
            var env = new HashMap<>(Map.of("DEPLOY_AGENT_SECRET", "s", field.getKey(), "1234"));
            assertNotEquals(field.getValue().apply(defaults), field.getValue().apply(AgentSettings.fromEnvironment(env)),
                    field.getKey() + " is read");
        }
        assertEquals("required", documented.get("DEPLOY_AGENT_SECRET"));
        assertThrows(AgentSettings.Invalid.class, () -> AgentSettings.fromEnvironment(Map.of()));
        assertEquals("`unix:///var/run/docker.sock`", documented.get("DOCKER_HOST"));
    }

    @Test
    void theFileTableListsExactlyTheKeysTheLoaderAccepts() throws Exception {
        var documented = new TreeSet<String>();
        var watchKeys = new TreeSet<String>();
        for (var key : table("deploy-agent.yaml").keySet()) {
            var parts = key.split("\\.", 2);
            documented.add(parts[0]);
            if (parts[0].equals("watch")) {
                watchKeys.add(parts[1]);
            }
        }
        String shell = "steps: [ { shell: { run: 'true' } } ]\n";
        var accepted = new TreeSet<>(accepted(shell + "zz: 1\n"));
        accepted.addAll(accepted("pipelines: { p: { steps: [ git-pull ] } }\nzz: 1\n"));
        assertEquals(accepted, documented);
        var underPipelines = accepted("pipelines: { p: { zz: 1 } }\n");
        underPipelines.addAll(List.of("name", "retention"));
        assertEquals(accepted(shell + "zz: 1\n"), underPipelines,
                "a named pipeline takes the same keys but name and the agent-wide retention");
        assertEquals(watchKeys, accepted(shell + "repo: /r\nwatch: { zz: 1 }\n"));

        var documentedRetention = table("deploy-agent.yaml").get("retention").replace("`", "");
        assertEquals(GoDuration.parse(documentedRetention), parse(shell).retention(), "the default retention");
    }

    @Test
    void theImageStepsSayHowManyImagesTheyKeepByDefault() throws Exception {
        var build = (Step.DockerBuild) parse("repo: /r\nsteps: [ { docker-build: { tag: app } } ]\n")
                .pipelines().getFirst().steps().getFirst();
        var row = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("| `docker-build` |")).findFirst().orElseThrow();
        assertTrue(row.contains("keeping the newest `keep_images` (default " + build.keepImages() + ";"), row);
    }

    private static AgentConfig parse(String yaml) throws ConfigException {
        return new ConfigLoader().parse(new StringReader(yaml), "deploy-agent.yaml");
    }

    @Test
    void theStepsTableListsEveryStepTypeWithExactlyItsFields() throws Exception {
        var documented = new TreeMap<String, TreeSet<String>>();
        table("Steps").forEach((step, fields) -> documented.put(step, Stream.of(fields.split(", "))
                .map(field -> field.replace("`", "")).collect(Collectors.toCollection(TreeSet::new))));

        var known = new TreeMap<String, TreeSet<String>>();
        for (var type : accepted("steps: [ zz ]\n")) {
            known.put(type, accepted("steps:\n  - " + type + ": { zz: 1 }\n"));
        }
        assertEquals(lines(known), lines(documented));
    }

    /** One step per line, so that a failure shows the step and field at fault. */
    private static String lines(Map<String, TreeSet<String>> steps) {
        var text = new ArrayList<String>();
        steps.forEach((step, fields) -> text.add(step + " -> " + fields));
        return String.join("\n", text);
    }
}
