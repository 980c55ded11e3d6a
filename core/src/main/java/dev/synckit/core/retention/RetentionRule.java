package dev.synckit.core.retention;

/**
 * A kind of row that expires. {@link #LOGS} runs before {@link #DEPLOYMENTS} so that, with the defaults, a
 * deployment that goes has no log left to carry along and its batch stays small.
 */
public enum RetentionRule {
    /** New-version events, by when they were received. */
    EVENTS,
    /** The full log of finished deployments, by when they finished; the deployment stays. */
    LOGS,
    /** Finished deployments with their logs, by when they finished, but never a target's last succeeded one. */
    DEPLOYMENTS,
    /** Audit log lines. */
    AUDIT,
    /** Browser sessions past their end. */
    SESSIONS,
    /** Logins begun and never finished, past their end. */
    LOGIN_ATTEMPTS
}
