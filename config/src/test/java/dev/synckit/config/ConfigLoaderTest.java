package dev.synckit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void defaultsWithNoFileAndAnEmptyEnvironment() {
        var settings = ConfigLoader.load(Optional.empty(), Map.of());

        assertEquals(new ServiceSettings("synckit", Optional.empty()), settings.service());
        var discord = settings.discord();
        assertTrue(discord.playground());
        assertEquals(URI.create("https://discord.com/api/v10/"), discord.apiUrl());
        assertEquals(URI.create("wss://gateway.discord.gg/"), discord.gatewayUrl());
        assertEquals(Optional.empty(), discord.appId());
        assertEquals(Optional.empty(), discord.guildId());
        assertEquals(Optional.empty(), discord.deployChannelId());
        assertEquals(List.of(), discord.maintainerRoleIds());
        assertEquals(new HttpSettings("127.0.0.1", 8080, Optional.empty()), settings.http());
        assertEquals(URI.create("http://127.0.0.1:8080"), settings.http().publicUrl(8080));
        var store = settings.store();
        assertEquals(Path.of("data"), store.dataDir());
        assertEquals("jdbc:h2:file:" + Path.of("data").toAbsolutePath().normalize() + "/synckit", store.url());
        assertFalse(store.postgres());
        assertEquals("", store.user());
        assertTrue(store.password().isEmpty());
        assertTrue(settings.eventSecret().isEmpty());
        assertTrue(settings.apiToken().isEmpty());
        assertEquals(Map.of(), settings.targets());
        assertEquals(BuildIdentity.none(), settings.build());
    }

    @Test
    void environmentWinsOverTheFile() {
        var file = YamlFiles.write(dir, """
                name: EggLedger
                http:
                  host: 0.0.0.0
                  port: 9000
                store:
                  data_dir: /var/lib/synckit
                """);

        var settings = YamlFiles.load(file, Map.of("SYNCKIT_HTTP_PORT", "9100"));

        assertEquals("EggLedger", settings.service().name());
        assertEquals("0.0.0.0", settings.http().host());
        assertEquals(9100, settings.http().port());
        assertEquals(Path.of("/var/lib/synckit"), settings.store().dataDir());
        assertEquals("jdbc:h2:file:/var/lib/synckit/synckit", settings.store().url());
    }

    @Test
    void discordVariables() {
        var settings = ConfigLoader.load(Optional.empty(), Map.of(
                "DISCORD_TOKEN", "bot-token-value",
                "DISCORD_APP_ID", "111",
                "DISCORD_GUILD_ID", "222",
                "DISCORD_API_URL", "http://127.0.0.1:4000/api/v10/",
                "DISCORD_GATEWAY_URL", "ws://127.0.0.1:4000/gateway",
                "DISCORD_DEPLOY_CHANNEL_ID", "333",
                "DISCORD_MAINTAINER_ROLE_IDS", "444, 555,,",
                "DISCORD_STATUS_CHANNEL_ID", "666"));

        assertEquals(new DiscordSettings(Secret.of("bot-token-value"), Optional.of("111"), Optional.of("222"),
                URI.create("http://127.0.0.1:4000/api/v10/"), URI.create("ws://127.0.0.1:4000/gateway"),
                Optional.of("333"), List.of("444", "555"), Optional.of("666"), true), settings.discord());
        assertFalse(settings.discord().playground());
    }

    @Test
    void httpStoreAndSecretVariables() {
        var settings = ConfigLoader.load(Optional.empty(), Map.of(
                "SYNCKIT_HTTP_HOST", "0.0.0.0",
                "SYNCKIT_HTTP_PORT", "0",
                "SYNCKIT_PUBLIC_URL", "https://synckit.example.org/",
                "SYNCKIT_DATA_DIR", "/srv/synckit",
                "SYNCKIT_DB_URL", "jdbc:postgresql://db:5432/synckit",
                "SYNCKIT_DB_USER", "synckit",
                "SYNCKIT_DB_PASSWORD", "db-password-value",
                "SYNCKIT_EVENT_SECRET", "event-secret-value",
                "SYNCKIT_API_TOKEN", "api-token-value"));

        assertEquals(new HttpSettings("0.0.0.0", 0, Optional.of(URI.create("https://synckit.example.org"))),
                settings.http());
        assertEquals(new StoreSettings(Path.of("/srv/synckit"), "jdbc:postgresql://db:5432/synckit", "synckit",
                Secret.of("db-password-value")), settings.store());
        assertTrue(settings.store().postgres());
        assertEquals("event-secret-value", settings.eventSecret().reveal());
        assertEquals("api-token-value", settings.apiToken().reveal());
    }

    @Test
    void buildVariables() {
        var settings = ConfigLoader.load(Optional.empty(), Map.of(
                "BUILD_VERSION", "v1.2.3", "BUILD_SHA256", "ab12", "BUILD_DATE", "2026-06-10T00:00:00Z"));

        assertEquals(new BuildIdentity(Optional.of("v1.2.3"), Optional.of("ab12"),
                Optional.of("2026-06-10T00:00:00Z")), settings.build());
    }

    @Test
    void derivedPublicUrlUsesTheBoundPortAndAReachableHost() {
        var settings = ConfigLoader.load(Optional.empty(), Map.of("SYNCKIT_HTTP_HOST", "0.0.0.0",
                "SYNCKIT_HTTP_PORT", "0"));

        assertEquals(URI.create("http://127.0.0.1:41234"), settings.http().publicUrl(41234));
    }

    @Test
    void deployAgentVariablesCreateTheDefaultTarget() {
        var settings = ConfigLoader.load(Optional.empty(), Map.of(
                "DEPLOY_AGENT_URL", "http://127.0.0.1:7777/", "DEPLOY_AGENT_SECRET", "agent-secret-value"));

        assertEquals(Map.of("default", TargetSettings.of("default", URI.create("http://127.0.0.1:7777"),
                Secret.of("agent-secret-value"))), settings.targets());
    }

    @Test
    void deployAgentVariablesFillTheDefaultTargetOfTheFile() {
        var file = YamlFiles.write(dir, """
                targets:
                  prod:
                    agent_url: http://10.0.0.5:7777
                    agent_secret_env: PROD_AGENT_SECRET
                  default:
                    agent_url: http://192.168.1.2:7777
                    confirm: true
                """);

        var settings = YamlFiles.load(file, Map.of("DEPLOY_AGENT_URL", "http://127.0.0.1:7777",
                "DEPLOY_AGENT_SECRET", "agent-secret-value", "PROD_AGENT_SECRET", "prod-secret-value"));

        assertEquals(List.of("prod", "default"), List.copyOf(settings.targets().keySet()));
        var standard = settings.target("default").orElseThrow();
        assertEquals(URI.create("http://127.0.0.1:7777"), standard.agentUrl());
        assertEquals("agent-secret-value", standard.agentSecret().reveal());
        assertTrue(standard.confirm());
    }

    @Test
    void targetKeysAndAgentSecretFromTheNamedVariable() {
        var file = YamlFiles.write(dir, """
                targets:
                  prod:
                    agent_url: https://agent.example.org:7777
                    agent_secret_env: PROD_AGENT_SECRET
                    pipeline: ledger
                    confirm: true
                    on_new_version: Deploy
                    packages: [com.auxbrain.egginc, com.example.other]
                """);

        var settings = YamlFiles.load(file, Map.of("PROD_AGENT_SECRET", "prod-secret-value"));

        assertEquals(Map.of("prod", new TargetSettings("prod", URI.create("https://agent.example.org:7777"),
                Secret.of("prod-secret-value"), Optional.of("ledger"), true, NewVersionPolicy.DEPLOY,
                List.of("com.auxbrain.egginc", "com.example.other"))), settings.targets());
        var prod = settings.target("prod").orElseThrow();
        assertTrue(prod.concerns("com.example.other"));
        assertFalse(prod.concerns("com.example.third"));
    }

    @Test
    void secretEnvKeysNameTheVariableAndTheFixedVariableWins() {
        var file = YamlFiles.write(dir, """
                discord: { token_env: LEDGER_BOT_TOKEN }
                events: { secret_env: LEDGER_EVENT_SECRET }
                """);

        var settings = YamlFiles.load(file, Map.of("LEDGER_BOT_TOKEN", "named-token",
                "LEDGER_EVENT_SECRET", "named-event-secret", "SYNCKIT_EVENT_SECRET", "fixed-event-secret"));

        assertEquals("named-token", settings.discord().token().reveal());
        assertEquals("fixed-event-secret", settings.eventSecret().reveal());
    }

    @Test
    void fileNamedBySynckitConfig() {
        var file = YamlFiles.write(dir, "name: FromEnvPath\n");

        var settings = ConfigLoader.load(Optional.empty(), Map.of("SYNCKIT_CONFIG", file.toString()));

        assertEquals("FromEnvPath", settings.service().name());
    }

    @Test
    void anExplicitPathThatDoesNotExistStopsTheStart() {
        var missing = dir.resolve("nope.yaml");

        var error = assertThrows(ConfigException.class, () -> YamlFiles.load(missing, Map.of()));

        assertEquals("--config: no such file: \"" + missing + "\"", error.getMessage());
    }

    @Test
    void aSynckitConfigPathThatDoesNotExistStopsTheStart() {
        var error = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.empty(), Map.of("SYNCKIT_CONFIG", "/nowhere/synckit.yaml")));

        assertEquals("env SYNCKIT_CONFIG: no such file: \"/nowhere/synckit.yaml\"", error.getMessage());
    }

    @Test
    void configArgument() {
        assertEquals(Optional.of(Path.of("/etc/s.yaml")), ConfigLoader.configArgument("--config", "/etc/s.yaml"));
        assertEquals(Optional.of(Path.of("/etc/s.yaml")), ConfigLoader.configArgument("x", "--config=/etc/s.yaml"));
        assertEquals(Optional.empty(), ConfigLoader.configArgument("run"));
        var error = assertThrows(ConfigException.class, () -> ConfigLoader.configArgument("--config"));
        assertEquals("--config: a file path must follow", error.getMessage());
    }
}
