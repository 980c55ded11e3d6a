package dev.synckit.webhooks;

import dev.synckit.core.store.StoreSnapshot;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code GET /api/v1/backup} (bearer {@code SYNCKIT_API_TOKEN}, or a maintainer's session; a scoped token may not):
 * a backup of the running service's store, the file
 * {@code restore} reads. The one way to back up a running service on H2, whose file only the service may open.
 */
final class BackupRoutes implements HttpService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StoreSnapshot snapshot;
    private final ApiGuard guard;
    private final Clock clock;

    BackupRoutes(StoreSnapshot snapshot, ApiGuard guard, Clock clock) {
        this.snapshot = snapshot;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/api/v1/backup", guard.unrestricted("read the backup", (req, res, caller) -> backup(req, res)))
                .any("/api/v1/backup", MethodNotAllowed.ALLOW_GET);
    }

    private void backup(ServerRequest req, ServerResponse res) {
        res.status(Status.OK_200)
                .header(HeaderNames.CONTENT_TYPE, HttpMediaType.create("application/gzip").text())
                .header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"synckit-"
                        + STAMP.format(clock.instant()) + ".backup.gz\"");
        // streamed: a failure after the first bytes cuts the body short, and restore refuses a file without its end
        try (var out = res.outputStream()) {
            snapshot.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
