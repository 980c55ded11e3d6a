package dev.synckit.webhooks;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.exporter.common.TextFormat;

/** {@code GET /metrics}: every meter of the service in the Prometheus text format. */
final class MetricsRoutes implements HttpService {

    private final PrometheusMeterRegistry meters;

    MetricsRoutes(PrometheusMeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/metrics", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, TextFormat.CONTENT_TYPE_004);
            res.send(meters.scrape());
        }).any("/metrics", MethodNotAllowed.ALLOW_GET);
    }
}
