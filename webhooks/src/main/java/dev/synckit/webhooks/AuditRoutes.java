package dev.synckit.webhooks;

import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.audit.AuditLog;
import dev.synckit.core.people.ActorNames;
import dev.synckit.core.people.People;
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
    private final People people;

    AuditRoutes(AuditLog audit, ApiGuard guard, People people) {
        this.audit = audit;
        this.guard = guard;
        this.people = people;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/api/v1/audit", guard.unrestricted("read the audit log", (req, res, caller) -> recent(req, res)))
                .any("/api/v1/audit", MethodNotAllowed.ALLOW_GET);
    }

    private void recent(ServerRequest req, ServerResponse res) {
        LIMIT.read(req, res).ifPresent(limit -> {
            var entries = audit.recent(limit);
            var names = people.namesOf(entries.stream().map(AuditEntry::actor).toList());
            Replies.json(res, Status.OK_200, entries.stream().map(entry -> AuditView.of(entry, names)).toList());
        });
    }

    /** One entry as JSON: every field present, the time as ISO-8601, the actor's name beside its id (or null). */
    record AuditView(String at, String actor, String actorName, String action, String target, String detail) {

        static AuditView of(AuditEntry entry, ActorNames names) {
            return new AuditView(entry.at().toString(), entry.actor(), names.of(entry.actor()).orElse(null),
                    entry.action(), entry.target(), entry.detail());
        }
    }
}
