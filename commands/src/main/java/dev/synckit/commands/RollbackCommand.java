package dev.synckit.commands;

import dev.synckit.core.deployment.DeploymentRefusedException;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /rollback target:<t>}: deploy the target's last good build before the current one. */
final class RollbackCommand implements SlashCommand {

    private final ChatOps ops;
    private final DeploymentReply reply;

    RollbackCommand(ChatOps ops) {
        this.ops = ops;
        this.reply = new DeploymentReply(ops.statuses());
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("rollback", "Deploy a target's last good build before the current one")
                .addOption(OptionType.STRING, "target", "the target to roll back", true);
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) throws Exception {
        var target = event.getOption("target", OptionMapping::getAsString);
        try {
            var deployment = ops.deployments().rollback(target, event.getUser().getId(), "/rollback");
            reply.started(event.getHook(), deployment, event.getChannelId());
        } catch (DeploymentRefusedException e) {
            reply.refused(event.getHook(), e);
        }
    }
}
