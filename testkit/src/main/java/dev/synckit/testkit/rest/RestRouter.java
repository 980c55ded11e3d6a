package dev.synckit.testkit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.testkit.gateway.Gateway;
import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.testkit.guild.GuildJson;
import dev.synckit.testkit.guild.SnowflakeSource;
import dev.synckit.testkit.record.Transcript;
import dev.synckit.testkit.user.MemberActions;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Everything that reaches the emulator's port: the gateway upgrade, Discord's {@code /api/v10} (bot token checked
 * where Discord checks it, a user's bearer token on the OAuth2 routes), the OAuth2 authorization page and the
 * playground's {@code /emulator}.
 */
public final class RestRouter extends Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RestRouter.class);

    private final Gateway gateway;
    private final Transcript transcript;
    private final String authorization;
    private final List<RestResource> api;
    private final RestResource playground;
    private final OAuthRoutes oauth;
    private final Runnable afterRequest;

    /**
     * @param afterRequest run after each request; the emulator drains MockWebServer's own request log with it, which
     *                     would otherwise grow for as long as a playground runs
     */
    public RestRouter(EmulatedGuild guild, SnowflakeSource ids, Transcript transcript, Gateway gateway,
                      MemberActions actions, OAuthGrants grants, Clock clock, int editsPerSecond,
                      Runnable afterRequest) {
        GuildJson guildJson = new GuildJson(guild);
        BotMessages messages = new BotMessages(ids, new MessageJson(guild, guildJson, clock), transcript,
                new EditRateLimit(editsPerSecond, clock));
        this.gateway = gateway;
        this.transcript = transcript;
        this.authorization = "Bot " + guild.application().botToken();
        this.afterRequest = afterRequest;
        this.api = List.of(
                new SessionRoutes(guild, guildJson, gateway::url),
                new CommandRoutes(guild, ids, transcript, clock),
                new InteractionRoutes(transcript, messages, clock),
                new WebhookRoutes(guild.application(), transcript, messages),
                new ChannelRoutes(guild, guildJson, messages, transcript),
                new GuildRoutes(guild, guildJson));
        this.oauth = new OAuthRoutes(guild, guildJson, grants);
        this.playground = new PlaygroundRoutes(guild, transcript, actions);
    }

    @Override
    public MockResponse dispatch(RecordedRequest recorded) {
        try {
            return route(recorded);
        } finally {
            afterRequest.run();
        }
    }

    private MockResponse route(RecordedRequest recorded) {
        List<String> path = recorded.getRequestUrl().pathSegments().stream().filter(s -> !s.isEmpty()).toList();
        if (!path.isEmpty() && path.getFirst().equals("gateway") && path.size() == 1
                && "websocket".equalsIgnoreCase(recorded.getHeader("Upgrade"))) {
            return new MockResponse().withWebSocketUpgrade(gateway.connection());
        }
        RestRequest request;
        try {
            request = request(recorded, path);
        } catch (JsonProcessingException e) {
            return DiscordError.of(400, 50109, "The request body contains invalid JSON.").toResponse();
        }
        if (path.equals(List.of("oauth2", "authorize")) && request.method().equals("GET")) {
            return oauth.authorize(request).toResponse();
        }
        if (path.size() >= 2 && path.get(0).equals("api") && path.get(1).equals("v10")) {
            return discord(request.withSegments(path.subList(2, path.size()))).toResponse();
        }
        if (!path.isEmpty() && path.getFirst().equals("emulator")) {
            return playground.handle(request.withSegments(path.subList(1, path.size())))
                    .orElseGet(() -> DiscordError.notFound(0, "404: Not Found")).toResponse();
        }
        return DiscordError.notFound(0, "404: Not Found").toResponse();
    }

    private RestReply discord(RestRequest request) {
        // interaction callbacks and their webhooks are authorized by the token in the path, as on Discord
        boolean tokenInPath = !request.segments().isEmpty()
                && (request.segment(0).equals("interactions") || request.segment(0).equals("webhooks"));
        Optional<RestReply> oauthReply = oauth.handle(request);
        if (oauthReply.isPresent()) {
            return oauthReply.get();
        }
        if (!tokenInPath && !authorization.equals(request.authorization())) {
            return DiscordError.unauthorized();
        }
        try {
            for (RestResource resource : api) {
                Optional<RestReply> reply = resource.handle(request);
                if (reply.isPresent()) {
                    return reply.get();
                }
            }
        } catch (NumberFormatException e) {
            return DiscordError.invalidFormBody(List.of());
        }
        LOG.warn("no emulated route for {}", request.describe());
        transcript.recordUnhandled(request.describe());
        return DiscordError.notFound(0, "404: Not Found");
    }

    private static RestRequest request(RecordedRequest recorded, List<String> path) throws JsonProcessingException {
        JsonNode body = RequestJson.parse(recorded.getHeader("Content-Type"), recorded.getBody().readUtf8());
        return new RestRequest(recorded.getMethod(), path, recorded.getRequestUrl(),
                recorded.getHeader("Authorization"), body);
    }
}
