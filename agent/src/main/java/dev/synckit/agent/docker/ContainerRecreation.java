package dev.synckit.agent.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a container by one with its configuration and a new image: stop the old one, rename it aside, create
 * and start the new one under the name, watch it for a short grace, then remove the old one. Whenever the new
 * one does not make it, the old one gets its name back and runs again, even after a timeout or an interrupt.
 */
final class ContainerRecreation {

    static final String OPERATION = "container-recreate";
    static final String BACKUP_SUFFIX = "-synckit-old";

    private static final Logger LOG = LoggerFactory.getLogger(ContainerRecreation.class);
    private static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(10);
    private static final Duration RESTORE_BUDGET = Duration.ofSeconds(60);
    private static final int LOG_TAIL = 30;

    private final EngineApi api;
    private final Duration startGrace;

    ContainerRecreation(EngineApi api, Duration startGrace) {
        this.api = api;
        this.startGrace = startGrace;
    }

    ContainerEngine.Recreated run(String name, String image, Consumer<String> output, Deadline deadline)
            throws ContainerEngineException, InterruptedException {
        EngineApi.checkContainerName(OPERATION, name);
        String backupName = EngineApi.checkContainerName(OPERATION, name + BACKUP_SUFFIX);
        JsonNode old = api.inspectContainer(OPERATION, name, deadline).orElseThrow(
                () -> new ContainerEngineException(OPERATION + ": no container named " + name));
        if (old.path("HostConfig").path("AutoRemove").asBoolean(false)) {
            throw new ContainerEngineException(OPERATION + ": " + name + " is removed by the engine when it stops"
                    + " (--rm), so it could not be restored after a failed start; recreate it without --rm");
        }
        JsonNode newImage = api.inspectImage(OPERATION, image, deadline).orElseThrow(
                () -> new ContainerEngineException(OPERATION + ": no image " + image + " (build or pull it first)"));
        if (api.inspectContainer(OPERATION, backupName, deadline).isPresent()) {
            throw new ContainerEngineException(OPERATION + ": a container named " + backupName + " is left from an"
                    + " interrupted recreate; check which of " + name + " and " + backupName + " to keep and remove"
                    + " the other");
        }
        String oldId = old.path("Id").asText();
        String oldImageId = old.path("Image").asText();
        JsonNode oldImageConfig = api.inspectImage(OPERATION, oldImageId, deadline)
                .map(found -> found.path("Config")).orElse(MissingNode.getInstance());
        ContainerSpec spec = ContainerSpec.copyOf(old, oldImageConfig, image);
        Replacement replacement = new Replacement(name, oldId, backupName,
                old.path("State").path("Running").asBoolean(false));

        output.accept("stopping " + name + " (" + EngineApi.shortId(oldId) + ")");
        String trouble;
        try {
            // half of what is left at most, so the engine's answer still comes within the deadline
            api.stop(OPERATION, oldId, min(stopGrace(old), deadline.remaining().dividedBy(2)), deadline);
            api.rename(OPERATION, oldId, backupName, deadline);
            replacement.newId = api.create(OPERATION, name, spec.createBody(), deadline);
            for (Map.Entry<String, JsonNode> network : spec.laterNetworks().entrySet()) {
                api.connect(OPERATION, network.getKey(), replacement.newId, network.getValue(), deadline);
            }
            api.start(OPERATION, replacement.newId, deadline);
            output.accept("started " + name + " (" + EngineApi.shortId(replacement.newId) + ") on " + image
                    + "; checking it stays up for " + Deadline.format(startGrace));
            Thread.sleep(deadline.atMost(startGrace));
            trouble = trouble(api.inspectContainer(OPERATION, replacement.newId, deadline));
        } catch (ContainerEngineException | RuntimeException e) {
            restore(replacement, output);
            String reason = e instanceof ContainerEngineException ? e.getMessage() : OPERATION + ": " + e;
            throw new ContainerEngineException(reason + "; the previous container was restored", e);
        } catch (InterruptedException e) {
            restore(replacement, output);
            throw e;
        }
        if (trouble != null) {
            showLogs(replacement.newId, spec.tty(), output);
            restore(replacement, output);
            if (Thread.interrupted()) {
                throw new InterruptedException(OPERATION + " interrupted");
            }
            throw new ContainerEngineException(OPERATION + ": new container " + name + " (" + image + ") did not"
                    + " stay running (" + trouble + "); the previous container was restored");
        }
        try {
            api.remove(OPERATION, oldId, deadline);
            output.accept("removed the previous container (" + EngineApi.shortId(oldId) + ")");
        } catch (ContainerEngineException e) {
            output.accept("warning: " + name + " runs the new image, but the previous container " + backupName
                    + " could not be removed: " + e.getMessage());
        }
        return new ContainerEngine.Recreated(replacement.newId, oldImageId, newImage.path("Id").asText());
    }

