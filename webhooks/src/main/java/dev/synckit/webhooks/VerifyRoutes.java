package dev.synckit.webhooks;

import dev.synckit.contract.VerifyInfo;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** {@code GET /verify} ({@link VerifyInfo}) and the older shape at {@code GET /api/v1/verify}. */
final class VerifyRoutes implements HttpService {

    private final VerifyInfo identity;

    VerifyRoutes(VerifyInfo identity) {
        this.identity = identity;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/verify", (req, res) -> Replies.json(res, Status.OK_200, identity))
                .any("/verify", MethodNotAllowed.ALLOW_GET)
                .get("/api/v1/verify", (req, res) -> Replies.json(res, Status.OK_200, identity.legacy()))
                .any("/api/v1/verify", MethodNotAllowed.ALLOW_GET);
    }
}
