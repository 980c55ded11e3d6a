package dev.synckit.core.audit;

import java.util.List;

/** Append-only: entries are never changed or removed. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Newest first. */
    List<AuditEntry> recent(int limit);
}
