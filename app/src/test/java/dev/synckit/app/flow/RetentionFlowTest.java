package dev.synckit.app.flow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.TestService;
import dev.synckit.config.Secret;
import dev.synckit.config.StoreSettings;
import dev.synckit.config.TargetSettings;
import dev.synckit.store.Store;
import dev.synckit.store.testing.StoreContents;
import dev.synckit.store.testing.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running service prunes at start, records it, says so where a log went, and shows how big its store is on
 * {@code /metrics}.
 */
class RetentionFlowTest {

    @TempDir
    Path tmp;

    private RunningSyncKit service;

    @AfterEach
    void stop() throws Exception {
        TestService.stopAll(service);
    }

    @Test
    void atStartExpiredRowsGoTheAuditLogSaysSoAndMetricsShowTheStoreSize() throws Exception {
        var dataDir = tmp.resolve("service");
        // events and logs from March 2026, more than the default 90 days ago
        try (var store = Store.open(TestDatabase.at(StoreSettings.h2Url(dataDir), "", "").connection())) {
            StoreContents.fill(store, 6, false);
        }

        service = TestService.start(dataDir, List.of(TargetSettings.of("web", URI.create("http://127.0.0.1:9"),
                Secret.of("agent-secret"))));
        var api = new ServiceClient(service.port());

        var pruned = await().atMost(Duration.ofSeconds(20)).until(() -> ServiceClient.json(
                        api.send("GET", "/api/v1/audit?limit=1", null).body()).get(0),
                entry -> entry.get("action").asText().equals("store.pruned"));
        assertEquals("system", pruned.get("actor").asText());
        assertTrue(pruned.get("detail").asText().contains("new_version_event 2"), pruned.toString());

        // a failed deployment of March: its row and steps stay, its log went, and reading it says why
        var failed = StreamSupport.stream(ServiceClient.json(api.send("GET", "/api/v1/deployments?limit=100", null)
                .body()).spliterator(), false).filter(d -> d.get("target").asText().equals("web-1")).findFirst()
                .orElseThrow();
        assertEquals("failed", failed.get("status").asText());
        var log = api.send("GET", "/api/v1/deployments/" + failed.get("id").asText() + "/log", null);
        assertEquals(200, log.statusCode());
        assertEquals("(No log is kept of deployments that finished more than 90 days ago (retention.logs); this one's"
                + " steps and outcome remain. The agent keeps its own copy for as long as its retention says.)\n",
                log.body());

        var metrics = MetricsText.scrape(service.port());
        assertEquals(7, metrics.value("synckit_store_rows{table=\"deployment\"}"));
        assertTrue(metrics.value("synckit_store_file_bytes") > 0, "the H2 file size");
    }
}
