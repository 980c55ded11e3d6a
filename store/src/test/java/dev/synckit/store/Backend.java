package dev.synckit.store;

import dev.synckit.store.testing.H2TestDatabase;
import dev.synckit.store.testing.PostgresTestDatabase;
import dev.synckit.store.testing.RequiredEnvironment;
import dev.synckit.store.testing.TcpRelay;
import dev.synckit.store.testing.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.Server;

/** The two databases every contract runs against. */
enum Backend {

    H2 {
        @Override
        TestDatabase create(Path directory) {
            return new H2TestDatabase(directory);
        }

        @Override
        Outage stoppable(Path directory) throws IOException {
            try {
                var server = Server.createTcpServer("-tcpPort", Integer.toString(freePort()), "-ifNotExists",
                        "-baseDir", directory.toAbsolutePath().toString()).start();
                var database = servedH2(server.getPort());
                return new Outage(database, server::stop);
            } catch (SQLException e) {
                throw new IOException("H2 server did not start", e);
            }
        }

        @Override
        String unreachableUrl() throws IOException {
            return "jdbc:h2:tcp://127.0.0.1:" + freePort() + "/synckit";
        }
    },

    POSTGRESQL {
        @Override
        TestDatabase create(Path directory) {
            return PostgresTestDatabase.create();
        }

        @Override
        Outage stoppable(Path directory) throws IOException {
            var url = RequiredEnvironment.require(PostgresTestDatabase.URL).get(PostgresTestDatabase.URL);
            var server = URI.create(url.substring("jdbc:".length()));
            var relay = new TcpRelay(server.getHost(), server.getPort());
            var database = PostgresTestDatabase.reachedThrough(
                    "jdbc:postgresql://127.0.0.1:" + relay.port() + server.getPath());
            return new Outage(database, relay::close);
        }

        @Override
        String unreachableUrl() throws IOException {
            return "jdbc:postgresql://127.0.0.1:" + freePort() + "/synckit";
        }
    };

    abstract TestDatabase create(Path directory);

    /** A database the test can stop while a store uses it. */
    abstract Outage stoppable(Path directory) throws IOException;

    /** A URL of this kind where nothing listens. */
    abstract String unreachableUrl() throws IOException;

    /** A port nothing listens on (once its probe socket is closed). */
    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A database behind something the test can stop. */
    record Outage(TestDatabase database, Stop stop) {
    }

    @FunctionalInterface
    interface Stop {
        void now() throws IOException;
    }

    /** An H2 database served over TCP by a server the test started. */
    static TestDatabase servedH2(int port) {
        return TestDatabase.at("jdbc:h2:tcp://127.0.0.1:" + port + "/synckit", "sa", "");
    }
}
