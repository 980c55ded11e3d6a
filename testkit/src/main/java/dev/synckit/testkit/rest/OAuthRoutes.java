package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.testkit.guild.GuildJson;
import dev.synckit.testkit.guild.Member;
import okhttp3.HttpUrl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Discord's OAuth2 authorization code grant: the authorization page (approved at once by the member
 * {@link OAuthGrants} names), the form-encoded token exchange with client authentication and PKCE, and the routes a
 * user's bearer token opens.
 */
final class OAuthRoutes {

    private static final String IDENTIFY = "identify";
    private static final String MEMBERS_READ = "guilds.members.read";
    private static final int UNKNOWN_GUILD = 10004;

    private final EmulatedGuild guild;
    private final GuildJson guildJson;
    private final OAuthGrants grants;

    OAuthRoutes(EmulatedGuild guild, GuildJson guildJson, OAuthGrants grants) {
        this.guild = guild;
        this.guildJson = guildJson;
        this.grants = grants;
    }

    /** {@code GET /oauth2/authorize}: a redirect back to the client with a code, or with the person's refusal. */
    RestReply authorize(RestRequest request) {
        HttpUrl url = request.url();
        String redirectUri = url.queryParameter("redirect_uri");
        List<String> scopes = Arrays.asList(Optional.ofNullable(url.queryParameter("scope")).orElse("").split(" "));
        if (!Long.toUnsignedString(guild.application().id()).equals(url.queryParameter("client_id"))) {
            return DiscordError.of(400, 0, "Unknown Application");
        }
        if (redirectUri == null || HttpUrl.parse(redirectUri) == null || !"code".equals(url.queryParameter("response_type"))
                || !scopes.contains(IDENTIFY)) {
            return DiscordError.of(400, 0, "Invalid OAuth2 request: redirect_uri, response_type=code and scope"
                    + " identify are required");
        }
        Optional<String> challenge = Optional.ofNullable(url.queryParameter("code_challenge"));
        if (challenge.isPresent() && !"S256".equals(url.queryParameter("code_challenge_method"))) {
            return DiscordError.of(400, 0, "Invalid code_challenge_method");
        }
        HttpUrl.Builder back = HttpUrl.parse(redirectUri).newBuilder();
        grants.approver().ifPresentOrElse(
                member -> back.addQueryParameter("code", grants.grant(member, redirectUri, scopes, challenge)),
                () -> back.addQueryParameter("error", "access_denied")
                        .addQueryParameter("error_description", "The resource owner or authorization server denied"
                                + " the request"));
        Optional.ofNullable(url.queryParameter("state")).ifPresent(state -> back.addQueryParameter("state", state));
        return new RestReply(302, null, Map.of("Location", back.build().toString()));
    }

    /** {@code POST oauth2/token} and the bearer routes; empty for anything else. */
    Optional<RestReply> handle(RestRequest request) {
        if (request.matches("POST", "oauth2", "token")) {
            return Optional.of(token(request));
        }
        if (request.authorization() == null || !request.authorization().startsWith("Bearer ")) {
            return Optional.empty();
        }
        Optional<OAuthGrants.Token> token = grants.token(request.authorization().substring("Bearer ".length()));
        if (request.matches("GET", "users", "@me")) {
            return Optional.of(token.map(t -> RestReply.ok(user(t.member()))).orElseGet(DiscordError::unauthorized));
        }
        if (request.matches("GET", "users", "@me", "guilds", "*", "member")) {
            return Optional.of(token.map(t -> member(t, request.id(3))).orElseGet(DiscordError::unauthorized));
        }
        return Optional.of(DiscordError.unauthorized());
    }

    private RestReply token(RestRequest request) {
        JsonNode form = request.body();
        if (!clientAuthenticated(request.authorization(), form)) {
            return oauthError(401, "invalid_client", null);
        }
        if (!"authorization_code".equals(form.path("grant_type").asText())) {
            return oauthError(400, "unsupported_grant_type", null);
        }
        Optional<OAuthGrants.Code> code = grants.redeem(form.path("code").asText(null));
        if (code.isEmpty()) {
            return oauthError(400, "invalid_grant", "Invalid \"code\" in request.");
        }
        if (!code.get().redirectUri().equals(form.path("redirect_uri").asText())) {
            return oauthError(400, "invalid_grant", "Invalid \"redirect_uri\" in request.");
        }
        if (code.get().challenge().isPresent()
                && !code.get().challenge().get().equals(s256(form.path("code_verifier").asText("")))) {
            return oauthError(400, "invalid_grant", "Invalid \"code_verifier\" in request.");
        }
        String accessToken = grants.issue(code.get().member(), code.get().scopes());
        return RestReply.ok(WireJson.mapper().createObjectNode()
                .put("access_token", accessToken)
                .put("token_type", "Bearer")
                .put("expires_in", OAuthGrants.TOKEN_LIFETIME.toSeconds())
                .put("refresh_token", grants.issue(code.get().member(), List.of()))
                .put("scope", String.join(" ", code.get().scopes())));
    }

    /** HTTP Basic (what Discord's examples use) or {@code client_id} and {@code client_secret} in the form. */
    private boolean clientAuthenticated(String authorization, JsonNode form) {
        String clientId = Long.toUnsignedString(guild.application().id());
        if (authorization != null && authorization.startsWith("Basic ")) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
                return pair.equals(clientId + ":" + grants.clientSecret());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return clientId.equals(form.path("client_id").asText()) && grants.clientSecret().equals(
                form.path("client_secret").asText());
    }

    private RestReply member(OAuthGrants.Token token, long guildId) {
        if (!token.scopes().contains(MEMBERS_READ)) {
            return DiscordError.of(401, 0, "401: Unauthorized");
        }
        Optional<Member> member = guildId == guild.id()
                ? guild.members().stream().filter(m -> m.id() == token.member().id()).findFirst() : Optional.empty();
        return member.map(m -> RestReply.ok(guildJson.member(m)))
                .orElseGet(() -> DiscordError.notFound(UNKNOWN_GUILD, "Unknown Guild"));
    }

    private ObjectNode user(Member member) {
        return guildJson.user(member).put("locale", "en-US").put("mfa_enabled", false).put("flags", 0)
                .put("premium_type", 0);
    }

    private static RestReply oauthError(int status, String error, String description) {
        ObjectNode body = WireJson.mapper().createObjectNode().put("error", error);
        if (description != null) {
            body.put("error_description", description);
        }
        return RestReply.json(status, body);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
