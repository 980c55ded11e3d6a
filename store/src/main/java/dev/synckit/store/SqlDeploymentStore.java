package dev.synckit.store;

import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStore;
import dev.synckit.core.deployment.KeptOutput;
import dev.synckit.core.deployment.StoredDeployment;
import io.helidon.dbclient.DbTransaction;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Deployments in table {@code deployment}. Two guards keep replicas apart: every update is a compare-and-set on
 * the row's version (which every change increments, a claim included), and the unique {@code running_target}
 * column admits one running deployment per target.
 */
final class SqlDeploymentStore implements DeploymentStore {

    private static final String COLUMNS = "id, target, status, requested_by, reason, ref, from_hash, to_hash, error,"
            + " steps, created_at, started_at, finished_at, agent_deployment_id";

    private final Database database;

    SqlDeploymentStore(Database database) {
        this.database = database;
    }

    @Override
    public void insert(Deployment deployment) {
        database.write("storing deployment " + deployment.id(),
                "INSERT INTO deployment (id, target, status, running_target, requested_by, reason, ref, from_hash,"
                        + " to_hash, error, steps, created_at, started_at, finished_at, agent_deployment_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                deployment.id().value(), deployment.target(), deployment.status().name(),
                deployment.status() == DeploymentStatus.RUNNING ? deployment.target() : null,
                deployment.requestedBy(), deployment.reason(), deployment.ref().orElse(null),
                deployment.fromHash().orElse(null), deployment.toHash().orElse(null),
                deployment.error().orElse(null), StepsJson.write(deployment.steps()),
                UtcMillis.of(deployment.createdAt()), UtcMillis.orNull(deployment.startedAt()),
                UtcMillis.orNull(deployment.finishedAt()), deployment.agentRunId().orElse(null));
    }

    @Override
    public Optional<Deployment> find(DeploymentId id) {
        return database.one("reading deployment " + id, "SELECT " + COLUMNS + " FROM deployment WHERE id = ?",
                id.value()).map(SqlDeploymentStore::toDeployment);
    }

    @Override
    public Optional<StoredDeployment> findStored(DeploymentId id) {
        return database.one("reading deployment " + id, "SELECT " + COLUMNS + ", row_version FROM deployment"
                + " WHERE id = ?", id.value()).map(row -> new StoredDeployment(toDeployment(row),
                row.number("row_version")));
    }

    @Override
    public Optional<Deployment> findByAgentRun(String target, String agentRunId) {
        return database.one("reading the deployment of run " + agentRunId, "SELECT " + COLUMNS
                        + " FROM deployment WHERE target = ? AND agent_deployment_id = ?", target, agentRunId)
                .map(SqlDeploymentStore::toDeployment);
    }

    @Override
    public List<Deployment> recent(Optional<String> target, int limit) {
        var rows = target.isPresent()
                ? database.many("reading recent deployments of " + target.get(), "SELECT " + COLUMNS
                        + " FROM deployment WHERE target = ? ORDER BY created_at DESC, id DESC LIMIT ?",
                        target.get(), limit)
                : database.many("reading recent deployments", "SELECT " + COLUMNS
                        + " FROM deployment ORDER BY created_at DESC, id DESC LIMIT ?", limit);
        return rows.stream().map(SqlDeploymentStore::toDeployment).toList();
    }

    /**
     * Also false when {@code updated} is running and another deployment of the target already runs: the move
     * would break "one at a time per target". The target and the creation time never change.
     */
    @Override
    public boolean update(StoredDeployment expected, Deployment updated) {
        try {
            return database.write("updating deployment " + updated.id(),
                    "UPDATE deployment SET status = ?, running_target = CASE WHEN ? = 'RUNNING' THEN target END,"
                            + " requested_by = ?, reason = ?, ref = ?, from_hash = ?, to_hash = ?, error = ?,"
                            + " steps = ?, started_at = ?, finished_at = ?, agent_deployment_id = ?,"
                            + " row_version = row_version + 1 WHERE id = ? AND row_version = ?",
                    updated.status().name(), updated.status().name(), updated.requestedBy(), updated.reason(),
                    updated.ref().orElse(null), updated.fromHash().orElse(null), updated.toHash().orElse(null),
                    updated.error().orElse(null), StepsJson.write(updated.steps()),
                    UtcMillis.orNull(updated.startedAt()), UtcMillis.orNull(updated.finishedAt()),
                    updated.agentRunId().orElse(null), updated.id().value(), expected.version()) == 1;
        } catch (DuplicateRowException e) {
            return false;
        }
    }

    @Override
    public Optional<Deployment> claimNext(String target, Instant now) {
        try {
            return database.inTransaction("claiming the next deployment of " + target,
                    tx -> claimOldest(tx, target, now));
        } catch (DuplicateRowException e) {
            // the unique running_target refused it: another replica started one of this target meanwhile
            return Optional.empty();
        }
    }

