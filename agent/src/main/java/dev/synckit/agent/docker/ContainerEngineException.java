package dev.synckit.agent.docker;

/** The container engine refused or failed a call; the message is fit for a step's output (no secrets). */
public class ContainerEngineException extends Exception {

    public ContainerEngineException(String message) {
        super(message);
    }

    public ContainerEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
