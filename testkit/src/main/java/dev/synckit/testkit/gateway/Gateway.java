package dev.synckit.testkit.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.testkit.guild.GuildJson;
import dev.synckit.testkit.record.Transcript;
import okhttp3.WebSocketListener;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway: opens sessions on IDENTIFY, finds them again on RESUME, and dispatches events to them. Like Discord it
 * opens a session for every IDENTIFY with the bot's token, and every session gets every dispatch; it counts the most
 * sessions open at once, since two bot processes on one token act twice on every interaction.
 */
public final class Gateway {

    /** Discord's "unknown error, reconnect": JDA resumes after it. */
    static final int RECONNECT_CLOSE_CODE = 4000;

    private final EmulatedGuild guild;
    private final GuildJson guildJson;
    private final Transcript transcript;
    private final Duration heartbeatInterval;
    private final ObjectMapper json = WireJson.mapper();
    private final Map<String, GatewaySession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger maxOpen = new AtomicInteger();
    private volatile String gatewayUrl = "";

    public Gateway(EmulatedGuild guild, GuildJson guildJson, Transcript transcript, Duration heartbeatInterval) {
        this.guild = guild;
        this.guildJson = guildJson;
        this.transcript = transcript;
        this.heartbeatInterval = heartbeatInterval;
    }

    /** Set once the port is known; READY tells clients to resume there. */
    public void publishedAt(String url) {
        gatewayUrl = url;
    }

    public String url() {
        return gatewayUrl;
    }

    /** A listener for one new websocket. */
    public WebSocketListener connection() {
        return new GatewayConnection(this, json, transcript);
    }

    /** Sends the event to every session; a session without a socket gets it on RESUME. */
    public void dispatch(String type, ObjectNode data) {
        if (sessions.isEmpty()) {
            throw new IllegalStateException("no bot has identified on the gateway yet");
        }
        sessions.values().forEach(session -> session.dispatch(type, data));
    }

    /** Drops every socket so that the client resumes. */
    public void disconnect() {
        sessions.values().forEach(session -> session.drop(RECONNECT_CLOSE_CODE, "emulator disconnect"));
        socketsChanged();
    }

    /** Sessions with a socket attached now. */
    public int openSessions() {
        return (int) sessions.values().stream().filter(GatewaySession::connected).count();
    }

    /** The most sessions that had a socket attached at the same time, since the emulator started. */
    public int maxOpenSessions() {
        return maxOpen.get();
    }

    /** Called whenever a socket is attached to or detached from a session. */
    void socketsChanged() {
        int open = openSessions();
        maxOpen.accumulateAndGet(open, Math::max);
    }

    long heartbeatMillis() {
        return heartbeatInterval.toMillis();
    }

    boolean acceptsToken(String token) {
        return guild.application().botToken().equals(token);
    }

    GatewaySession open(okhttp3.WebSocket socket) {
        GatewaySession session = new GatewaySession(UUID.randomUUID().toString().replace("-", ""), json);
        sessions.put(session.id(), session);
        session.attach(socket);
        socketsChanged();
        session.dispatch("READY", ready(session.id()));
        session.dispatch("GUILD_CREATE", guildJson.guildCreate());
        return session;
    }

    Optional<GatewaySession> session(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    private ObjectNode ready(String sessionId) {
        ObjectNode ready = json.createObjectNode().put("v", 10);
        ready.set("user", guildJson.user(guild.bot()).put("verified", true).put("mfa_enabled", false));
        ready.putArray("guilds").addObject()
                .put("id", Long.toUnsignedString(guild.id()))
                .put("unavailable", true);
        ready.put("session_id", sessionId).put("resume_gateway_url", gatewayUrl);
        ready.putArray("private_channels");
        ready.putArray("relationships");
        ready.putObject("application")
                .put("id", Long.toUnsignedString(guild.application().id()))
                .put("flags", 0);
        return ready;
    }
}