    private static Optional<Deployment> claimOldest(DbTransaction tx, String target, Instant now) {
        var running = tx.get("SELECT COUNT(*) AS running FROM deployment WHERE target = ? AND status = 'RUNNING'",
                target).map(ResultRow::of).orElseThrow().number("running");
        if (running > 0) {
            return Optional.empty();
        }
        var oldest = tx.get("SELECT id FROM deployment WHERE target = ? AND status = 'QUEUED'"
                + " ORDER BY created_at, id LIMIT 1", target).map(row -> ResultRow.of(row).text("id"));
        // only the oldest may start; when another replica holds its lock, that replica is starting it
        var locked = oldest.flatMap(id -> tx.get("SELECT id FROM deployment WHERE id = ? AND status = 'QUEUED'"
                + " FOR UPDATE SKIP LOCKED", id));
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        tx.dml("UPDATE deployment SET status = 'RUNNING', running_target = target, started_at = ?,"
                + " row_version = row_version + 1 WHERE id = ?",
                UtcMillis.of(now), oldest.get());
        return tx.get("SELECT " + COLUMNS + " FROM deployment WHERE id = ?", oldest.get()).map(ResultRow::of)
                .map(SqlDeploymentStore::toDeployment);
    }

    @Override
    public List<Deployment> inStatus(DeploymentStatus status) {
        return database.many("reading " + status.wireName() + " deployments", "SELECT " + COLUMNS
                + " FROM deployment WHERE status = ? ORDER BY created_at, id", status.name()).stream()
                .map(SqlDeploymentStore::toDeployment).toList();
    }

    @Override
    public Map<String, Map<DeploymentStatus, Long>> unfinishedCounts() {
        var counts = new TreeMap<String, Map<DeploymentStatus, Long>>();
        database.many("counting unfinished deployments", "SELECT target, status, COUNT(*) AS n FROM deployment"
                        + " WHERE status IN (?, ?, ?) GROUP BY target, status",
                        DeploymentStatus.AWAITING_CONFIRMATION.name(), DeploymentStatus.QUEUED.name(),
                        DeploymentStatus.RUNNING.name())
                .forEach(row -> counts.computeIfAbsent(row.text("target"), target -> new EnumMap<>(DeploymentStatus.class))
                        .put(DeploymentStatus.valueOf(row.text("status")), row.number("n")));
        return counts;
    }

    @Override
    public boolean recordProgress(DeploymentId id, long sequence, String type, KeptOutput output,
            Instant receivedAt) {
        try {
            database.write("recording progress " + sequence + " of deployment " + id,
                    "INSERT INTO deployment_progress (deployment_id, sequence, type, output, dropped_lines,"
                            + " dropped_chars, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id.value(), sequence, type, output.text(), output.droppedLines(), output.droppedChars(),
                    UtcMillis.of(receivedAt));
            return true;
        } catch (DuplicateRowException e) {
            return false;
        }
    }

    @Override
    public List<KeptOutput> output(DeploymentId id) {
        return database.many("reading the output of deployment " + id,
                "SELECT output, dropped_lines, dropped_chars FROM deployment_progress WHERE deployment_id = ?"
                        + " AND (output <> '' OR dropped_chars > 0) ORDER BY sequence", id.value()).stream()
                .map(row -> new KeptOutput(row.text("output"), row.number("dropped_lines"),
                        row.number("dropped_chars")))
                .toList();
    }

    @Override
    public long keptOutputChars(DeploymentId id) {
        return database.one("measuring the output of deployment " + id, "SELECT COALESCE(SUM(CHAR_LENGTH(output)), 0)"
                + " AS kept FROM deployment_progress WHERE deployment_id = ?", id.value()).orElseThrow()
                .number("kept");
    }

    @Override
    public Optional<Deployment> lastSucceededBefore(String target, Instant before) {
        return database.one("reading the last succeeded deployment of " + target, "SELECT " + COLUMNS
                        + " FROM deployment WHERE target = ? AND status = 'SUCCEEDED' AND created_at < ?"
                        + " ORDER BY created_at DESC, id DESC LIMIT 1",
                target, UtcMillis.of(before)).map(SqlDeploymentStore::toDeployment);
    }

    private static Deployment toDeployment(ResultRow row) {
        return new Deployment(new DeploymentId(row.text("id")), row.text("target"),
                DeploymentStatus.valueOf(row.text("status")), row.text("requested_by"), row.text("reason"),
                row.optionalText("ref"), row.optionalText("from_hash"), row.optionalText("to_hash"),
                row.optionalText("error"), StepsJson.read(row.text("steps")), row.instant("created_at"),
                row.optionalInstant("started_at"), row.optionalInstant("finished_at"),
                row.optionalText("agent_deployment_id"));
    }
}
