package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.testkit.guild.Member;
import dev.synckit.testkit.guild.Role;
import dev.synckit.testkit.record.Callback;
import dev.synckit.testkit.record.CommandRegistration;
import dev.synckit.testkit.record.InteractionExchange;
import dev.synckit.testkit.record.NotSeenException;
import dev.synckit.testkit.record.RecordedMessage;
import dev.synckit.testkit.record.Transcript;
import dev.synckit.testkit.user.CommandOption;
import dev.synckit.testkit.user.MemberActions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /emulator/…}: what a browser page needs to show the guild and act in it as a named member. Loopback only,
 * no token: it is the emulator's own control surface, not Discord's API.
 */
final class PlaygroundRoutes implements RestResource {

    /** Below the page's and the forwarding service's read timeouts, so a quiet long-poll ends as an answer. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    private final EmulatedGuild guild;
    private final Transcript transcript;
    private final MemberActions actions;

    PlaygroundRoutes(EmulatedGuild guild, Transcript transcript, MemberActions actions) {
        this.guild = guild;
        this.transcript = transcript;
        this.actions = actions;
    }

    @Override
    public Optional<RestReply> handle(RestRequest request) {
        try {
            if (request.matches("GET", "revision")) {
                return Optional.of(RestReply.ok(WireJson.mapper().createObjectNode()
                        .put("revision", revisionAfter(request))));
            }
            if (request.matches("GET", "attachments", "*")) {
                return Optional.of(transcript.file(request.id(1))
                        .map(file -> RestReply.file(file.contentType(), file.content()))
                        .orElseGet(() -> refusal(404, "no such attachment")));
            }
            if (request.matches("GET", "commands")) {
                return Optional.of(RestReply.ok(commands()));
            }
            if (request.matches("GET", "guild")) {
                return Optional.of(RestReply.ok(guildSummary()));
            }
            if (request.matches("GET", "channels", "*", "messages")) {
                ArrayNode messages = WireJson.mapper().createArrayNode();
                transcript.channelMessages(request.id(1)).forEach(message -> messages.add(message.latest().json()));
                return Optional.of(RestReply.ok(messages));
            }
            if (request.matches("POST", "members")) {
                Member member = guild.member(text(request.body(), "name"), strings(request.body().path("roles")));
                return Optional.of(RestReply.ok(memberSummary(member)));
            }
            if (request.matches("POST", "interactions", "commands")) {
                return Optional.of(accepted(slashCommand(request.body())));
            }
            if (request.matches("POST", "interactions", "buttons")) {
                return Optional.of(accepted(click(request.body())));
            }
            if (request.matches("GET", "interactions", "*")) {
                return Optional.of(transcript.interaction(request.id(1)).map(this::answers)
                        .map(RestReply::ok).orElseGet(() -> refusal(404, "no such interaction")));
            }
            return Optional.empty();
        } catch (NoSuchElementException e) {
            return Optional.of(refusal(404, e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Optional.of(refusal(400, e.getMessage()));
        } catch (IllegalStateException e) {
            return Optional.of(refusal(409, e.getMessage()));
        }
    }

    /**
     * The transcript's revision once it is past {@code ?after=N}, waiting at most {@code ?wait_ms} (bounded by
     * {@link #LONGEST_WAIT}): a page long-polls this instead of fetching every message again and again.
     */
    private long revisionAfter(RestRequest request) {
        long after = longParameter(request, "after", -1);
        long waitMillis = Math.clamp(longParameter(request, "wait_ms", 0), 0, LONGEST_WAIT.toMillis());
        if (transcript.revision() > after || waitMillis == 0) {
            return transcript.revision();
        }
        try {
            return transcript.await("a change after revision " + after, Duration.ofMillis(waitMillis),
                    () -> Optional.of(transcript.revision()).filter(revision -> revision > after));
        } catch (NotSeenException quiet) {
            return transcript.revision();
        }
    }

    /** The commands a member can invoke: the guild's, then the global ones the guild does not shadow. */
    private ArrayNode commands() {
        ArrayNode commands = WireJson.mapper().createArrayNode();
        Set<String> names = new HashSet<>();
        List<CommandRegistration> newestFirst = transcript.registrations().reversed();
        newestFirst.stream().filter(registration -> !registration.global()).findFirst()
                .ifPresent(registration -> registration.commands().forEach(command -> {
                    names.add(command.path("name").asText());
                    commands.add(command);
                }));
        newestFirst.stream().filter(CommandRegistration::global).findFirst()
                .ifPresent(registration -> registration.commands().forEach(command -> {
                    if (names.add(command.path("name").asText())) {
                        commands.add(command);
                    }
                }));
        return commands;
    }

