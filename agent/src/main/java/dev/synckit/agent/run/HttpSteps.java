package dev.synckit.agent.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synckit.agent.pipeline.Step;
import dev.synckit.contract.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/** webhook (one POST) and http-check (poll until healthy, optionally until it reports the expected version). */
final class HttpSteps {

    private static final Duration MAX_PROBE = Duration.ofSeconds(10);

    private final HttpClient http;

    HttpSteps(HttpClient http) {
        this.http = http;
    }

    StepOutcome webhook(Step.Webhook step, StepContext ctx) throws InterruptedException {
        String url = step.url() != null ? step.url() : ctx.env().get(step.urlEnv());
        if (url == null || url.isBlank()) {
            return StepOutcome.failure("environment variable " + step.urlEnv() + " is not set");
        }
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(positive(ctx.remaining()))
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            ctx.output().accept("POST " + url + " -> " + response.statusCode());
            return response.statusCode() / 100 == 2 ? StepOutcome.success()
                    : StepOutcome.failure("webhook answered " + response.statusCode());
        } catch (IllegalArgumentException e) {
            return StepOutcome.failure("webhook URL is not valid: " + url);
        } catch (IOException e) {
            return StepOutcome.failure("webhook POST " + url + " failed: " + e);
        }
    }

    StepOutcome check(Step.HttpCheck step, StepContext ctx) throws InterruptedException {
        String last = null;
        while (true) {
            String verdict = probe(step, ctx);
            if (verdict != null && ctx.expired() && last != null) {
                // a probe cut short by the step's own deadline says less than the one before it
                verdict = last;
            }
            if (verdict == null) {
                ctx.output().accept("GET " + step.url() + " ok"
                        + (step.expectVersion() != null ? " (version " + step.expectVersion() + ")" : ""));
                return StepOutcome.success();
            }
            if (!verdict.equals(last)) {
                ctx.output().accept("GET " + step.url() + ": " + verdict);
                last = verdict;
            }
            Thread.sleep(ctx.remaining().compareTo(step.interval()) < 0 ? ctx.remaining() : step.interval());
            if (ctx.expired()) {
                return StepOutcome.failure("not ready: " + verdict);
            }
        }
    }

    /** Null when the endpoint is ready, else why not. */
    private String probe(Step.HttpCheck step, StepContext ctx) throws InterruptedException {
        try {
            Duration limit = positive(ctx.remaining().compareTo(MAX_PROBE) < 0 ? ctx.remaining() : MAX_PROBE);
            var request = HttpRequest.newBuilder(URI.create(step.url())).timeout(limit).GET().build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                return "status " + response.statusCode();
            }
            if (step.expectVersion() == null) {
                return null;
            }
            JsonNode version = WireJson.mapper().readTree(response.body()).path("version");
            return Objects.equals(version.asText(null), step.expectVersion()) ? null
                    : "version " + (version.isMissingNode() ? "missing" : "\"" + version.asText() + "\"")
                    + ", waiting for \"" + step.expectVersion() + "\"";
        } catch (IllegalArgumentException e) {
            return "URL is not valid";
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    private static Duration positive(Duration d) {
        return d.isZero() || d.isNegative() ? Duration.ofMillis(1) : d;
    }
}
