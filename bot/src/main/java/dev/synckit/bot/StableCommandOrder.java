package dev.synckit.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Puts the subcommands of every command in a bulk overwrite in name order. jda-commands builds them from a hash set,
 * so their order changes from one start to the next, and Discord shows subcommands in the order sent: without this,
 * a restart would reorder {@code /token create|list|revoke} for every user. Options that are not subcommands keep
 * their declared order. Applied by JDA to each request just before it is sent.
 */
final class StableCommandOrder implements Consumer<Request.Builder> {

    private static final int SUB_COMMAND = 1;
    private static final int SUB_COMMAND_GROUP = 2;
    private static final MediaType JSON = MediaType.get("application/json");

    @Override
    public void accept(Request.Builder builder) {
        var request = builder.build();
        var body = request.body();
        if (!request.method().equals("PUT") || body == null
                || !request.url().encodedPath().endsWith("/commands")) {
            return;
        }
        try (var buffer = new Buffer()) {
            body.writeTo(buffer);
            var commands = WireJson.mapper().readTree(buffer.readByteArray());
            if (!commands.isArray()) {
                return;
            }
            commands.forEach(StableCommandOrder::sortSubcommands);
            builder.method("PUT", RequestBody.create(WireJson.mapper().writeValueAsBytes(commands), JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the slash commands JDA is about to send", e);
        }
    }

    private static void sortSubcommands(JsonNode command) {
        if (!(command instanceof ObjectNode object) || !(object.get("options") instanceof ArrayNode options)) {
            return;
        }
        var nested = new ArrayList<JsonNode>();
        options.forEach(nested::add);
        if (nested.stream().allMatch(StableCommandOrder::isSubcommand) && !nested.isEmpty()) {
            nested.sort(Comparator.comparing(option -> option.path("name").asText()));
            options.removeAll();
            nested.forEach(options::add);
        }
        nested.forEach(StableCommandOrder::sortSubcommands);
    }

    private static boolean isSubcommand(JsonNode option) {
        int type = option.path("type").asInt();
        return type == SUB_COMMAND || type == SUB_COMMAND_GROUP;
    }
}
