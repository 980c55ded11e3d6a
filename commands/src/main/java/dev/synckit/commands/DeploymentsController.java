package dev.synckit.commands;

import com.github.kaktushose.jda.commands.annotations.interactions.Command;
import com.github.kaktushose.jda.commands.annotations.interactions.Interaction;
import com.github.kaktushose.jda.commands.annotations.interactions.Param;
import com.github.kaktushose.jda.commands.annotations.interactions.Permissions;
import com.github.kaktushose.jda.commands.dispatching.events.interactions.CommandEvent;
import dev.synckit.embeds.HistoryMessage;
import java.util.Optional;

/** {@code /deployments [target]}: the recent deployments, newest first. */
@Interaction
@Permissions(Maintainers.ONLY)
public final class DeploymentsController {

    static final int SHOWN = 10;

    private final ChatOps ops;
    private final InteractionRun run;

    DeploymentsController(ChatOps ops, InteractionRun run) {
        this.ops = ops;
        this.run = run;
    }

    @Command(value = "deployments", desc = "List the recent deployments")
    public void deployments(CommandEvent event,
            @Param(name = "target", value = "only this target", optional = true) Optional<String> target) {
        run.command(event, true, hook -> hook.editOriginal(HistoryMessage.render(ops.deployments().recent(target, SHOWN),
                ops.clock().instant()).toEditData()).queue());
    }
}
