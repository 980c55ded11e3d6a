package dev.synckit.store;

import dev.synckit.contract.NewVersionEvent;
import dev.synckit.core.event.EventState;
import dev.synckit.core.event.EventStore;
import dev.synckit.core.event.StoredEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** New-version events in table {@code new_version_event}; the primary key makes the first claim race-free. */
final class SqlEventStore implements EventStore {

    private static final String COLUMNS = "package_name, version, apk_ref, proto_sha, detected_at, app_version, build,"
            + " client_version, platform, proto_text_b64, state, attempts, received_at, handled_at, last_error";

    private final Database database;

    SqlEventStore(Database database) {
        this.database = database;
    }

    @Override
    public boolean insertClaimed(NewVersionEvent event, String body, Instant now) {
        var at = UtcMillis.of(now);
        try {
            database.write("storing new version " + event.packageName() + " " + event.version(),
                    "INSERT INTO new_version_event (package_name, version, body, apk_ref, proto_sha, detected_at,"
                            + " app_version, build, client_version, platform, proto_text_b64, state, attempts,"
                            + " received_at, claimed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'HANDLING', 1, ?, ?)",
                    event.packageName(), event.version(), body, event.apkRef(), event.protoSha(), event.detectedAt(),
                    event.appVersion(), event.build(), event.clientVersion(), event.platform(), event.protoTextB64(),
                    at, at);
            return true;
        } catch (DuplicateRowException e) {
            return false;
        }
    }

    @Override
    public boolean reclaim(String packageName, String version, Instant now, Instant staleBefore) {
        // one conditional UPDATE: of concurrent callers, only the one whose update matched the row wins
        return database.write("reclaiming new version " + packageName + " " + version,
                "UPDATE new_version_event SET state = 'HANDLING', attempts = attempts + 1, claimed_at = ?,"
                        + " handled_at = NULL WHERE package_name = ? AND version = ?"
                        + " AND (state = 'FAILED' OR (state = 'HANDLING' AND claimed_at < ?))",
                UtcMillis.of(now), packageName, version, UtcMillis.of(staleBefore)) == 1;
    }

    @Override
    public void markHandled(String packageName, String version, Instant now) {
        database.write("marking new version " + packageName + " " + version + " handled",
                "UPDATE new_version_event SET state = 'HANDLED', handled_at = ? WHERE package_name = ? AND version = ?",
                UtcMillis.of(now), packageName, version);
    }

    @Override
    public void markFailed(String packageName, String version, String error, Instant now) {
        // "now" is not stored: a failed attempt is not handled, and claimed_at already says when it started
        database.write("marking new version " + packageName + " " + version + " failed",
                "UPDATE new_version_event SET state = 'FAILED', handled_at = NULL, last_error = ?"
                        + " WHERE package_name = ? AND version = ?",
                error, packageName, version);
    }

    @Override
    public Optional<StoredEvent> find(String packageName, String version) {
        return database.one("reading new version " + packageName + " " + version,
                "SELECT " + COLUMNS + " FROM new_version_event WHERE package_name = ? AND version = ?",
                packageName, version).map(SqlEventStore::toStoredEvent);
    }

    @Override
    public List<StoredEvent> recent(int limit) {
        return database.many("reading recent new versions",
                "SELECT " + COLUMNS + " FROM new_version_event ORDER BY received_at DESC, package_name, version"
                        + " LIMIT ?", limit).stream().map(SqlEventStore::toStoredEvent).toList();
    }

    private static StoredEvent toStoredEvent(ResultRow row) {
        var event = new NewVersionEvent(row.text("package_name"), row.text("version"), row.text("apk_ref"),
                row.text("proto_sha"), row.text("detected_at"), row.optionalText("app_version").orElse(null),
                row.optionalText("build").orElse(null), row.optionalText("client_version").orElse(null),
                row.optionalText("platform").orElse(null), row.optionalText("proto_text_b64").orElse(null));
        return new StoredEvent(event, EventState.valueOf(row.text("state")), (int) row.number("attempts"),
                row.instant("received_at"), row.optionalInstant("handled_at"), row.optionalText("last_error"));
    }
}
