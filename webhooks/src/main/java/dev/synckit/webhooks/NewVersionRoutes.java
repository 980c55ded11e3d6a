package dev.synckit.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.synckit.contract.NewVersionEvent;
import dev.synckit.contract.WireJson;
import dev.synckit.core.ControlCharacters;
import dev.synckit.core.event.ListenerFailedException;
import dev.synckit.core.event.NewVersionIntake;
import dev.synckit.core.token.TokenAction;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /events/new-version}, as the synckit contract fixes it: bearer secret, or a scoped token with the
 * {@code events} action (401 {@code unauthorized} otherwise, also when neither is configured), undecodable body (400 {@code bad request}), handler failure (500 {@code handler error}),
 * and 200 with an empty body once the event is stored. Bodies over 64 KiB answer 413; a store that does not answer,
 * 503, so that the farm posts again.
 */
final class NewVersionRoutes implements HttpService {

    static final String PATH = "/events/new-version";
    static final int BODY_LIMIT = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(NewVersionRoutes.class);

    private final NewVersionIntake intake;
    private final TokenCheck secret;
    private final ScopedTokens scoped;
    /** Every result a post may have: the labels of {@code synckit_events_total}, each present from the start. */
    private static final List<String> RESULTS = List.of("handled", "duplicate", "handler_error", "unauthorized",
            "bad_request", "too_large");

    private final MeterRegistry meters;

    NewVersionRoutes(NewVersionIntake intake, TokenCheck secret, ScopedTokens scoped, MeterRegistry meters) {
        this.intake = intake;
        this.secret = secret;
        this.scoped = scoped;
        this.meters = meters;
        RESULTS.forEach(this::counter);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::accept).any(PATH, MethodNotAllowed.ALLOW_POST);
    }

    private void accept(ServerRequest req, ServerResponse res) {
        if (!authorized(req)) {
            count("unauthorized");
            Replies.plain(res, Status.UNAUTHORIZED_401, "unauthorized");
            return;
        }
        var read = BoundedBody.readOr(req, BODY_LIMIT, (status, why) -> {
            LOG.info("new-version event refused: {}", why);
            if (status == Status.REQUEST_ENTITY_TOO_LARGE_413) {
                count("too_large");
                Replies.error(res, status, why);
            } else {
                count("bad_request");
                Replies.plain(res, Status.BAD_REQUEST_400, "bad request");
            }
        });
        if (read.isEmpty()) {
            return;
        }
        var body = read.get();
        NewVersionEvent event;
        try {
            event = WireJson.mapper().readValue(body, NewVersionEvent.class);
        } catch (JsonProcessingException e) {
            count("bad_request");
            LOG.info("new-version event refused: {}", e.getOriginalMessage());
            Replies.plain(res, Status.BAD_REQUEST_400, "bad request");
            return;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (event == null || !event.missingFields().isEmpty()) {
            count("bad_request");
            LOG.info("new-version event refused: missing {}", event == null ? "body" : event.missingFields());
            Replies.plain(res, Status.BAD_REQUEST_400, "bad request");
            return;
        }
        var control = ControlCharacters.firstField("package", event.packageName(), "version", event.version(),
                "apkRef", event.apkRef(), "protoSha", event.protoSha(), "detectedAt", event.detectedAt(),
                "appVersion", event.appVersion(), "build", event.build(), "clientVersion", event.clientVersion(),
                "platform", event.platform(), "protoTextB64", event.protoTextB64());
        if (control.isPresent()) {
            count("bad_request");
            LOG.info("new-version event refused: {}", ControlCharacters.refusal(control.get()));
            Replies.plain(res, Status.BAD_REQUEST_400, "bad request: " + ControlCharacters.refusal(control.get()));
            return;
        }
        try {
            var receipt = intake.accept(event, new String(body, StandardCharsets.UTF_8));
            count(receipt == NewVersionIntake.Receipt.HANDLED ? "handled" : "duplicate");
            res.status(Status.OK_200).send();
        } catch (ListenerFailedException e) {
            count("handler_error");
            Replies.plain(res, Status.INTERNAL_SERVER_ERROR_500, "handler error");
        }
    }

    /** The event secret, compared first in constant time and without a store read; else a token for events. */
    private boolean authorized(ServerRequest req) {
        var presented = BearerToken.of(req);
        return presented.isPresent() && (secret.matches(presented.get()) || scoped.check(presented.get())
                .filter(token -> token.scope().actions().contains(TokenAction.EVENTS)).isPresent());
    }

    private void count(String result) {
        counter(result).increment();
    }

    private Counter counter(String result) {
        return Counter.builder("synckit.events")
                .description("new-version events posted, by result")
                .tag("result", result)
                .register(meters);
    }
}
