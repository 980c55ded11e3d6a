package dev.synckit.webhooks;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** 405 with the {@code Allow} header, for a known path asked with another method. */
record MethodNotAllowed(String allow) implements Handler {

    static final MethodNotAllowed ALLOW_GET = new MethodNotAllowed("GET");
    static final MethodNotAllowed ALLOW_POST = new MethodNotAllowed("POST");

    static MethodNotAllowed of(String allow) {
        return new MethodNotAllowed(allow);
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.ALLOW, allow);
        Replies.error(res, Status.METHOD_NOT_ALLOWED_405, "method not allowed; use " + allow);
    }
}
