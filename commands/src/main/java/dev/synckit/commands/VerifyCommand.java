package dev.synckit.commands;

import dev.synckit.embeds.VerifyMessage;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /verify}: anyone may see which build the server runs. */
final class VerifyCommand implements SlashCommand {

    private final ChatOps ops;

    VerifyCommand(ChatOps ops) {
        this.ops = ops;
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("verify", "Show which build this server runs and how to check it");
    }

    @Override
    public boolean maintainersOnly() {
        return false;
    }

    @Override
    public boolean ephemeral() {
        return false;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        var message = VerifyMessage.render(ops.verify(), ops.commit(), ops.repoUrl());
        event.getHook().editOriginal(message.toEditData()).queue();
    }
}
