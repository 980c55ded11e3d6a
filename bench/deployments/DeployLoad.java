import dev.synckit.contract.agent.CallbackSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.regex.Pattern;

/**
 * Load for the deployments benchmark, run by bench/deployments/run.sh with the contract jar on the class path.
 *   latency SERVICE_URL API_TOKEN TARGET COUNT        POST a deployment, poll GET until succeeded; median, p90
 *   sign SERVICE_URL API_TOKEN TARGET SECRET COUNT FILE     request a deployment, write COUNT signed step-output
 *                                                          callbacks for it (path, timestamp, signature, body) for wrk
 */
public class DeployLoad {

    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "latency" -> latency(args[1], args[2], args[3], Integer.parseInt(args[4]));
            case "sign" -> sign(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]), args[6]);
            default -> throw new IllegalArgumentException("latency | sign");
        }
    }

    static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String request(String service, String token, String target) throws Exception {
        var response = send("POST", service + "/api/v1/deployments", token, "{\"target\":\"" + target + "\"}");
        if (response.statusCode() != 202) {
            throw new IllegalStateException("POST answered " + response.statusCode() + ": " + response.body());
        }
        var matcher = ID.matcher(response.body());
        matcher.find();
        return matcher.group(1);
    }

    static void latency(String service, String token, String target, int count) throws Exception {
        var millis = new ArrayList<Double>();
        for (int i = 0; i < count + 5; i++) {
            var start = System.nanoTime();
            var id = request(service, token, target);
            while (true) {
                var body = send("GET", service + "/api/v1/deployments/" + id, token, null).body();
                if (body.contains("\"status\":\"succeeded\"")) {
                    break;
                }
                if (body.contains("\"status\":\"failed\"") || body.contains("\"status\":\"cancelled\"")) {
                    throw new IllegalStateException("deployment did not succeed: " + body);
                }
                Thread.sleep(2);
            }
            if (i >= 5) { // the first five warm the JIT and the pools
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("POST -> succeeded visible on GET, %d deployments: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                count, millis.get(count / 2), millis.get((int) (count * 0.9)), millis.getLast());
    }

    static void sign(String service, String token, String target, String secret, int count, String file)
            throws Exception {
        var id = request(service, token, target);
        var signer = new CallbackSignature(secret);
        var now = Instant.now().getEpochSecond();
        try (var out = java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(file))) {
            for (int seq = 1; seq <= count; seq++) {
                var body = "{\"sequence\":" + (1_000_000 + seq) + ",\"type\":\"step-output\",\"output\":\"line "
                        + seq + "\\n\"}";
                out.write("/api/v1/agent-callbacks/" + id + "\t" + now + "\t"
                        + signer.signFor(id, now, body.getBytes(StandardCharsets.UTF_8)) + "\t" + body + "\n");
            }
        }
        System.out.println("signed " + count + " callbacks for deployment " + id);
    }
}
