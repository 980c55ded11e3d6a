package dev.synckit.agent.run;

/**
 * How a step ended. A step that can tell whether anything changed (git-pull, docker-pull, docker-build) says so
 * with {@code before}/{@code after} revisions (commit hashes or image ids); the others leave them null.
 */
public record StepOutcome(boolean ok, String error, String before, String after) {

    /** The error of a step whose command ran out of time and has nothing to add. */
    public static final String TIMED_OUT = "timed out";

    public static StepOutcome success() {
        return new StepOutcome(true, null, null, null);
    }

    public static StepOutcome revisions(String before, String after) {
        return new StepOutcome(true, null, before, after);
    }

    public static StepOutcome failure(String error) {
        return new StepOutcome(false, error, null, null);
    }

    /** Whether this step could compare revisions at all. */
    public boolean tellsChange() {
        return ok && after != null;
    }

    public boolean unchanged() {
        return tellsChange() && after.equals(before);
    }
}
