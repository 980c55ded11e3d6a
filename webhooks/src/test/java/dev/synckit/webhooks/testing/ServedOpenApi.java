package dev.synckit.webhooks.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The OpenAPI document a running service serves at {@code /openapi.yaml}, parsed, and a probe that sends each of
 * its operations to that service: an operation is unserved when it meets the 404 of an unknown path or a 405.
 *
 * @param answer   the answer to {@code GET /openapi.yaml}
 * @param document the body read as YAML
 */
public record ServedOpenApi(URI service, HttpResponse<String> answer, JsonNode document) {

    /** Operations' keys in a path item; anything else there ({@code parameters}, {@code summary}) is not one. */
    public static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    /** A path parameter in a template, {@code {id}}: OpenAPI and Helidon write them alike. */
    public static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");
    private static final String UNKNOWN_PATH = "{\"error\":\"no such endpoint\"}";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One operation: its method (upper case), its path template and its tags. */
    public record Operation(String method, String path, List<String> tags) {

        public boolean tagged(String tag) {
            return tags.contains(tag);
        }
    }

    /** Reads the document {@code service} serves. */
    public static ServedOpenApi of(URI service) throws IOException, InterruptedException {
        var answer = send(service, "GET", "/openapi.yaml");
        return new ServedOpenApi(service, answer, new ObjectMapper(new YAMLFactory()).readTree(answer.body()));
    }

    /** Every operation of the document, in its order. */
    public List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                var tags = new ArrayList<String>();
                entry.getValue().path("tags").forEach(tag -> tags.add(tag.asText()));
                operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        List.copyOf(tags)));
            }
        }));
        return operations;
    }

    /**
     * Sends each operation {@code which} selects, without credentials (POST and PUT with {@code {}}, each path
     * parameter {@code 1}), and answers those the service does not serve, each with what it answered.
     */
    public List<String> unserved(Predicate<Operation> which) throws IOException, InterruptedException {
        var unserved = new ArrayList<String>();
        for (var operation : operations().stream().filter(which).toList()) {
            var path = TEMPLATE.matcher(operation.path()).replaceAll("1");
            var answer = send(service, operation.method(), path);
            if (answer.statusCode() == 405 || answer.statusCode() == 404 && answer.body().equals(UNKNOWN_PATH)) {
                unserved.add(operation.method() + " " + path + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        return unserved;
    }

    private static HttpResponse<String> send(URI service, String method, String path)
            throws IOException, InterruptedException {
        var body = method.equals("POST") || method.equals("PUT") ? HttpRequest.BodyPublishers.ofString("{}")
                : HttpRequest.BodyPublishers.noBody();
        var request = HttpRequest.newBuilder(service.resolve(path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(method, body)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
