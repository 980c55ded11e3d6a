package dev.synckit.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.TestService;
import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.testkit.DiscordEmulator;
import dev.synckit.testkit.guild.Member;
import dev.synckit.testkit.user.CommandOption;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /token} through the real JDA and the emulator: the private reply shows a token once, the token then works
 * over the service's HTTP within its scope, and {@code /token revoke} stops it at once.
 */
class TokenCommandFlowTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Pattern TOKEN = Pattern.compile("sk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");

    @TempDir
    Path tmp;

    DiscordEmulator discord;
    RunningSyncKit service;
    Member maintainer;

    @BeforeEach
    void start() {
        discord = DiscordEmulator.start();
        maintainer = discord.member("mia", "maintainer");
        service = TestService.start(TestService.onEmulator(tmp, discord), List.of(target("web"), target("prod")));
    }

    private static TargetSettings target(String name) {
        return new TargetSettings(name, URI.create("http://127.0.0.1:9/"), Secret.of("agent-secret"),
                Optional.empty(), false, NewVersionPolicy.IGNORE, List.of());
    }

    @AfterEach
    void stop() throws Exception {
        TestService.stopAll(service, discord);
    }

    @Test
    void aTokenShownOnceInPrivateWorksOverHttpUntilRevoked() throws Exception {
        var create = discord.dispatchSlashCommand(maintainer, discord.channel("general"), "token",
                CommandOption.subcommand("create", CommandOption.string("name", "github-ci"),
                        CommandOption.string("targets", "web"), CommandOption.string("actions", "deploy, read")));
        assertTrue(create.awaitCallback(WAIT).ephemeral(), "only the maintainer sees the token");
        var reply = create.awaitOriginal(v -> TOKEN.matcher(v.content()).find(), WAIT).latest().content();
        var matcher = TOKEN.matcher(reply);
        assertTrue(matcher.find());
        var token = matcher.group();
        assertTrue(reply.startsWith("Created token `github-ci` (target web; deploy, read)."), reply);

        assertEquals(202, post(token, "{\"target\":\"web\"}").statusCode());
        var prod = post(token, "{\"target\":\"prod\"}");
        assertEquals(403, prod.statusCode());
        assertEquals("{\"error\":\"token github-ci may not deploy target prod\"}", prod.body());

        var list = discord.dispatchSlashCommand(maintainer, discord.channel("general"), "token",
                CommandOption.subcommand("list"));
        var listed = list.awaitOriginal(v -> v.embeds().size() == 1, WAIT).latest();
        var description = listed.embeds().get(0).path("description").asText();
        assertTrue(description.startsWith("`github-ci` ("), description);
        assertTrue(description.contains("target web; deploy, read · last used <t:"), description);
        assertTrue(!listed.json().toString().contains(token.substring(17)), "the list never shows the token");

        var revoke = discord.dispatchSlashCommand(maintainer, discord.channel("general"), "token",
                CommandOption.subcommand("revoke", CommandOption.string("token", "github-ci")));
        var revoked = revoke.awaitOriginal(v -> v.content().startsWith("Token"), WAIT).latest().content();
        assertTrue(revoked.matches("Token `github-ci` is revoked \\(<t:\\d+:R>\\): it is refused from now on\\."),
                revoked);
        var refused = post(token, "{\"target\":\"web\"}");
        assertEquals(401, refused.statusCode());
        assertEquals("{\"error\":\"unauthorized\"}", refused.body());
    }

    @Test
    void aGuestCannotCreateATokenAndABadScopeIsExplained() {
        var guest = discord.member("gus");
        var refused = discord.dispatchSlashCommand(guest, discord.channel("general"), "token",
                CommandOption.subcommand("list")).awaitOriginal(v -> !v.content().isEmpty(), WAIT).latest();
        assertTrue(refused.ephemeral());
        assertEquals("Only maintainers can do this.", refused.content());

        var bad = discord.dispatchSlashCommand(maintainer, discord.channel("general"), "token",
                CommandOption.subcommand("create", CommandOption.string("name", "ci"),
                        CommandOption.string("targets", "staging"), CommandOption.string("actions", "read")));
        assertEquals("No token created: there is no target named staging.",
                bad.awaitOriginal(v -> !v.content().isEmpty(), WAIT).latest().content());
        assertTrue(service.deployments().recent(Optional.empty(), 1).isEmpty());
    }

    private HttpResponse<String> post(String token, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + "/api/v1/deployments"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
