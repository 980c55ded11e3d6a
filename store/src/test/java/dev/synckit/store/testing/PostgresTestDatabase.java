package dev.synckit.store.testing;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** A fresh schema in the real PostgreSQL of SYNCKIT_TEST_PG_URL, dropped on close. */
public final class PostgresTestDatabase implements TestDatabase {

    public static final String URL = "SYNCKIT_TEST_PG_URL";
    public static final String USER = "SYNCKIT_TEST_PG_USER";
    public static final String PASSWORD = "SYNCKIT_TEST_PG_PASSWORD";

    private final String serverUrl;
    private final String storeUrl;
    private final String user;
    private final String password;
    private final String schema;

    private PostgresTestDatabase(String serverUrl, String storeUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.storeUrl = storeUrl;
        this.user = user;
        this.password = password;
        var suffix = new byte[6];
        ThreadLocalRandom.current().nextBytes(suffix);
        this.schema = "synckit_test_" + HexFormat.of().formatHex(suffix);
        Jdbc.execute(serverUrl, user, password, "CREATE SCHEMA " + schema);
    }

    /** Skips (or, on CI, fails) the test when no PostgreSQL is configured. */
    public static PostgresTestDatabase create() {
        var env = RequiredEnvironment.require(URL, USER, PASSWORD);
        return new PostgresTestDatabase(env.get(URL), env.get(URL), env.get(USER), env.get(PASSWORD));
    }

    /** A fresh schema that the store reaches through {@code storeUrl}, another way to the same server. */
    public static PostgresTestDatabase reachedThrough(String storeUrl) {
        var env = RequiredEnvironment.require(URL, USER, PASSWORD);
        return new PostgresTestDatabase(env.get(URL), storeUrl, env.get(USER), env.get(PASSWORD));
    }

    /** The same schema reached straight at the server, not through the way the store was given. */
    public TestDatabase direct() {
        return TestDatabase.at(schemaUrl(serverUrl), user, password);
    }

    private String schemaUrl(String url) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public String jdbcUrl() {
        return schemaUrl(storeUrl);
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public void close() {
        Jdbc.execute(serverUrl, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
}
