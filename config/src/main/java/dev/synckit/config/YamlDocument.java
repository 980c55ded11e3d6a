package dev.synckit.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a YAML file into {@link YamlNode}s with their line numbers. Jackson's tree model forgets where a value was
 * written, and an error that cannot say the line is of little help to an operator.
 */
final class YamlDocument {

    private final YAMLFactory factory = new YAMLFactory();

    /**
     * The document's root; an empty file is an empty mapping. Jackson 2 still throws its deprecated
     * {@code MarkedYAMLException} for a syntax error, and only that type carries SnakeYAML's problem without the
     * quoted file around it.
     */
    @SuppressWarnings("deprecation")
    YamlNode read(Path file, Problems problems) {
        try (var parser = factory.createParser(Files.newBufferedReader(file))) {
            var first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(List.of(), 1);
            }
            return node(parser);
        } catch (MarkedYAMLException e) {
            // SnakeYAML's own problem and mark: the message around them quotes the file, which may hold anything
            var line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw problems.fail(Origin.file(file, line), "", "not valid YAML: " + firstLine(e.getProblem()));
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            var line = location == null ? 1 : Math.max(1, location.getLineNr());
            throw problems.fail(Origin.file(file, line), "", "not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw problems.fail(Origin.file(file, 1), "", "cannot read the file: " + e.getClass().getSimpleName());
        }
    }

    private YamlNode node(JsonParser parser) throws IOException {
        var line = parser.currentTokenLocation().getLineNr();
        var token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            var entries = new ArrayList<YamlNode.Entry>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var key = parser.currentName();
                var keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                entries.add(new YamlNode.Entry(key, keyLine, node(parser)));
            }
            return new YamlNode.Mapping(entries, line);
        }
        if (token == JsonToken.START_ARRAY) {
            var items = new ArrayList<YamlNode>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser));
            }
            return new YamlNode.Sequence(items, line);
        }
        return new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
    }

    private static String firstLine(String message) {
        var text = message == null ? "syntax error" : message.strip();
        var end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