    /** Why the new container is not fine after the grace, or null when it runs. */
    private static String trouble(Optional<JsonNode> inspected) {
        if (inspected.isEmpty()) {
            return "it is gone";
        }
        JsonNode state = inspected.get().path("State");
        if (state.path("Restarting").asBoolean(false) || inspected.get().path("RestartCount").asInt(0) > 0) {
            return "it keeps restarting";
        }
        if (!state.path("Running").asBoolean(false)) {
            return "it " + state.path("Status").asText("stopped") + " with code " + state.path("ExitCode").asInt();
        }
        return null;
    }

    /** Shows why the new container failed; an interrupt only cuts this short (the restore must still run). */
    private void showLogs(String id, boolean tty, Consumer<String> output) {
        output.accept("last output of the new container:");
        try {
            api.logs(OPERATION, id, tty, LOG_TAIL, line -> output.accept("  " + line.text()),
                    Deadline.after(Duration.ofSeconds(10)));
        } catch (ContainerEngineException e) {
            output.accept("  (its logs could not be read: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Puts the old container back under its name and starts it if it ran. It has a budget of its own, and runs
     * even when the deployment was interrupted (the flag is kept for the caller): a host without its service is
     * worse than a late cancel.
     */
    private void restore(Replacement replacement, Consumer<String> output) throws ContainerEngineException {
        boolean interrupted = Thread.interrupted();
        Deadline budget = Deadline.after(RESTORE_BUDGET);
        try {
            JsonNode old = api.inspectContainer(OPERATION, replacement.oldId, budget).orElseThrow(
                    () -> new ContainerEngineException("the previous container is gone"));
            if (!old.path("Name").asText().equals("/" + replacement.name)) {
                // whatever holds the name now is the new container, even one whose create timed out on our side
                Optional<String> holder = api.inspectContainer(OPERATION, replacement.name, budget)
                        .map(other -> other.path("Id").asText())
                        .filter(other -> !other.equals(replacement.oldId));
                if (holder.isPresent()) {
                    api.remove(OPERATION, holder.get(), budget);
                }
                api.rename(OPERATION, replacement.oldId, replacement.name, budget);
            }
            if (replacement.wasRunning) {
                api.start(OPERATION, replacement.oldId, budget);
            }
            output.accept("restored the previous container " + replacement.name + " ("
                    + EngineApi.shortId(replacement.oldId) + ")");
            LOG.info("recreate of {} failed; the previous container {} was restored", replacement.name,
                    EngineApi.shortId(replacement.oldId));
        } catch (ContainerEngineException | InterruptedException e) {
            LOG.warn("recreate of {} failed and the previous container {} could not be restored: {}",
                    replacement.name, replacement.backupName, e.getMessage());
            throw new ContainerEngineException(OPERATION + ": the new container failed and restoring the previous"
                    + " one failed too (" + e.getMessage() + "); it may be named " + replacement.backupName, e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Duration stopGrace(JsonNode container) {
        int configured = container.path("Config").path("StopTimeout").asInt(0);
        return configured > 0 ? Duration.ofSeconds(configured) : DEFAULT_STOP_GRACE;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Where a recreate stands, so a restore knows what to undo. */
    private static final class Replacement {
        final String name;
        final String oldId;
        final String backupName;
        final boolean wasRunning;
        String newId;

        Replacement(String name, String oldId, String backupName, boolean wasRunning) {
            this.name = name;
            this.oldId = oldId;
            this.backupName = backupName;
            this.wasRunning = wasRunning;
        }
    }
}
