package dev.synckit.store.testing;

import dev.synckit.core.login.DiscordUser;
import dev.synckit.core.login.Session;
import dev.synckit.core.token.ApiToken;
import dev.synckit.core.token.TokenAction;
import dev.synckit.core.token.TokenScope;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.contract.NewVersionEvent;
import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.chat.PostedMessage;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import dev.synckit.core.deployment.DeploymentStep;
import dev.synckit.core.deployment.KeptOutput;
import dev.synckit.core.lock.TargetLock;
import dev.synckit.store.Store;
import java.math.BigDecimal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A store filled through its own ports with some of everything, and every row of every table, to compare. */
public final class StoreContents {

    public static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");

    private StoreContents() {
    }

    /** Deployments in every state with steps and logs, events, locks, audit entries and chat state. */
    public static void fill(Store store, int deployments) {
        fill(store, deployments, true);
    }

    /**
     * The same; without {@code running} no deployment is left running, so that a service started on the store
     * (which ends the running deployments of targets it does not know) changes nothing.
     */
    public static void fill(Store store, int deployments, boolean running) {
        for (var i = 0; i < deployments; i++) {
            var at = T0.plusSeconds(60L * i);
            var queued = Deployment.queued("web-" + i, "user-" + i, "reason ü " + i,
                    i % 2 == 0 ? Optional.of("v1." + i) : Optional.empty(), at);
            store.deployments().insert(queued);
            if (i % 4 == 3) {
                continue;
            }
            var claimed = store.deployments().claimNext(queued.target(), at.plusSeconds(1)).orElseThrow();
            store.deployments().recordProgress(claimed.id(), 1, "step",
                    KeptOutput.whole("pulling\n"), at.plusSeconds(2));
            store.deployments().recordProgress(claimed.id(), 2, "log",
                    KeptOutput.whole("line with \"quotes\" and \t tab\n"),
                    at.plusSeconds(3));
            if (i % 4 == 2 && running) {
                continue;
            }
            var end = i % 4 == 0 ? DeploymentStatus.SUCCEEDED : DeploymentStatus.FAILED;
            var done = new Deployment(claimed.id(), claimed.target(), end, claimed.requestedBy(), claimed.reason(),
                    claimed.ref(), Optional.of("aaa111" + i), Optional.of("bbb222" + i),
                    end == DeploymentStatus.FAILED ? Optional.of("build failed") : Optional.empty(),
                    List.of(new DeploymentStep("git-pull", StepStatus.SUCCEEDED, Optional.of(Duration.ofMillis(1500)),
                                    "Already up to date.\n"),
                            new DeploymentStep("docker-build", end == DeploymentStatus.FAILED ? StepStatus.FAILED
                                    : StepStatus.SUCCEEDED, Optional.of(Duration.ofSeconds(42)), "built")),
                    claimed.createdAt(), claimed.startedAt(), Optional.of(at.plusSeconds(50)),
                    Optional.of("run-" + i));
            assertTrue(store.deployments().update(store.deployments().findStored(done.id()).orElseThrow(), done));
        }
        store.deployments().insert(Deployment.requested("prod", DeploymentStatus.AWAITING_CONFIRMATION, "alice",
                "release", Optional.empty(), T0));

        store.events().insertClaimed(new NewVersionEvent("com.example", "1.2", "/x/base.apk", "deadbeef",
                "2026-06-10T00:00:00Z"), "{\"package\":\"com.example\"}", T0);
        store.events().markHandled("com.example", "1.2", T0.plusSeconds(1));
        store.events().insertClaimed(new NewVersionEvent("com.example", "1.3", "/x/base.apk", "cafe", "2026-06-11T00:00:00Z",
                "13", "b7", "c1", "android", "cHJvdG8="), "{}", T0.plusSeconds(5));
        store.events().markFailed("com.example", "1.3", "listener failed", T0.plusSeconds(6));

        store.locks().acquire(new TargetLock("db", "bob", "migrating", T0));
        for (var i = 0; i < 5; i++) {
            store.audit().append(new AuditEntry(T0.plusMillis(i), "alice", "deploy", "web-" + i, "detail " + i));
        }
        store.chat().rememberMessage(new PostedMessage("status", "deployment-1", "100", "200", T0));
        store.chat().claimOnce("click:confirm:1", T0);
        store.chat().putSetting("commands.fingerprint", "abc123");
        store.tokens().insert(new ApiToken("0123456789ab", "ci", new TokenScope(false, Set.of("web-0"),
                Set.of(TokenAction.DEPLOY, TokenAction.READ)), "alice", T0, Optional.of(T0.plusSeconds(9)),
                Optional.empty()), "hash-of-the-ci-token");
        store.sessions().create(new Session("session-1", new DiscordUser("42", "mia", Optional.empty(), true), T0,
                T0, T0.plusSeconds(3600)), "hash-of-the-session-token");
    }

    /**
     * Every table (lower case) of the database except the migrations' bookkeeping: Flyway's history tables and the
     * fingerprints of the migration sets last applied.
     */
    public static List<String> tables(TestDatabase database) {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var rows = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            var tables = new ArrayList<String>();
            while (rows.next()) {
                var name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.endsWith("_schema_history") && !name.equals("synckit_schema_fingerprint")) {
                    tables.add(name);
                }
            }
            return tables.stream().sorted().toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every row of every table, each row as "column=value" pairs by column name, rows sorted: equal on H2 and
     * PostgreSQL when the data is (timestamps compared as instants, integers as longs).
     */
    public static TreeMap<String, List<String>> rows(TestDatabase database) {
        var all = new TreeMap<String, List<String>>();
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            for (var table : tables(database)) {
                var rows = new ArrayList<String>();
                try (var statement = connection.createStatement();
                     var result = statement.executeQuery("SELECT * FROM " + table)) {
                    var meta = result.getMetaData();
                    while (result.next()) {
                        var values = new TreeMap<String, String>();
                        for (var column = 1; column <= meta.getColumnCount(); column++) {
                            values.put(meta.getColumnName(column).toLowerCase(Locale.ROOT),
                                    normal(result.getObject(column)));
                        }
                        rows.add(values.toString());
                    }
                }
                rows.sort(Comparator.naturalOrder());
                all.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static String normal(Object value) {
        return switch (value) {
            case null -> "NULL";
            case OffsetDateTime time -> time.toInstant().toString();
            case Timestamp time -> time.toInstant().toString();
            case Integer number -> Long.toString(number);
            case Long number -> Long.toString(number);
            case BigDecimal number -> number.toPlainString();
            default -> value.getClass().getSimpleName() + ":" + value;
        };
    }
}