    private static long longParameter(RestRequest request, String name, long fallback) {
        String value = request.url().queryParameter(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("?" + name + " must be a whole number");
        }
    }

    private InteractionExchange slashCommand(JsonNode body) {
        List<CommandOption> options = new ArrayList<>();
        body.path("options").forEach(option -> options.add(option(option)));
        return actions.slashCommand(member(body), guild.channel(Long.parseUnsignedLong(text(body, "channel_id")))
                .orElseThrow(() -> new NoSuchElementException("no such channel")), text(body, "command"), options);
    }

    private InteractionExchange click(JsonNode body) {
        RecordedMessage message = transcript.message(Long.parseUnsignedLong(text(body, "message_id")))
                .orElseThrow(() -> new NoSuchElementException("no such message"));
        return actions.click(member(body), message, text(body, "custom_id"));
    }

    private static CommandOption option(JsonNode option) {
        String name = text(option, "name");
        JsonNode value = option.path("value");
        if (value.isBoolean()) {
            return CommandOption.bool(name, value.asBoolean());
        }
        if (value.isIntegralNumber()) {
            return CommandOption.integer(name, value.asLong());
        }
        if (value.isTextual()) {
            return CommandOption.string(name, value.asText());
        }
        List<CommandOption> nested = new ArrayList<>();
        option.path("options").forEach(inner -> nested.add(option(inner)));
        return CommandOption.subcommand(name, nested.toArray(CommandOption[]::new));
    }

    private Member member(JsonNode body) {
        String name = text(body, "member");
        return guild.memberNamed(name).orElseThrow(() -> new NoSuchElementException("no member named " + name));
    }

    private ObjectNode answers(InteractionExchange exchange) {
        ObjectNode node = WireJson.mapper().createObjectNode().put("id", Long.toUnsignedString(exchange.id()));
        ArrayNode callbacks = node.putArray("callbacks");
        for (Callback callback : exchange.callbacks()) {
            callbacks.addObject().put("type", callback.type()).set("data", callback.data());
        }
        node.set("original", exchange.original().map(message -> (JsonNode) message.latest().json())
                .orElseGet(() -> WireJson.mapper().nullNode()));
        ArrayNode followUps = node.putArray("follow_ups");
        exchange.followUps().forEach(message -> followUps.add(message.latest().json()));
        return node;
    }

    private ObjectNode guildSummary() {
        ObjectNode node = WireJson.mapper().createObjectNode()
                .put("id", Long.toUnsignedString(guild.id())).put("name", guild.name());
        ArrayNode roles = node.putArray("roles");
        guild.roles().forEach(role -> roles.addObject().put("id", Long.toUnsignedString(role.id()))
                .put("name", role.name()).put("permissions", Long.toUnsignedString(role.permissions())));
        ArrayNode channels = node.putArray("channels");
        guild.channels().forEach(channel -> channels.addObject()
                .put("id", Long.toUnsignedString(channel.id())).put("name", channel.name()));
        ArrayNode members = node.putArray("members");
        guild.members().forEach(member -> members.add(memberSummary(member)));
        return node;
    }

    private ObjectNode memberSummary(Member member) {
        ObjectNode node = WireJson.mapper().createObjectNode()
                .put("id", Long.toUnsignedString(member.id())).put("name", member.name()).put("bot", member.bot())
                .put("permissions", Long.toUnsignedString(guild.permissionsOf(member)));
        ArrayNode roles = node.putArray("roles");
        guild.roles().stream().filter(role -> member.roleIds().contains(role.id()))
                .map(Role::name).forEach(roles::add);
        return node;
    }

    private static RestReply accepted(InteractionExchange exchange) {
        return RestReply.json(202, WireJson.mapper().createObjectNode()
                .put("interaction_id", Long.toUnsignedString(exchange.id())));
    }

    private static RestReply refusal(int status, String message) {
        return RestReply.json(status, WireJson.mapper().createObjectNode().put("message", message));
    }

    private static String text(JsonNode body, String key) {
        JsonNode value = body.path(key);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string");
        }
        return value.asText();
    }

    private static String[] strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values.toArray(String[]::new);
    }
}
