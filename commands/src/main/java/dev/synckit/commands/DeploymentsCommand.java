package dev.synckit.commands;

import dev.synckit.embeds.HistoryMessage;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /deployments [target]}: the recent deployments, newest first. */
final class DeploymentsCommand implements SlashCommand {

    static final int SHOWN = 10;

    private final ChatOps ops;

    DeploymentsCommand(ChatOps ops) {
        this.ops = ops;
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("deployments", "List the recent deployments")
                .addOption(OptionType.STRING, "target", "only this target", false);
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        var target = Optional.ofNullable(event.getOption("target", OptionMapping::getAsString));
        var recent = ops.deployments().recent(target, SHOWN);
        event.getHook().editOriginal(HistoryMessage.render(recent, ops.clock().instant()).toEditData()).queue();
    }
}
