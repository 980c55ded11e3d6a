package dev.synckit.embeds;

import dev.synckit.core.deployment.DeploymentId;
import java.util.Optional;

/** Reads a custom id back into its action; anything unexpected is no action at all. */
final class ButtonIdParser {

    private ButtonIdParser() {
    }

    static Optional<ButtonAction> parse(String customId) {
        if (customId == null || customId.length() > DiscordLimits.CUSTOM_ID
                || !customId.startsWith(ButtonAction.PREFIX)) {
            return Optional.empty();
        }
        var rest = customId.substring(ButtonAction.PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        var subject = rest.substring(colon + 1);
        try {
            return Optional.ofNullable(switch (rest.substring(0, colon)) {
                case "deploy" -> deploy(subject);
                case "dismiss" -> new ButtonAction.Dismiss(new EventRef(subject));
                case "rollback" -> new ButtonAction.Rollback(subject);
                case "cancel" -> new ButtonAction.Cancel(new DeploymentId(subject));
                case "confirm" -> new ButtonAction.Confirm(new DeploymentId(subject));
                case "retry" -> new ButtonAction.Retry(new DeploymentId(subject));
                case "logs" -> new ButtonAction.Logs(new DeploymentId(subject));
                default -> null;
            });
        } catch (IllegalArgumentException garbled) {
            return Optional.empty();
        }
    }

    private static ButtonAction deploy(String subject) {
        int colon = subject.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new ButtonAction.Deploy(subject.substring(0, colon), new EventRef(subject.substring(colon + 1)));
    }
}
