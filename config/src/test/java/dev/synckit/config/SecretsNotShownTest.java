package dev.synckit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No secret value reaches a toString, the start-up summary or an error message. */
class SecretsNotShownTest {

    private static final String SECRET = "Sup3rS3cretValue";

    private static final Map<String, String> ENV = Map.of(
            "DISCORD_TOKEN", SECRET + "-token",
            "SYNCKIT_DB_URL", "jdbc:postgresql://db/synckit?user=u",
            "SYNCKIT_DB_PASSWORD", SECRET + "-db",
            "SYNCKIT_EVENT_SECRET", SECRET + "-event",
            "SYNCKIT_API_TOKEN", SECRET + "-api",
            "SYNCKIT_PUBLIC_URL", "https://synckit.example.org",
            "DEPLOY_AGENT_URL", "http://127.0.0.1:7777",
            "DEPLOY_AGENT_SECRET", SECRET + "-agent",
            "DISCORD_APP_ID", "111",
            "DISCORD_CLIENT_SECRET", SECRET + "-oauth");

    @TempDir
    Path dir;

    private static void assertNoSecret(String text) {
        assertFalse(text.contains(SECRET), () -> "a secret shows in: " + text);
    }

    @Test
    void notInToStringNorInTheSummary() {
        var settings = ConfigLoader.load(Optional.empty(), ENV);

        assertNoSecret(settings.toString());
        assertNoSecret(settings.target("default").orElseThrow().toString());
        assertNoSecret(settings.discord().toString());
        assertNoSecret(settings.login().toString());
        assertNoSecret(settings.store().password().toString());
        assertNoSecret(settings.describe());
        assertNoSecret(AppProfile.of(settings).toString());
    }

    @Test
    void theSummaryShowsSecretsAsSetOrUnset() {
        var settings = ConfigLoader.load(Optional.empty(), ENV);

        assertEquals("""
                synckit "synckit"
                  discord: token set, app 111, guild -, deploy channel -, status channel -, maintainer roles -, api\
                 https://discord.com/api/v10/, gateway wss://gateway.discord.gg/
                  http: 127.0.0.1:8080, public URL https://synckit.example.org
                  store: PostgreSQL jdbc:postgresql://db/synckit?user=u, user -, password set, data dir\
                 %s
                  event secret set, API token set
                  targets:
                    default: agent http://127.0.0.1:7777, secret set, pipeline -, confirm no, on new version announce,\
                 packages all
                  login with Discord: on, client 111, redirect <public URL>/auth/callback, authorize\
                 https://discord.com/oauth2/authorize, token https://discord.com/api/v10/oauth2/token, sessions idle 8h,\
                 at most 168h
                  retention: events 90d, deployments 365d, logs 90d, audit 365d
                  build overrides: version -, sha256 -, date -""".formatted(Path.of("data").toAbsolutePath()),
                settings.describe());
    }

    @Test
    void notInErrorMessages() {
        var file = YamlFiles.write(dir, """
                discord:
                  token: %s-literal
                http:
                  public_url: ftp://ops:%s-userinfo@host
                targets:
                  prod:
                    agent_url: http://10.0.0.5:7777
                    agent_secret_env: UNSET_VARIABLE
                """.formatted(SECRET, SECRET));
        var env = Map.of("SYNCKIT_DB_URL", "jdbc:mysql://db/x?password=" + SECRET + "-url",
                "SYNCKIT_EVENT_SECRET", SECRET + "-event");

        var error = assertThrows(ConfigException.class, () -> YamlFiles.load(file, env));

        assertEquals(4, error.problems().size(), error.getMessage());
        assertNoSecret(error.getMessage());
    }

    @Test
    void credentialsInUrlsAreRefusedWithoutBeingQuoted() {
        var error = assertThrows(ConfigException.class, () -> ConfigLoader.load(Optional.empty(), Map.of(
                "SYNCKIT_PUBLIC_URL", "https://ops:" + SECRET + "@synckit.example.org",
                "DEPLOY_AGENT_URL", "http://" + SECRET + "@127.0.0.1:7777",
                "DEPLOY_AGENT_SECRET", "s",
                "SYNCKIT_DB_URL", "jdbc:postgresql://db/synckit?user=u&password=" + SECRET)));

        assertEquals("""
                env SYNCKIT_PUBLIC_URL: http.public_url: credentials in a URL are refused, as the URL is shown in\
                 logs and messages
                env SYNCKIT_DB_URL: store.url: a password in the JDBC URL is refused, as the URL is shown in logs;\
                 give it with store.password_env (SYNCKIT_DB_PASSWORD)
                env DEPLOY_AGENT_URL: targets.default.agent_url: credentials in a URL are refused, as the URL is\
                 shown in logs and messages""", error.getMessage());
    }

    @Test
    void aBadEnvNameIsQuotedButTheSecretItNamesIsNot() {
        var error = assertThrows(ConfigException.class, () -> AppProfile.builder()
                .dbPassword(SECRET).eventSecret(SECRET).httpPort(-5).build());

        assertEquals("AppProfile: http.port: not a port number (0 to 65535): \"-5\"", error.getMessage());
    }
}
