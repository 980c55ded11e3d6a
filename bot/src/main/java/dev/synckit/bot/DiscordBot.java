package dev.synckit.bot;

import dev.synckit.commands.AnnouncedEvents;
import dev.synckit.commands.ButtonRouter;
import dev.synckit.commands.ChatOps;
import dev.synckit.commands.Maintainers;
import dev.synckit.commands.SlashCommands;
import dev.synckit.config.Settings;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/** Starts the bot: logs in, registers and dispatches the commands, and follows every deployment. */
public final class DiscordBot {

    private DiscordBot() {
    }

    /**
     * Connects (REST and gateway URLs from {@code settings.discord()}, no privileged intents), waits until ready
     * (bounded), checks its permissions in the deploy and status channels (and again whenever they may have
     * changed), registers the slash commands through jda-commands (the same definitions at every start), and
     * listens to deployments through {@code services.transitions()}. Interactions, status edits and 429s are counted
     * in {@code meters}.
     *
     * @throws IllegalStateException when it cannot log in in time, or an embedding application's command name clashes
     */
    public static RunningBot start(Settings settings, BotServices services, MeterRegistry meters) {
        var discord = settings.discord();
        var counters = new DiscordMeters(meters);
        var jda = DiscordLogin.connect(discord, counters::rateLimited);
        var timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("status-edits")
                .factory());
        var workers = Executors.newVirtualThreadPerTaskExecutor();
        try {
            var access = new ChannelAccess(jda, discord.appId().orElseGet(() -> jda.getSelfUser().getApplicationId()),
                    Stream.of(discord.deployChannelId(), discord.statusChannelId()).flatMap(Optional::stream)
                            .distinct().toList());
            access.check();
            jda.addEventListener(access);
            var board = new StatusBoard(jda, services, discord.deployChannelId(), timer, workers, counters, access);
            var ops = new ChatOps(services.deployments(), services.locks(), services.chat(), board,
                    new Maintainers(Set.copyOf(discord.maintainerRoleIds())), services.verify(), services.commit(),
                    services.repoUrl(), services.secrets(), services.clock());
            var commands = SlashCommands.start(jda, discord.guildId(), ops, services.tokens(), counters,
                    services.controllers().stream().map(CommandController::controller).toList());
            var announced = new AnnouncedEvents(services.chat());
            jda.addEventListener(new PeopleSeen(services.people(), workers),
                    new ButtonRouter(ops, announced, workers, counters));
            services.transitions().listen(board);
            discord.statusChannelId().ifPresent(channel -> {
                var targets = new TargetBoard(jda, services, channel, timer, workers, TargetBoard.REFRESH);
                services.transitions().listen(targets);
                targets.start();
            });
            var announcer = new Announcer(jda, List.copyOf(settings.targets().values()), discord.deployChannelId(),
                    services.chat(), announced, access, services.clock());
            return new RunningBot(jda, commands, board, announcer, timer, workers);
        } catch (Exception e) {
            jda.shutdownNow();
            timer.shutdownNow();
            workers.shutdownNow();
            throw e instanceof IllegalStateException ise ? ise
                    : new IllegalStateException("the bot could not start: " + e.getMessage(), e);
        }
    }
}
