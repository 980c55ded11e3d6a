package dev.synckit.webhooks.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.contract.WireJson;
import dev.synckit.core.login.DiscordIdentity;
import dev.synckit.core.login.DiscordOAuth;
import dev.synckit.core.login.DiscordOAuthException;
import dev.synckit.core.login.GuildMembership;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Discord's OAuth2 authorization code grant with PKCE. Asks for {@code identify} (who) and
 * {@code guilds.members.read} (their roles in the guild); the guild's roles and owner, read with the bot token,
 * turn those roles into permissions. Every call has the endpoints' timeout; no token is ever logged.
 */
public final class DiscordOAuthClient implements DiscordOAuth {

    static final String SCOPES = "identify guilds.members.read";
    private static final int UNKNOWN_GUILD = 10004;

    private final DiscordEndpoints endpoints;
    private final HttpClient http;

    public DiscordOAuthClient(DiscordEndpoints endpoints) {
        this.endpoints = endpoints;
        this.http = HttpClient.newBuilder().connectTimeout(endpoints.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public URI authorizeUrl(String state, String codeChallenge) {
        var query = new LinkedHashMap<String, String>();
        query.put("response_type", "code");
        query.put("client_id", endpoints.clientId());
        query.put("scope", SCOPES);
        query.put("state", state);
        query.put("redirect_uri", endpoints.redirectUri().get().toString());
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        return URI.create(endpoints.authorizeUrl() + "?" + form(query));
    }

    @Override
    public DiscordIdentity identify(String code, String codeVerifier) {
        var accessToken = exchange(code, codeVerifier);
        var me = get("users/@me", "Bearer " + accessToken, "reading the user");
        if (me.path("id").asText().isEmpty() || me.path("username").asText().isEmpty()) {
            throw DiscordOAuthException.unavailable("Discord's users/@me has no id or username", null);
        }
        var membership = endpoints.guildId().flatMap(guild -> membership(guild, accessToken));
        return new DiscordIdentity(me.path("id").asText(), me.path("username").asText(),
                Optional.ofNullable(me.path("avatar").textValue()), membership);
    }

    private String exchange(String code, String codeVerifier) {
        var body = new LinkedHashMap<String, String>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", endpoints.redirectUri().get().toString());
        body.put("code_verifier", codeVerifier);
        var basic = Base64.getEncoder().encodeToString((endpoints.clientId() + ":"
                + endpoints.clientSecret().reveal()).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(endpoints.tokenUrl()).timeout(endpoints.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build();
        var response = send(request, "exchanging the login code");
        if (response.statusCode() == 400 || response.statusCode() == 401) {
            var error = json(response.body(), "the token endpoint's error").path("error").asText("unknown");
            // invalid_client is our configuration, not the person's code: say so in the log
            throw error.equals("invalid_grant") ? DiscordOAuthException.rejected("Discord refused the login code: "
                    + error) : DiscordOAuthException.unavailable("Discord refused the token request: " + error
                    + " (check login.client_id and DISCORD_CLIENT_SECRET)", null);
        }
        var token = ok(response, "exchanging the login code").path("access_token").textValue();
        if (token == null || token.isEmpty()) {
            throw DiscordOAuthException.unavailable("Discord's token answer has no access_token", null);
        }
        return token;
    }

    /** The user's roles from their own token; the permissions those roles carry from the bot's view of the guild. */
    private Optional<GuildMembership> membership(String guild, String accessToken) {
        var request = HttpRequest.newBuilder(endpoints.apiUrl().resolve("users/@me/guilds/" + guild + "/member"))
                .timeout(endpoints.timeout()).header("Authorization", "Bearer " + accessToken).GET().build();
        var response = send(request, "reading the guild membership");
        if (response.statusCode() == 404
                && json(response.body(), "Discord's error").path("code").asInt() == UNKNOWN_GUILD) {
            return Optional.empty();
        }
        var member = ok(response, "reading the guild membership");
        var roleIds = new HashSet<String>();
        member.path("roles").forEach(role -> roleIds.add(role.asText()));
        var userId = member.path("user").path("id").asText();
        if (endpoints.botToken().isEmpty()) {
            return Optional.of(new GuildMembership(roleIds, 0, false));
        }
        var guildJson = get("guilds/" + guild, "Bot " + endpoints.botToken().reveal(), "reading the guild's roles");
        Map<String, Long> permissionsByRole = new LinkedHashMap<>();
        guildJson.path("roles").forEach(role -> permissionsByRole.put(role.path("id").asText(),
                Long.parseUnsignedLong(role.path("permissions").asText("0"))));
        // @everyone has the guild's id and applies to every member
        var permissions = permissionsByRole.getOrDefault(guild, 0L);
        for (var roleId : roleIds) {
            permissions |= permissionsByRole.getOrDefault(roleId, 0L);
        }
        var owner = !userId.isEmpty() && userId.equals(guildJson.path("owner_id").asText());
        return Optional.of(new GuildMembership(roleIds, permissions, owner));
    }

    private JsonNode get(String path, String authorization, String what) {
        var request = HttpRequest.newBuilder(endpoints.apiUrl().resolve(path)).timeout(endpoints.timeout())
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        return ok(send(request, what), what);
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw DiscordOAuthException.unavailable("Discord did not answer " + what + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DiscordOAuthException.unavailable("interrupted while " + what, e);
        }
    }

    private static JsonNode ok(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw DiscordOAuthException.unavailable("Discord answered " + response.statusCode() + " " + what, null);
        }
        return json(response.body(), what);
    }

    private static JsonNode json(String body, String what) {
        try {
            return WireJson.mapper().readTree(body);
        } catch (IOException e) {
            throw DiscordOAuthException.unavailable("Discord's answer " + what + " is not JSON", e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
