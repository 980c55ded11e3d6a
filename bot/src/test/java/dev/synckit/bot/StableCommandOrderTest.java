package dev.synckit.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.contract.WireJson;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Subcommands go to Discord in name order whatever order jda-commands built them in; nothing else is touched. */
class StableCommandOrderTest {

    private static final String COMMANDS = """
            [{"name":"token","options":[{"type":1,"name":"revoke"},{"type":1,"name":"create"},{"type":1,"name":"list"}]},
             {"name":"deploy","options":[{"type":3,"name":"target"},{"type":3,"name":"ref"}]}]""";

    @Test
    void aBulkOverwriteSendsSubcommandsByNameAndOtherOptionsAsDeclared() throws Exception {
        var builder = request("PUT", "https://discord.com/api/v10/applications/1/guilds/2/commands", COMMANDS);
        new StableCommandOrder().accept(builder);

        var sent = WireJson.mapper().readTree(body(builder.build()));
        assertEquals(List.of("create", "list", "revoke"), names(sent.get(0).path("options")));
        assertEquals(List.of("target", "ref"), names(sent.get(1).path("options")));
    }

    @Test
    void anyOtherRequestIsSentAsItIs() throws Exception {
        var builder = request("POST", "https://discord.com/api/v10/channels/3/messages", COMMANDS);
        new StableCommandOrder().accept(builder);
        assertEquals(COMMANDS, body(builder.build()));
    }

    private static Request.Builder request(String method, String url, String json) {
        return new Request.Builder().url(url).method(method,
                RequestBody.create(json, MediaType.get("application/json")));
    }

    private static String body(Request request) throws Exception {
        try (var buffer = new Buffer()) {
            request.body().writeTo(buffer);
            return buffer.readUtf8();
        }
    }

    private static List<String> names(com.fasterxml.jackson.databind.JsonNode options) {
        var names = new ArrayList<String>();
        options.forEach(option -> names.add(option.path("name").asText()));
        return names;
    }
}
