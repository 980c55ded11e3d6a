package dev.synckit.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.testkit.guild.SnowflakeSource;
import dev.synckit.testkit.record.CommandRegistration;
import dev.synckit.testkit.record.Transcript;
import dev.synckit.testkit.rest.DiscordError.Violation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code applications/{app}/commands} and {@code applications/{app}/guilds/{guild}/commands}: bulk overwrites are
 * stored and counted (Discord allows 200 creations a day per guild), and a command keeps its id across overwrites,
 * as on Discord.
 */
final class CommandRoutes implements RestResource {

    private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");
    private static final int MAX_COMMANDS = 100;
    private static final int DESCRIPTION = 100;
    private static final int OPTIONS = 25;

    private final EmulatedGuild guild;
    private final SnowflakeSource ids;
    private final Transcript transcript;
    private final Clock clock;

    CommandRoutes(EmulatedGuild guild, SnowflakeSource ids, Transcript transcript, Clock clock) {
        this.guild = guild;
        this.ids = ids;
        this.transcript = transcript;
        this.clock = clock;
    }

    @Override
    public Optional<RestReply> handle(RestRequest request) {
        boolean global = request.pathMatches("applications", "*", "commands");
        boolean inGuild = request.pathMatches("applications", "*", "guilds", "*", "commands");
        if (!global && !inGuild) {
            return Optional.empty();
        }
        if (request.id(1) != guild.application().id()) {
            return Optional.of(DiscordError.notFound(10002, "Unknown Application"));
        }
        if (inGuild && request.id(3) != guild.id()) {
            return Optional.of(DiscordError.of(403, 50001, "Missing Access"));
        }
        long scope = inGuild ? guild.id() : 0;
        return Optional.of(switch (request.method()) {
            case "GET" -> RestReply.ok(current(scope));
            case "PUT" -> overwrite(scope, request.body());
            default -> DiscordError.methodNotAllowed();
        });
    }

    private RestReply overwrite(long scope, JsonNode sent) {
        List<Violation> violations = check(sent);
        if (!violations.isEmpty()) {
            return DiscordError.invalidFormBody(violations);
        }
        ArrayNode previous = current(scope);
        ArrayNode stored = WireJson.mapper().createArrayNode();
        for (JsonNode command : sent) {
            ObjectNode answer = ((ObjectNode) command).deepCopy();
            int type = command.path("type").asInt(1);
            answer.put("id", idOf(previous, command.path("name").asText(), type))
                    .put("application_id", Long.toUnsignedString(guild.application().id()))
                    .put("version", Long.toUnsignedString(ids.next()))
                    .put("type", type)
                    .put("nsfw", command.path("nsfw").asBoolean(false));
            if (!answer.has("default_member_permissions")) {
                answer.putNull("default_member_permissions");
            }
            if (scope != 0) {
                answer.put("guild_id", Long.toUnsignedString(scope));
            }
            stored.add(answer);
        }
        transcript.recordRegistration(new CommandRegistration(scope, stored, clock.instant()));
        return RestReply.ok(stored);
    }

    private ArrayNode current(long scope) {
        return transcript.registrations().stream()
                .filter(registration -> registration.guildId() == scope)
                .reduce((first, second) -> second)
                .map(CommandRegistration::commands)
                .orElseGet(() -> WireJson.mapper().createArrayNode());
    }

    private String idOf(ArrayNode previous, String name, int type) {
        for (JsonNode command : previous) {
            if (command.path("name").asText().equals(name) && command.path("type").asInt(1) == type) {
                return command.path("id").asText();
            }
        }
        return Long.toUnsignedString(ids.next());
    }

    private static List<Violation> check(JsonNode sent) {
        List<Violation> violations = new ArrayList<>();
        if (!sent.isArray()) {
            violations.add(new Violation(List.of(), "BASE_TYPE_BAD_ARRAY", "Must be an array."));
            return violations;
        }
        if (sent.size() > MAX_COMMANDS) {
            violations.add(Violation.maxLength(List.of(), MAX_COMMANDS));
        }
        for (int i = 0; i < sent.size(); i++) {
            JsonNode command = sent.get(i);
            String index = String.valueOf(i);
            boolean slash = command.path("type").asInt(1) == 1;
            String name = command.path("name").asText("");
            if (!NAME.matcher(name).matches() || (slash && !name.equals(name.toLowerCase(java.util.Locale.ROOT)))) {
                violations.add(new Violation(List.of(index, "name"), "APPLICATION_COMMAND_INVALID_NAME",
                        "Command name is invalid"));
            }
            String description = command.path("description").asText("");
            if (slash && (description.isEmpty() || description.length() > DESCRIPTION)) {
                violations.add(new Violation(List.of(index, "description"), "BASE_TYPE_BAD_LENGTH",
                        "Must be between 1 and " + DESCRIPTION + " in length."));
            }
            if (command.path("options").size() > OPTIONS) {
                violations.add(Violation.maxLength(List.of(index, "options"), OPTIONS));
            }
        }
        return violations;
    }
}
