package dev.synckit.agent.docker;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;

/** One request's context: names the operation in messages and tells a timeout or an interrupt from a failure. */
record Exchange(String operation, Deadline deadline, Watchdog watchdog) {

    /** What an I/O failure means to the caller; throws when it means "interrupted". */
    ContainerEngineException failure(IOException e) throws InterruptedException {
        if (e instanceof ClosedByInterruptException || Thread.currentThread().isInterrupted()) {
            Thread.interrupted();
            InterruptedException interrupted = new InterruptedException(operation + " interrupted");
            interrupted.initCause(e);
            throw interrupted;
        }
        if (watchdog.fired()) {
            return new ContainerEngineException(operation + ": " + deadline.timedOut(), e);
        }
        if (e instanceof EngineRequest.SourceFailure) {
            return new ContainerEngineException(operation + ": " + e.getMessage(), e);
        }
        return new ContainerEngineException(operation + ": the connection to the container engine failed: "
                + e.getMessage(), e);
    }
}
