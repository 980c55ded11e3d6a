package dev.synckit.bot;

import dev.synckit.commands.AnnouncedEvents;
import dev.synckit.commands.BuiltInCommands;
import dev.synckit.commands.ButtonRouter;
import dev.synckit.commands.ChatOps;
import dev.synckit.commands.CommandRouter;
import dev.synckit.commands.Maintainers;
import dev.synckit.commands.SlashCommand;
import dev.synckit.config.Settings;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;

/** Starts the bot: logs in, registers the commands when they changed, and follows every deployment. */
public final class DiscordBot {

    private DiscordBot() {
    }

    /**
     * Connects (REST and gateway URLs from {@code settings.discord()}, no privileged intents), waits until ready
     * (bounded), registers the commands only when their definitions changed since the last registration, and
     * listens to deployments through {@code services.transitions()}. Interactions, status edits and 429s are counted
     * in {@code meters}.
     *
     * @throws IllegalStateException when it cannot log in in time, or an extension's command name clashes
     */
    public static RunningBot start(Settings settings, BotServices services, MeterRegistry meters) {
        var discord = settings.discord();
        var counters = new DiscordMeters(meters);
        var jda = DiscordLogin.connect(discord, counters::rateLimited);
        var timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("status-edits")
                .factory());
        var workers = Executors.newVirtualThreadPerTaskExecutor();
        try {
            var board = new StatusBoard(jda, services, discord.deployChannelId(), timer, workers, counters);
            var ops = new ChatOps(services.deployments(), services.locks(), services.chat(), board,
                    new Maintainers(Set.copyOf(discord.maintainerRoleIds())), services.verify(), services.commit(),
                    services.repoUrl(), services.secrets(), services.clock());
            var commands = commands(ops, services);
            CommandSync.sync(jda, discord.guildId(), commands.stream().map(SlashCommand::definition).toList(),
                    services.chat());
            var announced = new AnnouncedEvents(services.chat());
            jda.addEventListener(new PeopleSeen(services.people(), workers),
                    new CommandRouter(commands, ops.maintainers(), workers, counters),
                    new ButtonRouter(ops, announced, workers, counters));
            services.transitions().listen(board);
            discord.statusChannelId().ifPresent(channel -> {
                var targets = new TargetBoard(jda, services, channel, timer, workers, TargetBoard.REFRESH);
                services.transitions().listen(targets);
                targets.start();
            });
            var announcer = new Announcer(jda, List.copyOf(settings.targets().values()), discord.deployChannelId(),
                    services.chat(), announced, services.clock());
            return new RunningBot(jda, board, announcer, timer, workers);
        } catch (Exception e) {
            jda.shutdownNow();
            timer.shutdownNow();
            workers.shutdownNow();
            throw e instanceof IllegalStateException ise ? ise
                    : new IllegalStateException("the bot could not start: " + e.getMessage(), e);
        }
    }

    private static List<SlashCommand> commands(ChatOps ops, BotServices services) {
        var extensions = services.extensions();
        var all = new ArrayList<>(BuiltInCommands.all(ops, services.tokens()));
        var names = new HashSet<String>();
        all.forEach(command -> names.add(command.definition().getName()));
        for (var extension : extensions) {
            var name = extension.definition().getName();
            if (!names.add(name)) {
                throw new IllegalStateException("the slash command /" + name + " of " + extension.getClass().getName()
                        + " clashes with another command of that name; rename it");
            }
            all.add(extension);
        }
        return all;
    }

}
