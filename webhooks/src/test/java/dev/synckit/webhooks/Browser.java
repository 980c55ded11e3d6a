package dev.synckit.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A browser as the login sees it, one step at a time: it follows no redirect by itself and keeps the cookies the
 * service sets (name to value), sending them back only to the service.
 */
final class Browser {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI service;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(URI service) {
        this.service = service;
    }

    HttpResponse<String> get(String url, String... headers) throws Exception {
        return send("GET", url, headers);
    }

    HttpResponse<String> post(String url, String... headers) throws Exception {
        return send("POST", url, headers);
    }

    /** Follows the response's Location once (relative to the service). */
    HttpResponse<String> follow(HttpResponse<String> redirect, String... headers) throws Exception {
        return get(redirect.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location in " + redirect.statusCode() + " " + redirect.body())), headers);
    }

    Map<String, String> cookies() {
        return cookies;
    }

    private HttpResponse<String> send(String method, String url, String... headers) throws Exception {
        var uri = service.resolve(url);
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (var i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        var toService = uri.getAuthority().equals(service.getAuthority());
        if (toService && !cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (toService) {
            for (var set : response.headers().allValues("Set-Cookie")) {
                var pair = set.substring(0, set.indexOf(';'));
                var name = pair.substring(0, pair.indexOf('='));
                var value = pair.substring(pair.indexOf('=') + 1);
                if (set.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        return response;
    }
}
