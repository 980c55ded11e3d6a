package dev.synckit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.synckit.contract.NewVersionEvent;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppProfileTest {

    @TempDir
    Path dir;

    private interface RouteExtension extends AppExtension {
    }

    private interface CommandExtension extends AppExtension {
    }

    @Test
    void builderGivesTheSameSettingsAsTheEquivalentYaml() {
        var file = YamlFiles.write(dir, """
                name: EggLedger
                repo_url: https://github.com/example/ledger
                discord:
                  token_env: LEDGER_TOKEN
                  app_id: "11"
                  guild_id: 22
                  api_url: http://127.0.0.1:4000/api/v10/
                  gateway_url: ws://127.0.0.1:4000/
                  deploy_channel_id: "33"
                  status_channel_id: "34"
                  maintainer_role_ids: ["44", "55"]
                http: { host: 0.0.0.0, port: 0, public_url: "https://synckit.example.org/" }
                store: { data_dir: %s, user: sa, password_env: LEDGER_DB_PASSWORD }
                events: { secret_env: LEDGER_EVENT_SECRET }
                api: { token_env: LEDGER_API_TOKEN }
                targets:
                  prod:
                    agent_url: http://10.0.0.5:7777
                    agent_secret_env: PROD_AGENT_SECRET
                    pipeline: ledger
                    confirm: true
                    on_new_version: ignore
                    packages: [com.auxbrain.egginc]
                build: { version: v9 }
                """.formatted(dir.resolve("data")));
        var fromYaml = YamlFiles.load(file, Map.of("LEDGER_TOKEN", "t", "LEDGER_DB_PASSWORD", "p",
                "LEDGER_EVENT_SECRET", "e", "LEDGER_API_TOKEN", "a", "PROD_AGENT_SECRET", "s"));

        var fromCode = AppProfile.builder()
                .name("EggLedger")
                .repoUrl("https://github.com/example/ledger")
                .discordToken("t").appId("11").guildId("22")
                .discordApiUrl("http://127.0.0.1:4000/api/v10/").discordGatewayUrl("ws://127.0.0.1:4000/")
                .deployChannelId("33").statusChannelId("34").maintainerRoleIds(List.of("44", "55"))
                .httpHost("0.0.0.0").httpPort(0).publicUrl("https://synckit.example.org/")
                .dataDir(dir.resolve("data")).dbUser("sa").dbPassword("p")
                .eventSecret("e").apiToken("a")
                .target(new TargetSettings("prod", URI.create("http://10.0.0.5:7777"), Secret.of("s"),
                        Optional.of("ledger"), true, NewVersionPolicy.IGNORE, List.of("com.auxbrain.egginc")))
                .buildIdentity(new BuildIdentity(Optional.of("v9"), Optional.empty(), Optional.empty()))
                .build();

        assertEquals(fromYaml, fromCode.settings());
    }

    @Test
    void ofSettingsKeepsThemAsTheyAre() {
        var settings = ConfigLoader.load(Optional.empty(), Map.of("DEPLOY_AGENT_URL", "http://127.0.0.1:7777",
                "DEPLOY_AGENT_SECRET", "s", "DISCORD_MAINTAINER_ROLE_IDS", "1,2", "SYNCKIT_EVENT_SECRET", "e"));

        var profile = AppProfile.of(settings);

        assertEquals(settings, profile.settings());
        assertEquals(List.of(), profile.newVersionHandlers());
        assertEquals(Optional.empty(), profile.migrations());
    }

    @Test
    void handMadeSettingsAreValidatedLikeAFile() {
        var settings = AppProfile.builder().build().settings();
        var bad = new Settings(settings.service(), settings.discord(),
                new HttpSettings("127.0.0.1", 70000, Optional.empty()), settings.store(), settings.eventSecret(),
                settings.apiToken(), Map.of("prod", TargetSettings.of("prod", URI.create("ftp://x"), Secret.empty())),
                settings.build());

        var error = assertThrows(ConfigException.class, () -> AppProfile.of(bad));

        assertEquals("""
                AppProfile: http.port: not a port number (0 to 65535): "70000"
                AppProfile: targets.prod.agent_url: not an http(s) URL: "ftp://x"
                AppProfile: targets.prod.agent_secret_env: missing: the agent's secret is required; name the\
                 environment variable that holds it here""", error.getMessage());
    }

    @Test
    void environmentOverTheValuesGivenInCode() {
        var profile = AppProfile.builder()
                .name("EggLedger").httpPort(9000).eventSecret("from-code")
                .environment(Map.of("SYNCKIT_HTTP_PORT", "9100", "SYNCKIT_EVENT_SECRET", "from-env",
                        "DEPLOY_AGENT_URL", "http://127.0.0.1:7777", "DEPLOY_AGENT_SECRET", "s"))
                .build();

        var settings = profile.settings();
        assertEquals("EggLedger", settings.service().name());
        assertEquals(9100, settings.http().port());
        assertEquals("from-env", settings.eventSecret().reveal());
        assertEquals(List.of("default"), List.copyOf(settings.targets().keySet()));
    }

    @Test
    void laterCallsReplaceEarlierOnes() {
        var base = AppProfile.builder().name("Base").httpPort(1).build().settings();

        var profile = AppProfile.builder()
                .httpPort(2)
                .target(new TargetSettings("prod", URI.create("http://a:1"), Secret.of("s"), Optional.of("p"), true,
                        NewVersionPolicy.DEPLOY, List.of("x")))
                .settings(base)
                .target(TargetSettings.of("prod", URI.create("http://b:1"), Secret.of("s")))
                .build();

        assertEquals("Base", profile.settings().service().name());
        assertEquals(1, profile.settings().http().port());
        assertEquals(Map.of("prod", TargetSettings.of("prod", URI.create("http://b:1"), Secret.of("s"))),
                profile.settings().targets());
    }

    @Test
    void hooks() throws Exception {
        var seen = new ArrayList<String>();
        RouteExtension route = new RouteExtension() { };
        CommandExtension command = new CommandExtension() { };

        var profile = AppProfile.builder()
                .onNewVersion(event -> seen.add(event.packageName() + " " + event.version()))
                .migrations("classpath:db/ledger")
                .extension(route).extension(command)
                .build();

        profile.newVersionHandlers().getFirst().handle(new NewVersionEvent("com.auxbrain.egginc", "1.34", "", "", ""));
        assertEquals(List.of("com.auxbrain.egginc 1.34"), seen);
        assertEquals(Optional.of("classpath:db/ledger"), profile.migrations());
        assertEquals(List.of(route), profile.extensions(RouteExtension.class));
        assertEquals(List.of(command), profile.extensions(CommandExtension.class));
    }

    @Test
    void badMigrationLocation() {
        var error = assertThrows(ConfigException.class, () -> AppProfile.builder().migrations("db/ledger").build());

        assertEquals("AppProfile: migrations: not a Flyway location (classpath:... or filesystem:...): \"db/ledger\"",
                error.getMessage());
    }

    @Test
    void fromEnvironmentLoadsTheFileAndTheEnvironment() {
        var file = YamlFiles.write(dir, "name: EggLedger\n");

        var profile = AppProfile.fromEnvironment(Optional.of(file), Map.of("SYNCKIT_HTTP_PORT", "1234"));

        assertEquals("EggLedger", profile.settings().service().name());
        assertEquals(1234, profile.settings().http().port());
    }
}
