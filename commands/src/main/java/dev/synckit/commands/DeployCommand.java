package dev.synckit.commands;

import dev.synckit.config.TargetSettings;
import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.DeploymentRefusedException;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /deploy target:<t> [ref]}, and {@code /updateserver}: the original's command, which deploys the newest
 * version of the {@code default} target.
 */
final class DeployCommand implements SlashCommand {

    private final ChatOps ops;
    private final DeploymentReply reply;
    private final boolean updateServer;

    private DeployCommand(ChatOps ops, boolean updateServer) {
        this.ops = ops;
        this.reply = new DeploymentReply(ops.statuses());
        this.updateServer = updateServer;
    }

    static DeployCommand deploy(ChatOps ops) {
        return new DeployCommand(ops, false);
    }

    static DeployCommand updateServer(ChatOps ops) {
        return new DeployCommand(ops, true);
    }

    @Override
    public SlashCommandData definition() {
        if (updateServer) {
            return Commands.slash("updateserver", "Deploy the newest version of the server");
        }
        return Commands.slash("deploy", "Deploy a target")
                .addOption(OptionType.STRING, "target", "the target to deploy", true)
                .addOption(OptionType.STRING, "ref", "the revision or image (default: the newest)", false);
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) throws Exception {
        var target = updateServer ? TargetSettings.DEFAULT_NAME : event.getOption("target", OptionMapping::getAsString);
        var ref = Optional.ofNullable(event.getOption("ref", OptionMapping::getAsString)).filter(r -> !r.isBlank());
        try {
            var deployment = ops.deployments().request(new DeployRequest(target, ref, event.getUser().getId(),
                    "/" + event.getName(), false));
            reply.started(event.getHook(), deployment, event.getChannelId());
        } catch (DeploymentRefusedException e) {
            reply.refused(event.getHook(), e);
        }
    }
}
