package dev.synckit.bot;

import dev.synckit.commands.SlashCommands;
import dev.synckit.core.event.NewVersionListener;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;

/** The bot while it runs; closing it flushes the pending status edits (bounded), then logs out. */
public final class RunningBot implements AutoCloseable {

    static final Duration FLUSH_WAIT = Duration.ofSeconds(5);
    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    private final JDA jda;
    private final SlashCommands commands;
    private final StatusBoard board;
    private final Announcer announcer;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;

    RunningBot(JDA jda, SlashCommands commands, StatusBoard board, Announcer announcer, ScheduledExecutorService timer,
            ExecutorService workers) {
        this.jda = jda;
        this.commands = commands;
        this.board = board;
        this.announcer = announcer;
        this.timer = timer;
        this.workers = workers;
    }

    /** Posts the announcement of a new version (Deploy per announcing target it concerns + Dismiss). */
    public NewVersionListener announcer() {
        return announcer;
    }

    /** The JDA connection, for an embedding application that wants more of Discord. */
    public JDA jda() {
        return jda;
    }

    @Override
    public void close() {
        try {
            commands.stop();
            board.close(FLUSH_WAIT);
            jda.shutdown();
            if (!jda.awaitShutdown(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        } finally {
            timer.shutdownNow();
            workers.shutdown();
        }
    }
}
