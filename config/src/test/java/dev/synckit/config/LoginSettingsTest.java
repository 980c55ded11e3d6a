package dev.synckit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Log in with Discord" settings: off without a client secret, Discord's endpoints derived from the API URL. */
class LoginSettingsTest {

    @Test
    void offWithoutAClientSecretWithDiscordsEndpointsAndDefaultLifetimes() {
        var login = ConfigLoader.load(Optional.empty(), Map.of()).login();

        assertFalse(login.enabled());
        assertEquals(URI.create("https://discord.com/oauth2/authorize"), login.authorizeUrl());
        assertEquals(URI.create("https://discord.com/api/v10/oauth2/token"), login.tokenUrl());
        assertEquals(Duration.ofHours(8), login.sessionIdle());
        assertEquals(Duration.ofDays(7), login.sessionMax());
        assertEquals(URI.create("https://ops.example.org/auth/callback"),
                login.redirectUrl(URI.create("https://ops.example.org")));
    }

    @Test
    void theEndpointsFollowTheApiUrlAndTheClientIdDefaultsToTheApplication() {
        var login = ConfigLoader.load(Optional.empty(), Map.of(
                "DISCORD_API_URL", "http://127.0.0.1:4000/api/v10/",
                "DISCORD_APP_ID", "111",
                "DISCORD_CLIENT_SECRET", "oauth-secret",
                "SYNCKIT_SESSION_IDLE", "1h30m",
                "SYNCKIT_SESSION_MAX", "24h")).login();

        assertTrue(login.enabled());
        assertEquals(Optional.of("111"), login.clientId());
        assertEquals("oauth-secret", login.clientSecret().reveal());
        assertEquals(URI.create("http://127.0.0.1:4000/oauth2/authorize"), login.authorizeUrl());
        assertEquals(URI.create("http://127.0.0.1:4000/api/v10/oauth2/token"), login.tokenUrl());
        assertEquals(Duration.ofMinutes(90), login.sessionIdle());
        assertEquals(Duration.ofHours(24), login.sessionMax());
    }

    @Test
    void everyValueCanBeGivenInCode() {
        var login = AppProfile.builder().loginClientId("222").loginClientSecret("s")
                .loginRedirectUrl("https://ops.example.org/login/done")
                .oauthAuthorizeUrl("https://id.example.org/authorize").oauthTokenUrl("https://id.example.org/token")
                .sessionIdle(Duration.ofSeconds(2)).sessionMax(Duration.ofMinutes(1)).build().settings().login();

        assertEquals(new LoginSettings(Optional.of("222"), Secret.of("s"),
                Optional.of(URI.create("https://ops.example.org/login/done")),
                URI.create("https://id.example.org/authorize"), URI.create("https://id.example.org/token"),
                Duration.ofSeconds(2), Duration.ofMinutes(1)), login);
        assertEquals(login, AppProfile.of(AppProfile.builder().loginClientId("222").loginClientSecret("s")
                .loginRedirectUrl("https://ops.example.org/login/done")
                .oauthAuthorizeUrl("https://id.example.org/authorize").oauthTokenUrl("https://id.example.org/token")
                .sessionIdle(Duration.ofSeconds(2)).sessionMax(Duration.ofMinutes(1)).build().settings())
                .settings().login());
    }

    @Test
    void aSecretWithoutClientIdAndBadLifetimesAreNamed() {
        var error = assertThrows(ConfigException.class, () -> ConfigLoader.load(Optional.empty(), Map.of(
                "DISCORD_CLIENT_SECRET", "oauth-secret",
                "SYNCKIT_SESSION_IDLE", "10 minutes",
                "SYNCKIT_SESSION_MAX", "500ms")));

        assertEquals("""
                env DISCORD_CLIENT_SECRET: login.client_id: missing: login needs the OAuth2 client id; set\
                 DISCORD_APP_ID or DISCORD_CLIENT_ID
                env SYNCKIT_SESSION_IDLE: login.session_idle: not a duration of at least 1s (such as 90s, 30m, 1h30m,\
                 168h): "10 minutes"
                env SYNCKIT_SESSION_MAX: login.session_max: not a duration of at least 1s (such as 90s, 30m, 1h30m,\
                 168h): "500ms\"""", error.getMessage());
    }

    @Test
    void aMaximumShorterThanTheIdleTimeIsRefused() {
        var error = assertThrows(ConfigException.class, () -> ConfigLoader.load(Optional.empty(), Map.of(
                "SYNCKIT_SESSION_IDLE", "2h", "SYNCKIT_SESSION_MAX", "1h")));

        assertEquals("env SYNCKIT_SESSION_MAX: login.session_max: shorter than login.session_idle: a session could"
                + " never be idle that long", error.getMessage());
    }
}
