package dev.synckit.webhooks;

import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.audit.AuditLog;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /api/v1/audit?limit=…}: the audit log, newest first, for the operator's token and maintainers (the
 * dashboard); it spans every target, so a scoped token may not read it.
 */
final class AuditRoutes implements HttpService {

    private static final ListLimit LIMIT = new ListLimit(50, 500);

    private final AuditLog audit;
    private final ApiGuard guard;

    AuditRoutes(AuditLog audit, ApiGuard guard) {
        this.audit = audit;
        this.guard = guard;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/api/v1/audit", guard.unrestricted("read the audit log", (req, res, caller) -> recent(req, res)))
                .any("/api/v1/audit", MethodNotAllowed.ALLOW_GET);
    }

    private void recent(ServerRequest req, ServerResponse res) {
        LIMIT.read(req, res).ifPresent(limit -> Replies.json(res, Status.OK_200,
                audit.recent(limit).stream().map(AuditView::of).toList()));
    }

    /** One entry as JSON: every field present, the time as ISO-8601. */
    record AuditView(String at, String actor, String action, String target, String detail) {

        static AuditView of(AuditEntry entry) {
            return new AuditView(entry.at().toString(), entry.actor(), entry.action(), entry.target(),
                    entry.detail());
        }
    }
}
