package dev.synckit.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.config.Secret;
import dev.synckit.contract.VerifyInfo;
import dev.synckit.core.event.NewVersionIntake;
import dev.synckit.core.login.LoginFlow;
import dev.synckit.core.login.SessionToken;
import dev.synckit.core.login.Sessions;
import dev.synckit.core.testing.InMemoryEventStore;
import dev.synckit.core.testing.MovableClock;
import dev.synckit.store.Store;
import dev.synckit.store.testing.H2TestDatabase;
import dev.synckit.testkit.DiscordEmulator;
import dev.synckit.testkit.guild.Member;
import dev.synckit.webhooks.oauth.DiscordEndpoints;
import dev.synckit.webhooks.oauth.DiscordOAuthClient;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Log in with Discord" end to end: the real webserver, a real H2 store and the emulator's OAuth2, a browser
 * following each redirect by hand. Time moves on a clock the test holds, so expiry needs no waiting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordLoginTest {

    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration MAX = Duration.ofHours(8);
    private static final String JSON = "application/json";

    private final MovableClock clock = new MovableClock(Instant.now());
    private DiscordEmulator discord;
    private H2TestDatabase database;
    private Store store;
    private Sessions sessions;
    private HttpSurface.Running server;
    private URI service;

    @BeforeAll
    void start(@TempDir Path dir) {
        discord = DiscordEmulator.start();
        database = new H2TestDatabase(dir);
        store = Store.open(database.connection());
        sessions = new Sessions(store.sessions(), IDLE, MAX, clock);
        var publicUrl = new AtomicReference<URI>();
        var guild = discord.guild();
        var endpoints = new DiscordEndpoints(discord.oauthClientId(), Secret.of(discord.oauthClientSecret()),
                () -> URI.create(publicUrl.get() + "/auth/callback"), URI.create(discord.oauthAuthorizeUrl()),
                URI.create(discord.restBaseUrl() + "oauth2/token"), URI.create(discord.restBaseUrl()),
                Optional.of(Long.toUnsignedString(guild.id())), Secret.of(discord.botToken()), Duration.ofSeconds(5));
        // the "maintainer" role counts by its id; "admin" only through its Administrator permission
        var flow = new LoginFlow(new DiscordOAuthClient(endpoints), store.loginAttempts(), sessions,
                Set.of(Long.toUnsignedString(guild.role("maintainer").id())), clock);
        server = HttpSurface.of("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                        new VerifyInfo("synckit", "ab", "v1", "d"), timeout -> { },
                        new NewVersionIntake(new InMemoryEventStore(), List.of(), clock), token -> false)
                .withLogin(Optional.of(flow), sessions, publicUrl::get)
                .with(AuthenticatedRoutes.maintainers("/admin", rules -> rules
                        .get("/whoami", (req, res) -> res.send(SignedIn.user(req).username() + " "
                                + SignedIn.user(req).id()))
                        .post("/notes", (req, res) -> res.send("noted by " + SignedIn.user(req).username()))))
                .with(AuthenticatedRoutes.signedIn("/me", rules -> rules
                        .get("/name", (req, res) -> res.send(SignedIn.user(req).username()))))
                .start();
        service = URI.create("http://127.0.0.1:" + server.port());
        publicUrl.set(service);
    }

    @BeforeEach
    void emptyTables() {
        database.clean();
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
        discord.close();
    }

    /** Logs {@code member} in with a new browser, step by step, and answers the browser on its return page. */
    private Browser signedIn(Member member) throws Exception {
        var browser = new Browser(service);
        discord.approveLoginsAs(member);
        var back = browser.follow(browser.follow(browser.get("/auth/login?return=/me/name")));
        assertEquals(303, back.statusCode(), back.body());
        assertEquals("/me/name", back.headers().firstValue("Location").orElseThrow());
        return browser;
    }

    private String token(Browser browser) {
        return browser.cookies().get("synckit_session");
    }

    private static String id(Member member) {
        return Long.toUnsignedString(member.id());
    }

    @Test
    void aMaintainerLogsInAndTheStoreKeepsOnlyTheTokensHash() throws Exception {
        var alice = discord.member("alice", "maintainer");
        var browser = new Browser(service);
        discord.approveLoginsAs(alice);

        var toDiscord = browser.get("/auth/login?return=/admin/whoami");
        assertEquals(302, toDiscord.statusCode());
        var authorize = HttpUrl.parse(toDiscord.headers().firstValue("Location").orElseThrow());
        assertEquals(discord.oauthAuthorizeUrl(), authorize.newBuilder().query(null).build().toString());
        assertEquals("code", authorize.queryParameter("response_type"));
        assertEquals(discord.oauthClientId(), authorize.queryParameter("client_id"));
        assertEquals("identify guilds.members.read", authorize.queryParameter("scope"));
        assertEquals(service + "/auth/callback", authorize.queryParameter("redirect_uri"));
        assertEquals("S256", authorize.queryParameter("code_challenge_method"));
        assertEquals(43, authorize.queryParameter("code_challenge").length());
        assertEquals(43, authorize.queryParameter("state").length());

        var toService = browser.follow(toDiscord);
        assertEquals(302, toService.statusCode());
        var back = browser.follow(toService);
        assertEquals(303, back.statusCode());
        assertEquals("/admin/whoami", back.headers().firstValue("Location").orElseThrow());
        var token = token(browser);
        assertEquals("synckit_session=" + token + "; Max-Age=28800; Path=/; HttpOnly; SameSite=Lax",
                back.headers().firstValue("Set-Cookie").orElseThrow());
        assertEquals(43, token.length());

        var me = browser.get("/auth/me");
        assertEquals(200, me.statusCode());
        assertEquals("{\"id\":\"" + id(alice) + "\",\"username\":\"alice\",\"avatar\":null,\"maintainer\":true}",
                me.body());
        assertEquals("alice " + id(alice), browser.follow(back).body());

        var rows = database.query("SELECT * FROM login_session");
        assertEquals(1, rows.size());
        assertTrue(rows.getFirst().contains(SessionToken.hashOf(token)), rows.toString());
        assertFalse(rows.toString().contains(token), rows.toString());
        assertEquals(List.of(), database.query("SELECT * FROM login_attempt"));
    }

    @Test
    void administratorsAndTheOwnerAreMaintainersOthersAndOutsidersAreNot() throws Exception {
        var admin = signedIn(discord.member("root", "admin"));
        var owner = signedIn(discord.guild().owner());
        var bob = signedIn(discord.member("bob"));
        var eve = signedIn(discord.outsider("eve"));

        assertTrue(admin.get("/auth/me").body().endsWith("\"maintainer\":true}"));
        assertTrue(owner.get("/auth/me").body().endsWith("\"maintainer\":true}"));
        assertTrue(bob.get("/auth/me").body().endsWith("\"maintainer\":false}"));
        assertTrue(eve.get("/auth/me").body().endsWith("\"maintainer\":false}"));
        assertEquals("bob", bob.get("/me/name").body());

        var refused = bob.get("/admin/whoami", "Accept", JSON);
        assertEquals(403, refused.statusCode());
        assertEquals("{\"error\":\"You are signed in as bob, but only the server's maintainers may open this.\"}",
                refused.body());
        var page = eve.get("/admin/whoami", "Accept", "text/html");
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("<h1>Maintainers only</h1><p>You are signed in as eve, but only the"
                + " server's maintainers may open this.</p>"), page.body());
    }

    @Test
    void anUnknownOrUsedStateIsRefusedWithAClearAnswer() throws Exception {
        var browser = signedIn(discord.member("alice", "maintainer"));

        var unknown = browser.get("/auth/callback?state=made-up&code=whatever", "Accept", JSON);
        assertEquals(400, unknown.statusCode());
        assertEquals("{\"error\":\"This login link is unknown or was already used. Start the login again.\"}",
                unknown.body());
        var page = browser.get("/auth/callback?code=whatever", "Accept", "text/html,application/xhtml+xml");
        assertEquals(400, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains("<h1>Login failed</h1><p>This login link is unknown or was already used."
                + " Start the login again.</p>"), page.body());
    }

    @Test
    void aReplayedCallbackAndAReplayedCodeOpenNoSession() throws Exception {
        var browser = new Browser(service);
        discord.approveLoginsAs(discord.member("alice", "maintainer"));
        var callback = browser.follow(browser.get("/auth/login?return=/"));
        var callbackUrl = callback.headers().firstValue("Location").orElseThrow();
        assertEquals(303, browser.follow(callback).statusCode());

        var sameAgain = new Browser(service).get(callbackUrl, "Accept", JSON);
        assertEquals(400, sameAgain.statusCode());
        assertEquals("{\"error\":\"This login link is unknown or was already used. Start the login again.\"}",
                sameAgain.body());

        var attacker = new Browser(service);
        var freshState = HttpUrl.parse(attacker.follow(attacker.get("/auth/login")).headers()
                .firstValue("Location").orElseThrow()).queryParameter("state");
        var usedCode = HttpUrl.parse(callbackUrl).queryParameter("code");
        var replayed = attacker.get("/auth/callback?state=" + freshState + "&code=" + usedCode, "Accept", JSON);
        assertEquals(400, replayed.statusCode());
        assertEquals("{\"error\":\"Discord did not accept this login. Start the login again.\"}", replayed.body());
        assertEquals(1, database.query("SELECT * FROM login_session").size());
        assertEquals(Optional.empty(), Optional.ofNullable(token(attacker)));
    }

    @Test
    void aStateOlderThanTenMinutesIsRefused() throws Exception {
        var browser = new Browser(service);
        var toService = browser.follow(browser.get("/auth/login"));
        clock.advance(LoginFlow.ATTEMPT_LIFETIME);

        var late = browser.follow(toService, "Accept", JSON);

        assertEquals(400, late.statusCode());
        assertEquals("{\"error\":\"This login link has expired. Start the login again.\"}", late.body());
        assertEquals(List.of(), database.query("SELECT * FROM login_session"));
    }

    @Test
    void aCancelledLoginIsSaidSo() throws Exception {
        discord.denyLogins();
        var browser = new Browser(service);

        var back = browser.follow(browser.follow(browser.get("/auth/login")), "Accept", JSON);

        assertEquals(400, back.statusCode());
        assertEquals("{\"error\":\"The login was cancelled at Discord.\"}", back.body());
    }

    @Test
    void aSessionEndsWhenIdleAndAtItsAbsoluteEnd() throws Exception {
        var idle = signedIn(discord.member("alice", "maintainer"));
        clock.advance(IDLE.minusSeconds(1));
        assertEquals(200, idle.get("/auth/me").statusCode());
        clock.advance(IDLE.minusSeconds(1));
        assertEquals(200, idle.get("/auth/me").statusCode());
        clock.advance(IDLE);
        var expired = idle.get("/auth/me");
        assertEquals(401, expired.statusCode());
        assertEquals("{\"error\":\"not signed in\"}", expired.body());

        var busy = signedIn(discord.member("alice", "maintainer"));
        for (var elapsed = Duration.ZERO; elapsed.compareTo(MAX) < 0; elapsed = elapsed.plus(IDLE.minusMinutes(5))) {
            assertEquals(200, busy.get("/auth/me").statusCode(), "after " + elapsed);
            clock.advance(IDLE.minusMinutes(5));
        }
        assertEquals(401, busy.get("/auth/me").statusCode());
    }

    @Test
    void aRevokedSessionIsRefusedAtOnce() throws Exception {
        var alice = discord.member("alice", "maintainer");
        var laptop = signedIn(alice);
        clock.advance(Duration.ofSeconds(1));
        var phone = signedIn(alice);
        clock.advance(Duration.ofSeconds(1));
        var tablet = signedIn(alice);

        // newest first: the last is the laptop's
        assertTrue(sessions.revoke(sessions.of(id(alice)).getLast().id()));
        assertEquals(401, laptop.get("/auth/me").statusCode());
        assertEquals(200, phone.get("/auth/me").statusCode());
        assertEquals(2, sessions.revokeAllOf(id(alice)));
        assertEquals(401, phone.get("/auth/me").statusCode());
        assertEquals(401, tablet.get("/admin/whoami").statusCode());
    }

    @Test
    void theLoginReturnsOnlyToPagesOfThisSite() throws Exception {
        var browser = new Browser(service);
        for (var target : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "evil.example",
                "javascript:alert(1)")) {
            var refused = browser.get("/auth/login?return=" + URLEncoder.encode(target, StandardCharsets.UTF_8),
                    "Accept", JSON);
            assertEquals(400, refused.statusCode(), target);
        }
        assertEquals(302, browser.get("/auth/login?return=" + URLEncoder.encode("/deployments?target=web",
                StandardCharsets.UTF_8)).statusCode());
        var refused = browser.get("/auth/login?return=%2F%2Fevil.example", "Accept", JSON);
        assertEquals("{\"error\":\"The login can only return to a page of this site (a path such as"
                + " /dashboard).\"}", refused.body());
        assertEquals(List.of(), database.query("SELECT * FROM login_attempt WHERE return_path LIKE '%evil%'"));
    }

    @Test
    void theGuardSendsPagesToLoginAndApiCallsA401AndIgnoresSpoofedHeaders() throws Exception {
        var stranger = new Browser(service);
        var api = stranger.get("/admin/whoami", "Accept", JSON, "X-Discord-User", "1", "X-Synckit-User", "alice");
        assertEquals(401, api.statusCode());
        assertEquals("{\"error\":\"not signed in\"}", api.body());
        var page = stranger.get("/admin/whoami?tab=2", "Accept", "text/html");
        assertEquals(303, page.statusCode());
        assertEquals("/auth/login?return=%2Fadmin%2Fwhoami%3Ftab%3D2", page.headers().firstValue("Location")
                .orElseThrow());
        stranger.cookies().put("synckit_session", "forged-" + "x".repeat(36));
        assertEquals(401, stranger.get("/admin/whoami").statusCode());

        var alice = discord.member("alice", "maintainer");
        var browser = signedIn(alice);
        var bobId = id(discord.member("bob"));
        assertEquals("alice " + id(alice), browser.get("/admin/whoami", "X-Discord-User", bobId,
                "X-Discord-User-Id", bobId, "X-Forwarded-User", "bob").body());
    }

    @Test
    void stateChangingRequestsMustComeFromThisSite() throws Exception {
        var browser = signedIn(discord.member("alice", "maintainer"));

        assertEquals(403, browser.post("/admin/notes").statusCode());
        var forged = browser.post("/admin/notes", "Origin", "https://evil.example");
        assertEquals(403, forged.statusCode());
        assertEquals("{\"error\":\"cross-site request refused\"}", forged.body());
        assertEquals(403, browser.post("/admin/notes", "Origin", "null").statusCode());
        assertEquals("noted by alice", browser.post("/admin/notes", "Origin", service.toString()).body());
        assertEquals("noted by alice", browser.post("/admin/notes", "Referer", service + "/admin/page").body());

        assertEquals(403, browser.post("/auth/logout", "Origin", "https://evil.example").statusCode());
        assertEquals(200, browser.get("/auth/me").statusCode());
        var logout = browser.post("/auth/logout", "Origin", service.toString());
        assertEquals(204, logout.statusCode());
        assertEquals("synckit_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax",
                logout.headers().firstValue("Set-Cookie").orElseThrow());
        assertEquals(List.of(), database.query("SELECT * FROM login_session"));
    }

    @Test
    void theAuthRoutesAnswerOtherMethodsWith405() throws Exception {
        var browser = new Browser(service);

        var post = browser.post("/auth/me");
        assertEquals(405, post.statusCode());
        assertEquals("GET", post.headers().firstValue("Allow").orElseThrow());
        assertEquals(405, browser.get("/auth/logout").statusCode());
    }
}
