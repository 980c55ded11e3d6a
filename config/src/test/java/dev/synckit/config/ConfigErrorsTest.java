package dev.synckit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of mistake stops the start with one line naming the source, the key and the reason. */
class ConfigErrorsTest {

    @TempDir
    Path dir;

    private String fileError(String yaml, Map<String, String> env) {
        var file = YamlFiles.write(dir, yaml);
        return assertThrows(ConfigException.class, () -> YamlFiles.load(file, env)).getMessage()
                .replace(file.toString(), "synckit.yaml");
    }

    private String fileError(String yaml) {
        return fileError(yaml, Map.of());
    }

    private static String envError(Map<String, String> env) {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(Optional.empty(), env)).getMessage();
    }

    @Test
    void agentUrlOfTheWrongScheme() {
        assertEquals("synckit.yaml:4: targets.prod.agent_url: not an http(s) URL: \"ftp://x\"", fileError("""
                name: EggLedger
                targets:
                  prod:
                    agent_url: ftp://x
                    agent_secret_env: PROD_AGENT_SECRET
                """, Map.of("PROD_AGENT_SECRET", "s")));
    }

    @Test
    void portOutOfRange() {
        assertEquals("synckit.yaml:2: http.port: not a port number (0 to 65535): \"70000\"", fileError("""
                http:
                  port: 70000
                """));
    }

    @Test
    void portOutOfRangeInTheEnvironment() {
        assertEquals("env SYNCKIT_HTTP_PORT: http.port: not a port number (0 to 65535): \"70000\"",
                envError(Map.of("SYNCKIT_HTTP_PORT", "70000")));
    }

    @Test
    void nonDigitSnowflake() {
        assertEquals("synckit.yaml:1: discord.guild_id: not a Discord id (digits only): \"my-guild\"",
                fileError("discord: { guild_id: my-guild }\n"));
    }

    @Test
    void nonDigitRoleIdInTheEnvironment() {
        assertEquals("env DISCORD_MAINTAINER_ROLE_IDS: discord.maintainer_role_ids: not a Discord id (digits only):"
                + " \"admins\"", envError(Map.of("DISCORD_MAINTAINER_ROLE_IDS", "123,admins")));
    }

    @Test
    void badEnum() {
        assertEquals("synckit.yaml:3: targets.default.on_new_version: not one of announce, deploy, ignore:"
                + " \"shout\"", fileError("""
                targets:
                  default:
                    on_new_version: shout
                """, Map.of("DEPLOY_AGENT_URL", "http://127.0.0.1:7777", "DEPLOY_AGENT_SECRET", "s")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "discord.api_url|DISCORD_API_URL|https://discord.com/api/v9/|must end in /api/v10/: \"https://discord.com/api/v9/\"",
            "discord.api_url|DISCORD_API_URL|discord.com/api/v10/|not an http(s) URL: \"discord.com/api/v10/\"",
            "discord.gateway_url|DISCORD_GATEWAY_URL|https://gateway.discord.gg|not a ws:// or wss:// URL: \"https://gateway.discord.gg\"",
            "http.public_url|SYNCKIT_PUBLIC_URL|synckit.example.org|not an http(s) URL: \"synckit.example.org\"",
            "http.host|SYNCKIT_HTTP_HOST|http://0.0.0.0|not a host name or IP address: \"http://0.0.0.0\"",
            "store.url|SYNCKIT_DB_URL|jdbc:mysql://db/x|not an H2 (jdbc:h2:) or PostgreSQL (jdbc:postgresql:) JDBC URL: \"jdbc:mysql://db/x\"",
            "http.port|SYNCKIT_HTTP_PORT|-1|not a port number (0 to 65535): \"-1\"",
    })
    void badValuesFromTheEnvironment(String key, String variable, String value, String reason) {
        assertEquals("env " + variable + ": " + key + ": " + reason, envError(Map.of(variable, value)));
    }

    @Test
    void apiUrlWithoutItsFinalSlashIsCompleted() {
        var settings = ConfigLoader.load(Optional.empty(), Map.of("DISCORD_API_URL", "http://127.0.0.1:1/api/v10"));
        assertEquals("http://127.0.0.1:1/api/v10/", settings.discord().apiUrl().toString());
    }

    @Test
    void unknownKey() {
        assertEquals("synckit.yaml:3: http.prot: unknown key (known here: host, port, public_url)", fileError("""
                http:
                  host: 127.0.0.1
                  prot: 8080
                """));
    }

    @Test
    void unknownTopLevelKey() {
        assertEquals("synckit.yaml:1: server: unknown key (known here: name, repo_url, discord, http, store,"
                + " events, api, login, retention, targets, build)", fileError("server: {}\n"));
    }

    @Test
    void literalSecretIsRefused() {
        assertEquals("synckit.yaml:2: discord.token: a secret is never written in the file: put it in an"
                + " environment variable and give that variable's name as token_env", fileError("""
                discord:
                  token: literal-bot-token
                """));
    }

    @Test
    void literalAgentSecretIsRefused() {
        assertEquals("synckit.yaml:4: targets.prod.agent_secret: a secret is never written in the file: put it"
                + " in an environment variable and give that variable's name as agent_secret_env", fileError("""
                targets:
                  prod:
                    agent_url: http://10.0.0.5:7777
                    agent_secret: literal-agent-secret
                    agent_secret_env: PROD_AGENT_SECRET
                """, Map.of("PROD_AGENT_SECRET", "s")));
    }

    @Test
    void agentSecretEnvNamingAnUnsetVariable() {
        assertEquals("synckit.yaml:4: targets.prod.agent_secret_env: environment variable PROD_AGENT_SECRET is"
                + " not set", fileError("""
                targets:
                  prod:
                    agent_url: http://10.0.0.5:7777
                    agent_secret_env: PROD_AGENT_SECRET
                """));
    }

    @Test
    void targetWithoutUrlOrSecret() {
        assertEquals("""
                synckit.yaml:2: targets.prod.agent_url: missing: the base URL of this target's deploy agent
                synckit.yaml:2: targets.prod.agent_secret_env: missing: the agent's secret is required; name the\
                 environment variable that holds it here""", fileError("""
                targets:
                  prod:
                    confirm: true
                """));
    }

    @Test
    void defaultTargetWithoutSecretPointsAtTheVariable() {
        assertEquals("env DEPLOY_AGENT_URL: targets.default.agent_secret_env: missing: the agent's secret is"
                + " required; set DEPLOY_AGENT_SECRET, or name the environment variable that holds it here",
                envError(Map.of("DEPLOY_AGENT_URL", "http://127.0.0.1:7777")));
    }

    @Test
    void wrongShapes() {
        assertEquals("""
                synckit.yaml:1: name: expected a single value, not a mapping
                synckit.yaml:2: discord: this section must be a mapping of keys, not a list
                synckit.yaml:3: targets.bad.name: not a target name (letters, digits, '_', '-'): "bad.name"
                synckit.yaml:4: build.version: expected a single value, not a list""", fileError("""
                name: { first: EggLedger }
                discord: [a, b]
                targets: { bad.name: {} }
                build: { version: [1, 2] }
                """));
    }

    @Test
    void listExpected() {
        assertEquals("synckit.yaml:2: targets.default.packages: expected a list such as [a, b], not a single value",
                fileError("""
                targets:
                  default: { packages: com.example }
                """, Map.of("DEPLOY_AGENT_URL", "http://127.0.0.1:7777", "DEPLOY_AGENT_SECRET", "s")));
    }

    @Test
    void notABoolean() {
        assertEquals("synckit.yaml:1: targets.default.confirm: not true or false: \"yes please\"",
                fileError("targets: { default: { confirm: yes please } }\n",
                        Map.of("DEPLOY_AGENT_URL", "http://127.0.0.1:7777", "DEPLOY_AGENT_SECRET", "s")));
    }

    @Test
    void duplicateKey() {
        assertEquals("synckit.yaml:3: name: duplicate key", fileError("""
                name: A
                http: { port: 1 }
                name: B
                """));
    }

    @Test
    void rootMustBeAMapping() {
        assertEquals("synckit.yaml:1: the file must be a mapping of keys, not a list", fileError("- a\n- b\n"));
    }

    @Test
    void invalidYamlNamesTheLineAndSnakeYamlsReasonButQuotesNothing() {
        assertEquals("synckit.yaml:4: not valid YAML: mapping values are not allowed here", fileError("""
                name: EggLedger
                http:
                  port: 8080
                    host: some-value-that-must-not-be-quoted
                """));
    }

    @Test
    void allProblemsAtOnceEachOnItsLine() {
        var message = fileError("""
                http: { port: 70000 }
                discord: { app_id: x }
                """, Map.of("SYNCKIT_DB_URL", "mysql://x"));
        assertEquals("""
                synckit.yaml:2: discord.app_id: not a Discord id (digits only): "x"
                synckit.yaml:1: http.port: not a port number (0 to 65535): "70000"
                env SYNCKIT_DB_URL: store.url: not an H2 (jdbc:h2:) or PostgreSQL (jdbc:postgresql:) JDBC URL:\
                 "mysql://x\"""", message);
    }

    @Test
    void aValueWithALineBreakStaysOnOneLineAndLongValuesAreCut() {
        var message = envError(Map.of("DISCORD_APP_ID", "12\n34" + "5".repeat(200)));
        assertEquals("env DISCORD_APP_ID: discord.app_id: not a Discord id (digits only): \"12?34"
                + "5".repeat(75) + "...\"", message);
    }
}
