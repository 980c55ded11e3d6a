package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.core.audit.AuditEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every AuditLog must do, run against each backend. */
abstract class AuditLogContract extends StoreFixture {

    @Test
    void entriesReadBackNewestFirstAndLimited() {
        store.audit().append(new AuditEntry(at(1), "alice", "deploy.requested", "web", "ref v1"));
        store.audit().append(new AuditEntry(at(3), "bob", "lock.acquired", "api", "hotfix"));
        store.audit().append(new AuditEntry(at(2), "system", "deploy.started", "", ""));

        assertEquals(List.of(new AuditEntry(millis(at(3)), "bob", "lock.acquired", "api", "hotfix"),
                        new AuditEntry(millis(at(2)), "system", "deploy.started", "", "")),
                store.audit().recent(2));
    }

    @Test
    void entriesOfOneMillisecondKeepTheirOrder() {
        for (var i = 0; i < 5; i++) {
            store.audit().append(new AuditEntry(T0, "alice", "step." + i, "web", ""));
        }

        assertEquals(List.of("step.4", "step.3", "step.2", "step.1", "step.0"),
                store.audit().recent(10).stream().map(AuditEntry::action).toList());
    }
}
