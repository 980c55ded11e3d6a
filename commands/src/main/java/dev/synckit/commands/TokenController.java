package dev.synckit.commands;

import com.github.kaktushose.jda.commands.annotations.interactions.Command;
import com.github.kaktushose.jda.commands.annotations.interactions.Interaction;
import com.github.kaktushose.jda.commands.annotations.interactions.Param;
import com.github.kaktushose.jda.commands.annotations.interactions.Permissions;
import com.github.kaktushose.jda.commands.dispatching.events.interactions.CommandEvent;
import dev.synckit.core.token.ApiTokens;
import dev.synckit.core.token.TokenRefusedException;
import dev.synckit.core.token.TokenScope;
import dev.synckit.embeds.TokenMessages;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /token create|list|revoke}: scoped API tokens for CI systems and device farms. Maintainers only, and every
 * answer is private, since the creation shows the token itself, once.
 */
@Interaction("token")
@Permissions(Maintainers.ONLY)
public final class TokenController {

    private final ApiTokens tokens;
    private final InteractionRun run;

    TokenController(ApiTokens tokens, InteractionRun run) {
        this.tokens = tokens;
        this.run = run;
    }

    @Command(value = "create", desc = "Create a token; it is shown to you once")
    public void create(CommandEvent event,
            @Param(name = "name", value = "what it is for, e.g. github-ci") String name,
            @Param(name = "targets", value = "comma-separated targets, or * for every target") String targets,
            @Param(name = "actions", value = "comma-separated: deploy, read, events") String actions) {
        run.command(event, true, hook -> {
            try {
                var created = tokens.create(name, TokenScope.of(split(targets), split(actions)),
                        Asker.of(event.jdaEvent()).id());
                hook.editOriginal(TokenMessages.created(created)).queue();
            } catch (TokenRefusedException e) {
                hook.editOriginal("No token created: " + e.getMessage() + ".").queue();
            }
        });
    }

    @Command(value = "list", desc = "The tokens, their scope and when each was last used")
    public void list(CommandEvent event) {
        run.command(event, true, hook -> hook.editOriginal(TokenMessages.list(tokens.list()).toEditData()).queue());
    }

    @Command(value = "revoke", desc = "Revoke a token at once")
    public void revoke(CommandEvent event, @Param(name = "token", value = "its name or id") String which) {
        run.command(event, true, hook -> hook.editOriginal(tokens.revoke(which, Asker.of(event.jdaEvent()).id())
                .map(TokenMessages::revoked).orElseGet(() -> TokenMessages.unknown(which))).queue());
    }

    private static List<String> split(String commaSeparated) {
        return Arrays.asList(commaSeparated.split(","));
    }
}
