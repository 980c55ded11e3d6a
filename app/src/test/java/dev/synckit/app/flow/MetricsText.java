package dev.synckit.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code GET /metrics} as Prometheus scrapes it, over real HTTP, read series by series. The exporter ends every label
 * list with a comma ({@code {a="1",}}); series are looked up without it, as PromQL writes them.
 */
record MetricsText(String body) {

    MetricsText {
        body = body.replace(",} ", "} ");
    }

    static MetricsText scrape(int port) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("text/plain; version=0.0.4; charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow());
        return new MetricsText(response.body());
    }

    /** The value of one series, written as Prometheus shows it: {@code name{label="v",…}}. */
    double value(String series) {
        return find(series).orElseThrow(() -> new AssertionError("no series " + series + " in:\n" + synckitLines()));
    }

    Optional<Double> find(String series) {
        return body.lines().filter(line -> line.startsWith(series + " "))
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).findFirst();
    }

    /** Whether any sample of the metric {@code name} is shown (a histogram's buckets, count and sum included). */
    boolean shows(String name) {
        return body.lines().filter(line -> !line.startsWith("#")).map(MetricsText::metricName)
                .anyMatch(metric -> metric.equals(name) || metric.equals(name + "_bucket")
                        || metric.equals(name + "_count") || metric.equals(name + "_sum"));
    }

    String synckitLines() {
        return String.join("\n", body.lines().filter(line -> line.startsWith("synckit_")).toList());
    }

    private static String metricName(String line) {
        var end = line.indexOf('{');
        return end < 0 ? line.substring(0, Math.max(0, line.indexOf(' '))) : line.substring(0, end);
    }
}
