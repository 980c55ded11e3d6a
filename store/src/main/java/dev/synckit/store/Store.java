package dev.synckit.store;

import dev.synckit.core.audit.AuditLog;
import dev.synckit.core.deployment.DeploymentStore;
import dev.synckit.core.event.EventStore;
import dev.synckit.core.chat.ChatState;
import dev.synckit.core.lock.LockStore;
import dev.synckit.core.login.LoginAttemptStore;
import dev.synckit.core.login.SessionStore;
import dev.synckit.core.people.PeopleStore;
import dev.synckit.core.retention.RetentionStore;
import dev.synckit.core.store.StoreHealth;
import dev.synckit.core.token.TokenStore;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import java.util.HashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open store: the schema is migrated and a pool is ready. It hands out core's ports; {@link #close()} closes
 * the pool.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private final Database database;
    private final EventStore events;
    private final DeploymentStore deployments;
    private final LockStore locks;
    private final ChatState chat;
    private final AuditLog audit;
    private final StoreHealth health;
    private final TokenStore tokens;
    private final LoginAttemptStore loginAttempts;
    private final SessionStore sessions;
    private final PeopleStore people;
    private final RetentionStore retention;

    private Store(Database database, Dialect dialect) {
        this.database = database;
        this.events = new SqlEventStore(database);
        this.deployments = new SqlDeploymentStore(database);
        this.locks = new SqlLockStore(database);
        this.chat = new SqlChatState(database);
        this.audit = new SqlAuditLog(database);
        this.health = new SqlStoreHealth(database);
        this.tokens = new SqlTokenStore(database);
        this.loginAttempts = new SqlLoginAttemptStore(database);
        this.sessions = new SqlSessionStore(database);
        this.people = new SqlPeopleStore(database);
        this.retention = new SqlRetentionStore(database, dialect);
    }

    /**
     * Opens the pool and migrates the schema before anything is served.
     *
     * @throws dev.synckit.core.store.StoreUnavailableException when the database does not answer in time
     * @throws IllegalStateException when a migration fails or an applied one was changed
     */
    public static Store open(StoreConnection connection) {
        var settings = new PoolSettings(connection);
        // the serving pool first: its connections keep an H2 file database open while the migrations' short-lived
        // pool comes and goes, which would otherwise close the database behind it only for this pool to open it again
        var client = connect(settings);
        try {
            Migrations.run(settings);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        var store = new Store(new Database(client), settings.dialect());
        LOG.info("store open on {}", settings.dialect().displayName());
        return store;
    }

    private static io.helidon.dbclient.DbClient connect(PoolSettings settings) {
        var values = new HashMap<String, String>();
        values.put("connection.url", settings.connection().jdbcUrl());
        values.put("connection.username", settings.connection().user());
        values.put("connection.password", settings.connection().password());
        settings.servingPool().forEach((key, value) -> values.put("connection." + key, value));
        try {
            return JdbcClientBuilder.create().config(Config.just(ConfigSources.create(values))).build();
        } catch (RuntimeException e) {
            throw StoreFailures.translate("opening the connection pool", e);
        }
    }

    public EventStore events() {
        return events;
    }

    public DeploymentStore deployments() {
        return deployments;
    }

    public ChatState chat() {
        return chat;
    }

    public LockStore locks() {
        return locks;
    }

    public AuditLog audit() {
        return audit;
    }

    public StoreHealth health() {
        return health;
    }

    public TokenStore tokens() {
        return tokens;
    }

    public LoginAttemptStore loginAttempts() {
        return loginAttempts;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public PeopleStore people() {
        return people;
    }

    public RetentionStore retention() {
        return retention;
    }

    /** Closes the pool; an H2 file database is closed with its last connection. */
    @Override
    public void close() {
        database.close();
    }
}
