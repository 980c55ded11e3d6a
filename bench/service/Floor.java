import io.helidon.webserver.WebServer;

/**
 * The floor the service's start and footprint are measured against: a bare Helidon WebServer with one route, run
 * from the service jar itself (its Helidon, its logging) with its own AOT cache. Usage: Floor PORT.
 */
public final class Floor {

    private Floor() {
    }

    public static void main(String[] args) {
        var server = WebServer.builder().host("127.0.0.1").port(Integer.parseInt(args[0]))
                .routing(routing -> routing.get("/health", (req, res) -> res.send("{\"status\":\"UP\"}")))
                .build().start();
        System.out.println("floor listening on http://127.0.0.1:" + server.port());
    }
}
