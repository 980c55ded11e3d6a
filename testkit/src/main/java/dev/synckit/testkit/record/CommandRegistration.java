package dev.synckit.testkit.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One bulk overwrite of commands: global ({@code guildId} 0) or for one guild, as the emulator answered it. */
public record CommandRegistration(long guildId, ArrayNode commands, Instant at) {

    public CommandRegistration {
        commands = commands.deepCopy();
    }

    @Override
    public ArrayNode commands() {
        return commands.deepCopy();
    }

    public boolean global() {
        return guildId == 0;
    }

    public List<String> names() {
        List<String> names = new ArrayList<>();
        commands.forEach(command -> names.add(command.path("name").asText()));
        return names;
    }

    public JsonNode command(String name) {
        for (JsonNode command : commands) {
            if (command.path("name").asText().equals(name)) {
                return command.deepCopy();
            }
        }
        return null;
    }
}
