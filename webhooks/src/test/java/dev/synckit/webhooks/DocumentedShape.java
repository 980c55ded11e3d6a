package dev.synckit.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a JSON answer has the shape a schema of the OpenAPI document gives it: the types (with {@code null}),
 * the required fields, no field the schema does not name, the enumerated values, and the same of every field and
 * item inside. The keywords the document uses, no more: a schema that uses another one fails here, not passes.
 */
record DocumentedShape(JsonNode document) {

    private static final List<String> KNOWN = List.of("$ref", "type", "required", "properties",
            "additionalProperties", "items", "enum", "oneOf", "allOf", "description", "example", "default", "format",
            "minimum", "maximum", "pattern", "contentMediaType");

    /** What in {@code value} (at {@code where}) does not fit {@code schema}; empty when all of it does. */
    List<String> faults(JsonNode value, JsonNode schema, String where) {
        var faults = new ArrayList<String>();
        check(value, schema, where, faults);
        return faults;
    }

    private void check(JsonNode value, JsonNode schema, String where, List<String> faults) {
        if (schema.has("$ref")) {
            check(value, document.at(schema.path("$ref").asText().substring(1)), where, faults);
            return;
        }
        schema.fieldNames().forEachRemaining(keyword -> {
            if (!KNOWN.contains(keyword)) {
                faults.add(where + ": the schema uses " + keyword + ", which this check does not know");
            }
        });
        if (schema.has("allOf")) {
            check(value, merged(schema.path("allOf")), where, faults);
            return;
        }
        if (schema.has("oneOf")) {
            var fitting = 0;
            for (var choice : schema.path("oneOf")) {
                fitting += faults(value, choice, where).isEmpty() ? 1 : 0;
            }
            if (fitting != 1) {
                faults.add(where + ": " + value + " fits " + fitting + " of the oneOf choices, not one");
            }
        }
        if (schema.has("type") && !types(schema).contains(type(value))) {
            faults.add(where + ": " + type(value) + " where the schema says " + types(schema));
            return;
        }
        if (schema.has("enum") && !value.isNull() && !contains(schema.path("enum"), value)) {
            faults.add(where + ": " + value + " is none of " + schema.path("enum"));
        }
        if (value.isObject()) {
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    faults.add(where + ": no " + name.asText());
                }
            });
            value.properties().forEach(field -> {
                var declared = schema.path("properties").path(field.getKey());
                if (!declared.isMissingNode()) {
                    check(field.getValue(), declared, where + "." + field.getKey(), faults);
                } else if (schema.path("additionalProperties").isObject()) {
                    check(field.getValue(), schema.path("additionalProperties"), where + "." + field.getKey(), faults);
                } else if (schema.has("properties") && !schema.path("additionalProperties").asBoolean(false)) {
                    faults.add(where + ": " + field.getKey() + " is not in the schema");
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (var i = 0; i < value.size(); i++) {
                check(value.get(i), schema.path("items"), where + "[" + i + "]", faults);
            }
        }
    }

    /** The parts of an {@code allOf} of objects as one object: every part's required fields and properties. */
    private JsonNode merged(JsonNode parts) {
        var merged = JsonNodeFactory.instance.objectNode().put("type", "object");
        var required = merged.putArray("required");
        var properties = merged.putObject("properties");
        parts.forEach(part -> {
            var resolved = part.has("$ref") ? document.at(part.path("$ref").asText().substring(1)) : part;
            if (resolved.path("required") instanceof ArrayNode names) {
                required.addAll(names);
            }
            if (resolved.path("properties") instanceof ObjectNode named) {
                properties.setAll(named);
            }
        });
        return merged;
    }

    private static List<String> types(JsonNode schema) {
        var types = new ArrayList<String>();
        if (schema.path("type").isArray()) {
            schema.path("type").forEach(type -> types.add(type.asText()));
        } else {
            types.add(schema.path("type").asText());
        }
        if (types.contains("number")) {
            types.add("integer");
        }
        return types;
    }

    private static String type(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (var candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
