package dev.synckit.testkit.user;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synckit.contract.WireJson;

import java.util.List;

/** One option of a slash command as a member fills it in: a value, or a subcommand with its own options. */
public record CommandOption(String name, int type, Object value, List<CommandOption> options) {

    private static final int SUBCOMMAND = 1;
    private static final int STRING = 3;
    private static final int INTEGER = 4;
    private static final int BOOLEAN = 5;

    public CommandOption {
        options = List.copyOf(options);
    }

    public static CommandOption string(String name, String value) {
        return new CommandOption(name, STRING, value, List.of());
    }

    public static CommandOption integer(String name, long value) {
        return new CommandOption(name, INTEGER, value, List.of());
    }

    public static CommandOption bool(String name, boolean value) {
        return new CommandOption(name, BOOLEAN, value, List.of());
    }

    public static CommandOption subcommand(String name, CommandOption... options) {
        return new CommandOption(name, SUBCOMMAND, null, List.of(options));
    }

    ObjectNode toJson() {
        ObjectNode node = WireJson.mapper().createObjectNode().put("name", name).put("type", type);
        switch (value) {
            case String text -> node.put("value", text);
            case Long number -> node.put("value", number);
            case Boolean flag -> node.put("value", flag);
            case null -> {
                var nested = node.putArray("options");
                options.forEach(option -> nested.add(option.toJson()));
            }
            default -> throw new IllegalStateException("unsupported option value " + value.getClass());
        }
        return node;
    }
}
