package dev.synckit.commands;

import com.github.kaktushose.jda.commands.JDACommands;
import com.github.kaktushose.jda.commands.annotations.interactions.CommandScope;
import com.github.kaktushose.jda.commands.definitions.description.ClassFinder;
import com.github.kaktushose.jda.commands.definitions.interactions.InteractionDefinition;
import com.github.kaktushose.jda.commands.definitions.interactions.command.CommandDefinition;
import com.github.kaktushose.jda.commands.dispatching.middleware.Priority;
import dev.synckit.core.token.ApiTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * synckit's slash commands on jda-commands: the built-in controllers and an embedding application's own, the
 * maintainer rule as its permissions provider, synckit's error replies, and commands registered in the configured
 * guild (or globally without one). Its start overwrites the commands in bulk with the same definitions every time:
 * Discord then creates nothing and changes nothing a user sees.
 */
public final class SlashCommands {

    private static final Logger LOG = LoggerFactory.getLogger(SlashCommands.class);
    private static final long REGISTER_WAIT_SECONDS = 30;

    private final JDACommands commands;

    private SlashCommands(JDACommands commands) {
        this.commands = commands;
    }

    /**
     * Registers the commands and dispatches them from now on; returns once Discord confirmed the registration.
     *
     * @param extra an embedding application's {@code @Interaction} controllers, built by it
     * @throws IllegalStateException when a command name clashes (before anything is registered), or Discord refused
     *                               or did not confirm the commands in time
     */
    public static SlashCommands start(JDA jda, Optional<String> guildId, ChatOps ops, ApiTokens tokens,
            InteractionOutcomes outcomes, List<Object> extra) {
        var run = new InteractionRun(outcomes);
        var all = new ArrayList<Object>(List.of(new VerifyController(ops, run), new DeployController(ops, run),
                new DeploymentsController(ops, run), new LockController(ops, run), new TokenController(tokens, run)));
        all.addAll(extra);
        var controllers = new Controllers(all);
        var scope = guildId.isPresent() ? CommandScope.GUILD : CommandScope.GLOBAL;
        var watch = RegistrationWatch.on(jda);
        var started = JDACommands.builder(jda, SlashCommands.class)
                .classFinders(ClassFinder.explicit(controllers.classes()))
                .instanceProvider(controllers)
                .permissionsProvider(ops.maintainers())
                .errorMessageFactory(new ErrorReplies())
                .middleware(Priority.LOW, new DeniedCount(outcomes))
                .localizer(new VerbatimText())
                .localizeCommands(false)
                .globalCommandConfig(new CommandDefinition.CommandConfig(
                        new InteractionContextType[]{InteractionContextType.GUILD},
                        new IntegrationType[]{IntegrationType.GUILD_INSTALL}, scope, false, new Permission[0]))
                .guildScopeProvider(command -> guildId.map(Long::parseLong).map(Set::of).orElse(Set.of()))
                // private unless a command says otherwise; a refusal by the maintainer rule follows this too
                .globalReplyConfig(new InteractionDefinition.ReplyConfig(true, false, false, true))
                .shutdownJDA(false)
                .start();
        try {
            watch.await(!jda.getGuildCache().isEmpty(), REGISTER_WAIT_SECONDS);
        } catch (IllegalStateException e) {
            started.shutdown();
            throw e;
        }
        LOG.info("slash commands {} registered ({})", controllers.commandNames(),
                guildId.map(id -> "guild " + id).orElse("global"));
        return new SlashCommands(started);
    }

    /** Stops dispatching (the commands stay registered: a restart registers the same ones). */
    public void stop() {
        commands.shutdown();
    }
}
