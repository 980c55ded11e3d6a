package dev.synckit.store;

import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.audit.AuditLog;
import java.util.List;

/** The audit log in table {@code audit_log}: inserts only; the identity orders entries of the same millisecond. */
final class SqlAuditLog implements AuditLog {

    private final Database database;

    SqlAuditLog(Database database) {
        this.database = database;
    }

    @Override
    public void append(AuditEntry entry) {
        database.write("appending to the audit log",
                "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)",
                UtcMillis.of(entry.at()), entry.actor(), entry.action(), entry.target(), entry.detail());
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return database.many("reading the audit log",
                "SELECT at, actor, action, target, detail FROM audit_log ORDER BY at DESC, id DESC LIMIT ?", limit)
                .stream()
                .map(row -> new AuditEntry(row.instant("at"), row.text("actor"), row.text("action"),
                        row.text("target"), row.text("detail")))
                .toList();
    }
}
