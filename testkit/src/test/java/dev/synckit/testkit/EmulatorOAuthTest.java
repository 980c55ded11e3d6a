package dev.synckit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.guild.Member;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discord's OAuth2 authorization code grant with PKCE, as a client sees it over HTTP. */
class EmulatorOAuthTest {

    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static final String REDIRECT = "http://127.0.0.1:9/auth/callback";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private DiscordEmulator discord;

    @BeforeEach
    void start() {
        discord = DiscordEmulator.start();
    }

    @AfterEach
    void stop() {
        discord.close();
    }

    private HttpUrl authorize(String scope) throws Exception {
        var url = discord.oauthAuthorizeUrl() + "?response_type=code&client_id=" + discord.oauthClientId()
                + "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8) + "&state=s%2Ft"
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&code_challenge=" + CHALLENGE + "&code_challenge_method=S256";
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode());
        return HttpUrl.parse(response.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> token(String code, String verifier, String secret) throws Exception {
        var form = "grant_type=authorization_code&code=" + code + "&code_verifier=" + verifier
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8);
        var basic = Base64.getEncoder().encodeToString((discord.oauthClientId() + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + "oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> asUser(String accessToken, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + path))
                .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return WireJson.mapper().readTree(response.body());
    }

    @Test
    void theChosenMemberApprovesAndTheirTokenShowsThemAndTheirRoles() throws Exception {
        Member alice = discord.member("alice", "maintainer");
        discord.approveLoginsAs(alice);

        var back = authorize("identify guilds.members.read");
        assertEquals("127.0.0.1", back.host());
        assertEquals("s/t", back.queryParameter("state"));
        var token = token(back.queryParameter("code"), VERIFIER, discord.oauthClientSecret());

        assertEquals(200, token.statusCode());
        var grant = json(token);
        assertEquals("Bearer", grant.path("token_type").asText());
        assertEquals(604800, grant.path("expires_in").asInt());
        assertEquals("identify guilds.members.read", grant.path("scope").asText());
        var me = json(asUser(grant.path("access_token").asText(), "users/@me"));
        assertEquals(Long.toUnsignedString(alice.id()), me.path("id").asText());
        assertEquals("alice", me.path("username").asText());
        var member = json(asUser(grant.path("access_token").asText(),
                "users/@me/guilds/" + Long.toUnsignedString(discord.guild().id()) + "/member"));
        assertEquals(Long.toUnsignedString(discord.guild().role("maintainer").id()), member.path("roles").get(0).asText());
        var guild = json(http.send(HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + "guilds/"
                        + Long.toUnsignedString(discord.guild().id()))).header("Authorization", "Bot " + discord.botToken())
                .build(), HttpResponse.BodyHandlers.ofString()));
        assertEquals(Long.toUnsignedString(discord.guild().owner().id()), guild.path("owner_id").asText());
        assertEquals(4, guild.path("roles").size());
    }

    @Test
    void aCodeIsGoodOnceForItsVerifierAndClient() throws Exception {
        var code = authorize("identify").queryParameter("code");

        assertEquals("{\"error\":\"invalid_client\"}", token(code, VERIFIER, "wrong").body());
        var wrongVerifier = token(code, "x".repeat(43), discord.oauthClientSecret());
        assertEquals(400, wrongVerifier.statusCode());
        assertEquals("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid \\\"code_verifier\\\" in request.\"}",
                wrongVerifier.body());
        var second = authorize("identify").queryParameter("code");
        assertEquals(200, token(second, VERIFIER, discord.oauthClientSecret()).statusCode());
        var replay = token(second, VERIFIER, discord.oauthClientSecret());
        assertEquals(400, replay.statusCode());
        assertEquals("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid \\\"code\\\" in request.\"}",
                replay.body());
    }

    @Test
    void anOutsiderHasNoMembershipAndAMissingScopeOpensNone() throws Exception {
        discord.approveLoginsAs(discord.outsider("eve"));
        var outsider = json(token(authorize("identify guilds.members.read").queryParameter("code"), VERIFIER,
                discord.oauthClientSecret())).path("access_token").asText();
        var guildPath = "users/@me/guilds/" + Long.toUnsignedString(discord.guild().id()) + "/member";

        var notMember = asUser(outsider, guildPath);
        assertEquals(404, notMember.statusCode());
        assertEquals("{\"message\":\"Unknown Guild\",\"code\":10004}", notMember.body());
        discord.approveLoginsAs(discord.guild().owner());
        var narrow = json(token(authorize("identify").queryParameter("code"), VERIFIER, discord.oauthClientSecret()))
                .path("access_token").asText();
        assertEquals(401, asUser(narrow, guildPath).statusCode());
        assertEquals(401, asUser("made-up", "users/@me").statusCode());
    }

    @Test
    void aCancelledLoginComesBackWithAccessDenied() throws Exception {
        discord.denyLogins();

        var back = authorize("identify");

        assertEquals("access_denied", back.queryParameter("error"));
        assertEquals("s/t", back.queryParameter("state"));
        assertEquals(null, back.queryParameter("code"));
    }
}
