package dev.synckit.commands;

import dev.synckit.core.token.ApiTokens;
import dev.synckit.core.token.TokenRefusedException;
import dev.synckit.core.token.TokenScope;
import dev.synckit.embeds.TokenMessages;
import java.util.Arrays;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /token create|list|revoke}: scoped API tokens for CI systems and device farms. Maintainers only, and every
 * answer is private, since the creation shows the token itself, once.
 */
final class TokenCommand implements SlashCommand {

    private final ApiTokens tokens;

    TokenCommand(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("token", "Scoped API tokens for CI and device farms").addSubcommands(
                new SubcommandData("create", "Create a token; it is shown to you once")
                        .addOption(OptionType.STRING, "name", "what it is for, e.g. github-ci", true)
                        .addOption(OptionType.STRING, "targets", "comma-separated targets, or * for every target",
                                true)
                        .addOption(OptionType.STRING, "actions", "comma-separated: deploy, read, events", true),
                new SubcommandData("list", "The tokens, their scope and when each was last used"),
                new SubcommandData("revoke", "Revoke a token at once")
                        .addOption(OptionType.STRING, "token", "its name or id", true));
    }

    /** Said here, not left to the default: the token itself must never be shown to the channel. */
    @Override
    public boolean ephemeral() {
        return true;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        var hook = event.getHook();
        var actor = event.getUser().getId();
        switch (String.valueOf(event.getSubcommandName())) {
            case "create" -> {
                try {
                    var scope = TokenScope.of(split(event, "targets"), split(event, "actions"));
                    var created = tokens.create(event.getOption("name", OptionMapping::getAsString), scope, actor);
                    hook.editOriginal(TokenMessages.created(created)).queue();
                } catch (TokenRefusedException e) {
                    hook.editOriginal("No token created: " + e.getMessage() + ".").queue();
                }
            }
            case "list" -> hook.editOriginal(TokenMessages.list(tokens.list()).toEditData()).queue();
            case "revoke" -> {
                var which = event.getOption("token", OptionMapping::getAsString);
                hook.editOriginal(tokens.revoke(which, actor).map(TokenMessages::revoked)
                        .orElseGet(() -> TokenMessages.unknown(which))).queue();
            }
            default -> hook.editOriginal("Use `/token create`, `/token list` or `/token revoke`.").queue();
        }
    }

    private static java.util.List<String> split(SlashCommandInteractionEvent event, String option) {
        return Arrays.asList(event.getOption(option, "", OptionMapping::getAsString).split(","));
    }
}
