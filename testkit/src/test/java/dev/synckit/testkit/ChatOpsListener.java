package dev.synckit.testkit;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A tiny bot, in the shape of synckit's: it answers commands and buttons the way the real one will. */
final class ChatOpsListener extends ListenerAdapter {

    /** What the bot saw: "command name member-name" or "button custom-id member-name manage-server". */
    final BlockingQueue<String> seen = new LinkedBlockingQueue<>();

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        seen.add("command " + event.getName() + " " + event.getUser().getName());
        switch (event.getName()) {
            case "status" -> event.reply("status for " + event.getOption("target", "all", o -> o.getAsString()))
                    .setEphemeral(true).queue();
            case "updateserver" -> event.deferReply().queue(hook -> hook.editOriginal("deploy started").queue());
            default -> event.reply("unknown").setEphemeral(true).queue();
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        boolean maintainer = event.getMember() != null && event.getMember().hasPermission(Permission.MANAGE_SERVER);
        seen.add("button " + event.getComponentId() + " " + event.getUser().getName() + " " + maintainer);
        if (event.getComponentId().startsWith("approve:")) {
            if (maintainer) {
                event.editMessage("approved by " + event.getUser().getName()).setComponents().queue();
            } else {
                event.reply("only maintainers may approve").setEphemeral(true).queue();
            }
        } else if (event.getComponentId().startsWith("refresh:")) {
            event.deferEdit().queue(done -> event.getChannel()
                    .editMessageById(event.getMessageIdLong(), "refreshed").queue());
        }
    }
}
