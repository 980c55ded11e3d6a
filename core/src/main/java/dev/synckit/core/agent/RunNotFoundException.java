package dev.synckit.core.agent;

/** The agent answered, but knows no run of that id (its data was wiped, or it is another agent). */
public class RunNotFoundException extends Exception {

    public RunNotFoundException(String message) {
        super(message);
    }
}
