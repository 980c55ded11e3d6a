package dev.synckit.commands;

import com.github.kaktushose.jda.commands.annotations.interactions.Command;
import com.github.kaktushose.jda.commands.annotations.interactions.Interaction;
import com.github.kaktushose.jda.commands.annotations.interactions.Param;
import com.github.kaktushose.jda.commands.annotations.interactions.Permissions;
import com.github.kaktushose.jda.commands.dispatching.events.interactions.CommandEvent;
import dev.synckit.config.TargetSettings;
import dev.synckit.core.deployment.DeployRequest;
import java.util.Optional;

/**
 * {@code /updateserver} (the original's command: the newest version of the {@code default} target), {@code /deploy
 * target [ref]} and {@code /rollback target}. Each answers privately with a link to the deployment's status message.
 */
@Interaction
@Permissions(Maintainers.ONLY)
public final class DeployController {

    private final ChatOps ops;
    private final InteractionRun run;
    private final DeploymentReply reply;

    DeployController(ChatOps ops, InteractionRun run) {
        this.ops = ops;
        this.run = run;
        this.reply = new DeploymentReply(ops.statuses());
    }

    @Command(value = "updateserver", desc = "Deploy the newest version of the server")
    public void updateServer(CommandEvent event) {
        deploy(event, TargetSettings.DEFAULT_NAME, Optional.empty(), "/updateserver");
    }

    @Command(value = "deploy", desc = "Deploy a target")
    public void deploy(CommandEvent event,
            @Param(name = "target", value = "the target to deploy") String target,
            @Param(name = "ref", value = "the revision or image (default: the newest)", optional = true)
            Optional<String> ref) {
        deploy(event, target, ref.filter(r -> !r.isBlank()), "/deploy");
    }

    @Command(value = "rollback", desc = "Deploy a target's last good build before the current one")
    public void rollback(CommandEvent event, @Param(name = "target", value = "the target to roll back") String target) {
        run.command(event, true, hook -> reply.started(hook,
                ops.deployments().rollback(target, Asker.of(event.jdaEvent()).id(), "/rollback"),
                event.jdaEvent().getChannelId()));
    }

    private void deploy(CommandEvent event, String target, Optional<String> ref, String reason) {
        run.command(event, true, hook -> reply.started(hook, ops.deployments().request(
                new DeployRequest(target, ref, Asker.of(event.jdaEvent()).id(), reason, false)),
                event.jdaEvent().getChannelId()));
    }
}
