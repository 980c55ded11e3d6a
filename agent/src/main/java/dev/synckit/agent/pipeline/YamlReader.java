package dev.synckit.agent.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/** Reads YAML into {@link YamlNode}s with line numbers, which a bound tree (JsonNode, records) would lose. */
final class YamlReader {

    private final YAMLFactory factory = new YAMLFactory();

    /** The document's root, or an empty mapping for an empty file. */
    YamlNode read(Reader source, String file) throws ConfigException, IOException {
        try (JsonParser parser = factory.createParser(source)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(new LinkedHashMap<>(), 1);
            }
            return node(parser, file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            throw new ConfigException(file, line, "(yaml)", firstLine(e.getOriginalMessage()));
        }
    }

    private YamlNode node(JsonParser parser, String file) throws IOException, ConfigException {
        int line = parser.currentTokenLocation().getLineNr();
        return switch (parser.currentToken()) {
            case START_OBJECT -> mapping(parser, file, line);
            case START_ARRAY -> sequence(parser, file, line);
            case VALUE_NULL -> new YamlNode.Scalar("", false, true, line);
            case VALUE_STRING -> new YamlNode.Scalar(parser.getText(), true, false, line);
            default -> new YamlNode.Scalar(parser.getText(), false, false, line);
        };
    }

    private YamlNode mapping(JsonParser parser, String file, int line) throws IOException, ConfigException {
        var entries = new LinkedHashMap<String, YamlNode.Entry>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            var value = node(parser, file);
            if (entries.putIfAbsent(key, new YamlNode.Entry(key, keyLine, value)) != null) {
                throw new ConfigException(file, keyLine, key, "duplicate key");
            }
        }
        return new YamlNode.Mapping(entries, line);
    }

    private YamlNode sequence(JsonParser parser, String file, int line) throws IOException, ConfigException {
        var items = new ArrayList<YamlNode>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser, file));
        }
        return new YamlNode.Sequence(items, line);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not valid YAML";
        }
        int newline = message.indexOf('\n');
        return "not valid YAML: " + (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
