package dev.synckit.embeds;

import dev.synckit.core.deployment.Deployment;
import java.util.List;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.buttons.Button;

/** The buttons a deployment's status message offers in each state: only those that can work now. */
final class StatusButtons {

    private StatusButtons() {
    }

    static List<ActionRow> rows(Deployment d) {
        var id = d.id();
        var cancel = Button.danger(new ButtonAction.Cancel(id).format(), "Cancel");
        var logs = Button.secondary(new ButtonAction.Logs(id).format(), "Logs");
        var buttons = switch (d.status()) {
            case AWAITING_CONFIRMATION -> List.of(
                    Button.success(new ButtonAction.Confirm(id).format(), "Confirm"), cancel);
            case QUEUED, RUNNING -> List.of(cancel);
            case SUCCEEDED -> ButtonAction.TARGET.matcher(d.target()).matches()
                    ? List.of(Button.secondary(new ButtonAction.Rollback(d.target()).format(), "Rollback"), logs)
                    : List.of(logs);
            case FAILED, CANCELLED -> List.of(Button.primary(new ButtonAction.Retry(id).format(), "Retry"), logs);
        };
        return List.of(ActionRow.of(buttons));
    }
}
