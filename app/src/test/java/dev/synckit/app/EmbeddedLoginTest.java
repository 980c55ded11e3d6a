package dev.synckit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.config.AppProfile;
import dev.synckit.testkit.DiscordEmulator;
import dev.synckit.testkit.guild.Member;
import dev.synckit.webhooks.AuthenticatedRoutes;
import dev.synckit.webhooks.SignedIn;
import io.helidon.http.Status;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of docs/embedding.md ("Log in with Discord in an application"), run: an application embeds synckit
 * with routes for maintainers, and a browser logs in through the Discord emulator to reach them.
 */
class EmbeddedLoginTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private DiscordEmulator discord;
    private RunningSyncKit running;
    private String service;

    @BeforeEach
    void start(@TempDir Path dataDir) {
        discord = DiscordEmulator.start();
        // as the example in docs/embedding.md, with in code what it reads from the environment
        running = SyncKit.run(AppProfile.builder()
                .name("EggLedger")
                .dataDir(dataDir)
                .httpPort(0)
                .discordApiUrl(discord.restBaseUrl())
                .appId(discord.oauthClientId())
                .guildId(Long.toUnsignedString(discord.guild().id()))
                .maintainerRoleIds(java.util.List.of(Long.toUnsignedString(discord.guild().role("maintainer").id())))
                .loginClientSecret(discord.oauthClientSecret())
                .extension(AuthenticatedRoutes.maintainers("/admin", r -> r
                        .get("/whoami", (req, res) -> res.send("hello " + SignedIn.user(req).username()))
                        .post("/restart", (req, res) -> res.status(Status.ACCEPTED_202).send())))
                .build());
        service = "http://127.0.0.1:" + running.port();
    }

    @AfterEach
    void stop() {
        running.close();
        discord.close();
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** /auth/login → Discord's page → /auth/callback, by hand; answers the cookie the callback set. */
    private String logIn(Member member) throws Exception {
        discord.approveLoginsAs(member);
        var toDiscord = get(service + "/auth/login?return=/admin/whoami", null);
        var toService = get(location(toDiscord), null);
        var back = get(location(toService), null);
        assertEquals(303, back.statusCode(), back.body());
        assertEquals("/admin/whoami", location(back));
        var setCookie = back.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    @Test
    void aMaintainerReachesTheApplicationsRouteAndOthersDoNot() throws Exception {
        var alice = logIn(discord.member("alice", "maintainer"));
        assertEquals("hello alice", get(service + "/admin/whoami", alice).body());
        var me = get(service + "/auth/me", alice).body();
        assertTrue(me.endsWith("\"username\":\"alice\",\"avatar\":null,\"maintainer\":true}"), me);

        var bob = logIn(discord.member("bob"));
        assertEquals(403, get(service + "/admin/whoami", bob).statusCode());
        assertEquals(401, get(service + "/admin/whoami", null).statusCode());
        var restart = http.send(HttpRequest.newBuilder(URI.create(service + "/admin/restart")).header("Cookie", alice)
                .header("Origin", service).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, restart.statusCode());
    }
}
