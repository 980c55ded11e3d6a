package dev.synckit.embeds;

import dev.synckit.core.deployment.DeploymentId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a button does and what it acts on, written into its custom id ({@code sk1:<action>:<subject>}) so that a
 * button keeps working after a restart: the bot needs nothing but the id. Every id is at most 100 characters.
 */
public sealed interface ButtonAction {

    /** The version of the scheme; a future incompatible scheme gets another prefix and old ids parse to empty. */
    String PREFIX = "sk1:";

    /** The custom id. */
    String format();

    /** The action in {@code customId}; empty for an id of another scheme, unknown, or garbled. */
    static Optional<ButtonAction> parse(String customId) {
        return ButtonIdParser.parse(customId);
    }

    /** Deploy the announced version of an event to a target. */
    record Deploy(String target, EventRef event) implements ButtonAction {
        public Deploy {
            requireTarget(target);
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String format() {
            return PREFIX + "deploy:" + target + ":" + event.value();
        }
    }

    /** Dismiss an announcement. */
    record Dismiss(EventRef event) implements ButtonAction {
        public Dismiss {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String format() {
            return PREFIX + "dismiss:" + event.value();
        }
    }

    /** Roll a target back to its last good build. */
    record Rollback(String target) implements ButtonAction {
        public Rollback {
            requireTarget(target);
        }

        @Override
        public String format() {
            return PREFIX + "rollback:" + target;
        }
    }

    /** Cancel a deployment that has not ended. */
    record Cancel(DeploymentId deployment) implements ButtonAction {
        public Cancel {
            Objects.requireNonNull(deployment, "deployment");
        }

        @Override
        public String format() {
            return PREFIX + "cancel:" + deployment;
        }
    }

    /** Confirm a deployment awaiting confirmation. */
    record Confirm(DeploymentId deployment) implements ButtonAction {
        public Confirm {
            Objects.requireNonNull(deployment, "deployment");
        }

        @Override
        public String format() {
            return PREFIX + "confirm:" + deployment;
        }
    }

    /** Run a failed or cancelled deployment again, same target and ref. */
    record Retry(DeploymentId deployment) implements ButtonAction {
        public Retry {
            Objects.requireNonNull(deployment, "deployment");
        }

        @Override
        public String format() {
            return PREFIX + "retry:" + deployment;
        }
    }

    /** Show the full output of an ended deployment. */
    record Logs(DeploymentId deployment) implements ButtonAction {
        public Logs {
            Objects.requireNonNull(deployment, "deployment");
        }

        @Override
        public String format() {
            return PREFIX + "logs:" + deployment;
        }
    }

    /** The target names configuration accepts: they never contain {@code :} and are at most 64 characters. */
    Pattern TARGET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private static void requireTarget(String target) {
        if (target == null || !TARGET.matcher(target).matches()) {
            throw new IllegalArgumentException("not a target name: " + target);
        }
    }
}
